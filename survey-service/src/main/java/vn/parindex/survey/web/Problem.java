package vn.parindex.survey.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem document; {@code errors} names each offending field, {@code currentVersion} the version a
 * stale write should have sent.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors,
        Long currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String detail) {
    }

    public static Response response(int status, String title, String detail, String instance, List<FieldError> errors) {
        return response(status, title, detail, instance, errors, null, null);
    }

    /** With a Retry-After header (seconds) and, for a stale write, the current version also as ETag. */
    public static Response response(int status, String title, String detail, String instance, List<FieldError> errors,
            Long retryAfter, Long currentVersion) {
        Problem problem = new Problem(URI.create("about:blank"), title, status, detail, instance, errors, currentVersion);
        Response.ResponseBuilder response = Response.status(status).type(MEDIA_TYPE).entity(problem);
        if (retryAfter != null) {
            response.header("Retry-After", retryAfter);
        }
        if (currentVersion != null) {
            response.header("ETag", "\"" + currentVersion + "\"");
        }
        return response.build();
    }
}
