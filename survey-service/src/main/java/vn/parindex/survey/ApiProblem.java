package vn.parindex.survey;

/**
 * A request the service refuses, with the HTTP status and, for invalid input, the field at fault.
 * Rendered as RFC 9457 problem+json by {@code rest.ProblemMapper}.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public final int status;
    public final String title;
    public final String field;

    private ApiProblem(int status, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
    }

    public static ApiProblem invalid(String field, String detail) {
        return new ApiProblem(400, "Invalid request", detail, field);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not found", detail, null);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "Conflict", detail, null);
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(403, "Forbidden", detail, null);
    }
}
