package org.indicatortracker.system;

import java.util.regex.Pattern;
import org.indicatortracker.domain.Codes;

/**
 * Query parameters arrive as text and are parsed here, so a bad value is a 400 naming the parameter
 * (JAX-RS would answer 404 for a parameter it cannot convert).
 */
public final class Params {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private Params() {
    }

    public static boolean present(String raw) {
        return raw != null && !raw.isBlank();
    }

    /** A region code or indicator key: letters, digits, '_' and '-' only. */
    public static String code(String name, String raw) {
        if (!present(raw)) {
            return null;
        }
        String value = raw.trim();
        if (!CODE.matcher(value).matches()) {
            throw ApiException.badRequest(name, "must be a code of letters, digits, '_' or '-' (at most 64), got '"
                    + printable(value) + "'");
        }
        return value;
    }

    public static String requiredCode(String name, String raw) {
        String value = code(name, raw);
        if (value == null) {
            throw ApiException.badRequest(name, "is required");
        }
        return value;
    }

    public static Integer integer(String name, String raw, int min, int max) {
        if (!present(raw)) {
            return null;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value < min || value > max) {
                throw ApiException.badRequest(name, "must be between " + min + " and " + max + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name, "must be a whole number, got '" + printable(raw) + "'");
        }
    }

    public static int integer(String name, String raw, int min, int max, int defaultValue) {
        Integer value = integer(name, raw, min, max);
        return value == null ? defaultValue : value;
    }

    public static Integer year(String name, String raw) {
        return integer(name, raw, 1949, 2100);
    }

    public static <E extends Enum<E>> E enumCode(String name, String raw, Class<E> type) {
        if (!present(raw)) {
            return null;
        }
        try {
            return Codes.parse(type, raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(name, "must be one of " + Codes.accepted(type) + ", got '" + printable(raw) + "'");
        }
    }

    /** Makes control characters visible in error messages instead of echoing them. */
    static String printable(String raw) {
        String shown = raw.length() > 40 ? raw.substring(0, 40) + "…" : raw;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
