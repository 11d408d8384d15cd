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

    private ApiProblem(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem invalid(String field, String detail) {
        return new ApiProblem(400, "Invalid request", detail, List.of(new FieldError(field, detail)));
    }

    /** Several fields at once, e.g. every fault of an imported file's header. */
    public static ApiProblem invalid(List<FieldError> errors) {
        String detail = errors.stream().map(error -> error.field() + ": " + error.detail()).collect(Collectors.joining("; "));
        return new ApiProblem(400, "Invalid request", detail, errors);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail, List.of());
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "Conflict", detail, List.of());
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "Forbidden", detail, List.of());
    }
}
