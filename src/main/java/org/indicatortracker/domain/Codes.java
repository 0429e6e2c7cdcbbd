package org.indicatortracker.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lower-case wire codes for the domain's enums: {@code PARTLY_MET} travels as {@code partly_met}. */
public final class Codes {

    /** Each enum's constants, fetched once (getEnumConstants copies the array on every call). */
    private static final ClassValue<Enum<?>[]> CONSTANTS = new ClassValue<>() {
        @Override
        protected Enum<?>[] computeValue(Class<?> type) {
            return (Enum<?>[]) type.getEnumConstants();
        }
    };

    private Codes() {
    }

    public static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a wire code case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted codes when the value is not one of them
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code != null) {
            String wanted = code.trim();
            for (Enum<?> constant : CONSTANTS.get(type)) {
                if (constant.name().equalsIgnoreCase(wanted)) {
                    return type.cast(constant);
                }
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not one of: " + accepted(type));
    }

    public static String accepted(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::wire).collect(Collectors.joining(", "));
    }
}
