package vn.parindex.ranking;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request the service refuses, with the HTTP status and, for invalid input, the fields at fault.
 * Rendered as RFC 9457 problem+json by {@code rest.ProblemMapper}.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One offending field and what is wrong with it. */
    public record FieldError(String field, String detail) {
    }

    public final int status;
    public final String title;
    public final transient List<FieldError> errors;
    /** Seconds after which the client may retry (429 and 503). */
    public final Long retryAfter;
    /** The version the thing holds now, when the client sent a stale one (409). */
    public final Long currentVersion;

    private ApiProblem(int status, String title, String detail, List<FieldError> errors, Long retryAfter, Long currentVersion) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
        this.currentVersion = currentVersion;
    }

    public static ApiProblem invalid(String field, String detail) {
        return new ApiProblem(400, "Invalid request", detail, List.of(new FieldError(field, detail)), null, null);
    }

    /** Several fields at once, e.g. every rule a document breaks. */
    public static ApiProblem invalid(List<FieldError> errors) {
        String detail = errors.stream().map(error -> error.field() + ": " + error.detail()).collect(Collectors.joining("; "));
        return new ApiProblem(400, "Invalid request", detail, errors, null, null);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "Forbidden", detail, List.of(), null, null);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail, List.of(), null, null);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "Conflict", detail, List.of(), null, null);
    }

    /** A conflict that names fields, e.g. the criteria an incomplete result leaves empty. */
    public static ApiProblem conflict(String detail, List<FieldError> errors) {
        return new ApiProblem(409, "Conflict", detail, errors, null, null);
    }

    /** 409: the client wrote against a version it read, and the thing has moved on since. */
    public static ApiProblem stale(String what, long current, long expected) {
        return new ApiProblem(409, "Conflict", what + " is at version " + current + ", not " + expected
                + "; read it again and retry", List.of(), null, current);
    }

    /** 413: the body is larger than accepted. */
    public static ApiProblem tooLarge(String detail) {
        return new ApiProblem(413, "Content too large", detail, List.of(), null, null);
    }

    /** 415: the body's media type is not accepted. */
    public static ApiProblem unsupportedType(String detail) {
        return new ApiProblem(415, "Unsupported media type", detail, List.of(), null, null);
    }

    public static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiProblem(429, "Too many requests", detail, List.of(), retryAfterSeconds, null);
    }

    /** 503: the database stayed busy with conflicting writes; nothing was written, and the same request may be sent again. */
    public static ApiProblem unavailable(String detail, long retryAfterSeconds) {
        return new ApiProblem(503, "Service unavailable", detail, List.of(), retryAfterSeconds, null);
    }
}
