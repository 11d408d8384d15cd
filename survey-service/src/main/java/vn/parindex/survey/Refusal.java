package vn.parindex.survey;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request the service refuses, in the domain's words: what kind of refusal, why, and for invalid input the fields at
 * fault. Domain code throws it; {@code web.ProblemMapper} renders it as RFC 9457 problem+json.
 */
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** The input breaks a rule; {@link #errors} names the fields. */
        INVALID,
        /** The caller may not do this to this thing. */
        FORBIDDEN,
        NOT_FOUND,
        /** The thing's state does not allow it, or the caller wrote against a version it no longer holds. */
        CONFLICT,
        TOO_LARGE,
        UNSUPPORTED_TYPE,
        /** The caller sends too often; {@link #retryAfter} says when to come back. */
        TOO_MANY_REQUESTS,
        /** The database stayed busy with conflicting writes, or its connection was lost; the same request may be sent again. */
        UNAVAILABLE
    }

    /** One offending field and what is wrong with it. */
    public record FieldError(String field, String detail) {
    }

    public final Kind kind;
    public final transient List<FieldError> errors;
    /** Seconds after which the client may retry (TOO_MANY_REQUESTS and UNAVAILABLE). */
    public final Long retryAfter;
    /** The version the thing holds now, when the client sent a stale one. */
    public final Long currentVersion;

    private Refusal(Kind kind, String detail, List<FieldError> errors, Long retryAfter, Long currentVersion) {
        super(detail);
        this.kind = kind;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
        this.currentVersion = currentVersion;
    }

    public static Refusal invalid(String field, String detail) {
        return new Refusal(Kind.INVALID, detail, List.of(new FieldError(field, detail)), null, null);
    }

    /** Several fields at once, e.g. every rule a document breaks. */
    public static Refusal invalid(List<FieldError> errors) {
        String detail = errors.stream().map(error -> error.field() + ": " + error.detail()).collect(Collectors.joining("; "));
        return new Refusal(Kind.INVALID, detail, errors, null, null);
    }

    public static Refusal forbidden(String detail) {
        return new Refusal(Kind.FORBIDDEN, detail, List.of(), null, null);
    }

    public static Refusal notFound(String detail) {
        return new Refusal(Kind.NOT_FOUND, detail, List.of(), null, null);
    }

    public static Refusal conflict(String detail) {
        return new Refusal(Kind.CONFLICT, detail, List.of(), null, null);
    }

    /** A conflict that names fields, e.g. the criteria an incomplete result leaves empty. */
    public static Refusal conflict(String detail, List<FieldError> errors) {
        return new Refusal(Kind.CONFLICT, detail, errors, null, null);
    }

    /** The client wrote against a version it read, and the thing has moved on since. */
    public static Refusal stale(String what, long current, long expected) {
        return new Refusal(Kind.CONFLICT, what + " is at version " + current + ", not " + expected
                + "; read it again and retry", List.of(), null, current);
    }

    public static Refusal tooLarge(String detail) {
        return new Refusal(Kind.TOO_LARGE, detail, List.of(), null, null);
    }

    public static Refusal unsupportedType(String detail) {
        return new Refusal(Kind.UNSUPPORTED_TYPE, detail, List.of(), null, null);
    }

    public static Refusal tooManyRequests(String detail, long retryAfterSeconds) {
        return new Refusal(Kind.TOO_MANY_REQUESTS, detail, List.of(), retryAfterSeconds, null);
    }

    public static Refusal unavailable(String detail, long retryAfterSeconds) {
        return new Refusal(Kind.UNAVAILABLE, detail, List.of(), retryAfterSeconds, null);
    }
}
