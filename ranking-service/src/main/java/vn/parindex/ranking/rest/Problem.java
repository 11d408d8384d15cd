package vn.parindex.ranking.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** An RFC 9457 problem document; {@code errors} names each offending field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, String instance, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String detail) {
    }

    public static Response response(int status, String title, String detail, String instance, List<FieldError> errors) {
        Problem problem = new Problem(URI.create("about:blank"), title, status, detail, instance, errors);
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }
}
