package org.indicatortracker.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.indicatortracker.account.SignInThrottledException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem details. No stack trace or class name ever reaches a
 * response; unexpected failures are logged with an id the user can quote.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, UriInfo uri, HttpHeaders headers) {
        Response response = respond(e.problem(), uri);
        return e.problem().status() == 401 ? withChallenge(response, headers) : response;
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(ApiException.invalid(errors).problem(), uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = path(e);
        return respond(ApiException.badRequest(field, "is not a known field; accepted fields: "
                + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "))).problem(), uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return mismatched(e, uri);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        String field = path(e);
        if (field.isEmpty()) {
            return respond(Problem.of(400, "Invalid request", "The request body must be a JSON object matching the documented schema."), uri);
        }
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        return respond(ApiException.badRequest(field, "has the wrong type; expected " + expected).problem(), uri);
    }

    @ServerExceptionMapper
    public Response mapping(JsonMappingException e, UriInfo uri) {
        String field = path(e);
        String message = e.getOriginalMessage() == null ? "is invalid" : e.getOriginalMessage();
        if (field.isEmpty()) {
            return respond(Problem.of(400, "Invalid request", message), uri);
        }
        return respond(ApiException.badRequest(field, message).problem(), uri);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, UriInfo uri) {
        return respond(Problem.of(400, "Malformed JSON", "The request body is not valid JSON (line "
                + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")."), uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of(400, "Malformed JSON", "The request body could not be read as JSON."), uri);
    }

    /** The JSON reader sometimes wraps its failure in a 400 WebApplicationException: answer as if unwrapped. */
    private Response fromJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException u) {
            return unknownField(u, uri);
        }
        if (e instanceof MismatchedInputException m) {
            return mismatched(m, uri);
        }
        if (e instanceof JsonMappingException m) {
            return mapping(m, uri);
        }
        if (e instanceof JsonParseException p) {
            return malformed(p, uri);
        }
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, UriInfo uri) {
        return respond(staleProblem(), uri);
    }

    @ServerExceptionMapper
    public Response staleHibernate(StaleStateException e, UriInfo uri) {
        return respond(staleProblem(), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(uri, headers);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return unauthorized(uri, headers);
    }

    @ServerExceptionMapper
    public Response throttled(SignInThrottledException e, UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(429, "Too many failed sign-ins",
                        "Too many failed sign-ins for this account from your address. Try again in "
                                + e.retryAfterSeconds() + " seconds."), uri))
                .header("Retry-After", String.valueOf(e.retryAfterSeconds())).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "Forbidden", "Your account does not have the role this change needs."), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "There is nothing at this address. See /q/swagger-ui for the API.";
            case 405 -> "This method is not allowed here.";
            case 415 -> "This content type is not accepted here: send application/json (the extraction endpoint also "
                    + "takes text/plain and multipart/form-data).";
            case 406 -> "This resource answers application/json (or text/csv where documented).";
            default -> e.getResponse().getStatusInfo().getReasonPhrase();
        };
        if (e.getCause() instanceof JsonProcessingException json) {
            return fromJson(json, uri);
        }
        return respond(Problem.of(status, e.getResponse().getStatusInfo().getReasonPhrase(), detail), uri);
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        if (isConnectionFailure(e)) {
            return unavailable(uri);
        }
        if (e instanceof org.hibernate.exception.ConstraintViolationException) {
            return respond(Problem.of(409, "Conflict", "The change conflicts with data already stored "
                    + "(a duplicate or a reference that is still in use)."), uri);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isConnectionFailure(e)) {
            return unavailable(uri);
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", id, uri == null ? "?" : uri.getPath());
        return respond(Problem.of(500, "Internal error",
                "Something went wrong on our side. Please report error id " + id + "."), uri);
    }

    static Problem staleProblem() {
        return Problem.of(409, "Conflict", "Someone else changed this record at the same time. Reload it and apply your change again.");
    }

    private Response unauthorized(UriInfo uri, HttpHeaders headers) {
        return withChallenge(respond(Problem.of(401, "Unauthorized",
                "Sign in to make changes: in a browser at /workspace/, from a script with HTTP Basic credentials "
                        + "of an editor or admin account."), uri), headers);
    }

    /**
     * Every 401 names how to authenticate. Scripts are told to use Basic; browsers (they send {@code Sec-Fetch-Mode})
     * are not, so they never show their own password prompt or remember Basic credentials for this site: they use
     * the workspace's sign-in page and session instead.
     */
    static Response withChallenge(Response response, HttpHeaders headers) {
        boolean browser = headers != null && headers.getHeaderString("Sec-Fetch-Mode") != null;
        return Response.fromResponse(response).header("WWW-Authenticate",
                browser ? "Session realm=\"indicator-tracker\"" : "Basic realm=\"indicator-tracker\"").build();
    }

    private Response unavailable(UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(503, "Service unavailable",
                "The database cannot be reached right now. Please try again in a moment."), uri))
                .header("Retry-After", "5").build();
    }

    /**
     * The database is unreachable or going away: connection errors (SQLSTATE class 08), the server shutting down or
     * restarting under an open connection (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now,
     * as during a stop or a failover) and no connection slot left (53300). These are 503s, not 500s. The causes and
     * the suppressed exceptions are searched: a commit that fails as the database stops surfaces as a
     * {@code RollbackException} whose JDBC error is attached to a suppressed {@code XAException}.
     */
    static boolean isConnectionFailure(Throwable e) {
        return isConnectionFailure(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean isConnectionFailure(Throwable t, java.util.Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (t instanceof JDBCConnectionException
                || t instanceof SQLException sql && sql.getSQLState() != null && (sql.getSQLState().startsWith("08")
                        || sql.getSQLState().startsWith("57P") || sql.getSQLState().equals("53300"))
                || t.getClass().getName().startsWith("io.agroal") && String.valueOf(t.getMessage()).contains("Acquisition timeout")) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isConnectionFailure(suppressed, seen)) {
                return true;
            }
        }
        return isConnectionFailure(t.getCause(), seen);
    }

    static Response respond(Problem problem, UriInfo uri) {
        Problem located = uri == null ? problem : problem.at(uri.getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(located).build();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "create.body.value" -> "value"; "list.region" (a parameter) -> "region"
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        if (parts.length >= 3) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> ((Enum<?>) c).name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == java.time.LocalDate.class) {
            return "a date like 2023-01-03";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
