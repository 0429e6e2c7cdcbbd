package org.indicatortracker.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lower-case wire codes for the domain's enums: {@code PARTLY_MET} travels as {@code partly_met}. */
public final class Codes {
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
            String wanted = code.trim().toUpperCase(Locale.ROOT);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(wanted)) {
                    return constant;
                }
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not one of: " + accepted(type));
    }

    public static String accepted(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::wire).collect(Collectors.joining(", "));
    }
}
