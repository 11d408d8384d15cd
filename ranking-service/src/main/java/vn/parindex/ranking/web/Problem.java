package vn.parindex.ranking.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem document; {@code errors} names each offending field, {@code currentVersion} the version a
 * stale write should have sent. {@code type} tells the kind of problem; the README's "Problem types" lists them.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem document (application/problem+json): what went wrong, in "
        + "words for a person (title, detail) and for a program (type, status, errors).")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "The kind of problem, one of the URIs under " + TYPES + " listed in the README "
                + "(Problem types); about:blank for a plain HTTP status.", example = TYPES + "invalid-request") URI type,
        @Schema(description = "A short summary of the kind of problem.", example = "Invalid request") String title,
        @Schema(description = "The HTTP status code.", example = "400") int status,
        @Schema(description = "What went wrong with this request, naming the fields at fault.",
                example = "code: must not be blank") String detail,
        @Schema(description = "The path of the request that failed.", example = "/api/v1/units") String instance,
        @Schema(description = "Each offending field and what is wrong with it (invalid input only).") List<FieldError> errors,
        @Schema(description = "For a stale write (type stale-version): the version the thing holds now, also sent as "
                + "ETag; read it again and send this version in If-Match.", example = "4") Long currentVersion) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Where the problem types live; each type is this base and a slug. */
    public static final String TYPES = "https://parindex.gov.vn/problems/";

    @Schema(name = "ProblemFieldError", description = "One offending field of the request and what is wrong with it.")
    public record FieldError(
            @Schema(description = "The field as the client wrote it: a JSON path (areas[0].rule), a parameter or a "
                    + "header name.", example = "code") String field,
            @Schema(description = "What is wrong with it.", example = "must not be blank") String detail) {
    }

    /** The problem type of a status; a refusal that carries the current version is a stale write. */
    static URI type(int status, Long currentVersion) {
        String slug = switch (status) {
            case 400 -> "invalid-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 406 -> "not-acceptable";
            case 409 -> currentVersion != null ? "stale-version" : "conflict";
            case 413 -> "content-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 500 -> "internal-error";
            case 503 -> "unavailable";
            default -> null;
        };
        return URI.create(slug == null ? "about:blank" : TYPES + slug);
    }

    public static Response response(int status, String title, String detail, String instance, List<FieldError> errors) {
        return response(status, title, detail, instance, errors, null, null);
    }

    /** With a Retry-After header (seconds) and, for a stale write, the current version also as ETag. */
    public static Response response(int status, String title, String detail, String instance, List<FieldError> errors,
            Long retryAfter, Long currentVersion) {
        Problem problem = new Problem(type(status, currentVersion), title, status, detail, instance, errors, currentVersion);
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
