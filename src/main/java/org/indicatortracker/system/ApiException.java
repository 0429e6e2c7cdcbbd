package org.indicatortracker.system;

import java.util.List;
import java.util.Map;

/** A failure the client can act on; {@link ProblemMappers} turns it into problem details. */
public class ApiException extends RuntimeException {

    private final transient Problem problem;

    public ApiException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ApiException notFound(String detail) {
        return new ApiException(Problem.of(404, "Not found", detail));
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(Problem.of(400, "Invalid request", field + ": " + message)
                .withErrors(List.of(new Problem.FieldError(field, message))));
    }

    public static ApiException invalid(List<Problem.FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid; see errors.";
        return new ApiException(Problem.of(400, "Invalid request", detail).withErrors(errors));
    }

    public static ApiException conflict(String detail, Map<String, Object> current) {
        return new ApiException(Problem.of(409, "Conflict", detail).withCurrent(current));
    }

    public static ApiException conflict(String detail) {
        return new ApiException(Problem.of(409, "Conflict", detail));
    }
}
