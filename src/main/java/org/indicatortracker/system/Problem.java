package org.indicatortracker.system;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 problem details, the body of every error response ({@code application/problem+json}).
 *
 * @param errors one entry per bad field or parameter, when the problem is about input
 * @param current for a 409 on a stale edit: the figure as it is now, so the user can redo their change
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors, Map<String, Object> current) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One bad input: {@code field} is a JSON path ("value", "aliases[2]") or a query parameter name. */
    public record FieldError(String field, String message) {
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, current);
    }

    public Problem withCurrent(Map<String, Object> currentState) {
        return new Problem(type, title, status, detail, instance, errors, currentState);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, errors, current);
    }
}
