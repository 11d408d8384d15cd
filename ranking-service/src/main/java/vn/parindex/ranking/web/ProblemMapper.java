package vn.parindex.ranking.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.parindex.ranking.Refusal;
import vn.parindex.ranking.concurrency.TransientFailure;

/** Turns every failure into RFC 9457 problem+json: bad input is a 4xx naming the field, never a 500. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response refusal(Refusal refusal, UriInfo uri) {
        List<Problem.FieldError> errors = refusal.errors.stream()
                .map(error -> new Problem.FieldError(error.field(), error.detail())).toList();
        return Problem.response(status(refusal.kind), title(refusal.kind), refusal.getMessage(), path(uri), errors,
                refusal.retryAfter, refusal.currentVersion);
    }

    /** The HTTP status of a kind of refusal; also what a bulk answer reports per item. */
    public static int status(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
            case TOO_MANY_REQUESTS -> 429;
            case UNAVAILABLE -> 503;
        };
    }

    private static String title(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> "Invalid request";
            case FORBIDDEN -> "Forbidden";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Conflict";
            case TOO_LARGE -> "Content too large";
            case UNSUPPORTED_TYPE -> "Unsupported media type";
            case TOO_MANY_REQUESTS -> "Too many requests";
            case UNAVAILABLE -> "Service unavailable";
        };
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(error -> error.field() + ": " + error.detail()).collect(Collectors.joining("; "));
        return Problem.response(400, "Invalid request", detail, path(uri), errors);
    }

    @ServerExceptionMapper({ JsonProcessingException.class, MismatchedInputException.class })
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return Problem.response(400, "Invalid request", jsonDetail(e), path(uri), jsonErrors(e));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (e instanceof NotFoundException && e.getCause() instanceof RuntimeException conversion) {
            // JAX-RS answers 404 when a query or path parameter does not convert; for the client it is bad input.
            // the conversion's own message names Java classes ("No enum constant vn.parindex…"): say it in the API's words
            String field = parameterNamed(uri, conversion);
            String value = field == null ? null : valueOf(uri, field);
            String reason = value == null ? "the value has the wrong format" : "'" + value + "' is not an accepted value";
            String detail = (field == null ? "a parameter" : "parameter '" + field + "'") + ": " + reason;
            return Problem.response(400, "Invalid request", detail, path(uri),
                    field == null ? List.of() : List.of(new Problem.FieldError(field, reason)));
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Problem.response(status, title, e.getMessage(), path(uri), List.of());
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problem.response(401, "Unauthorized",
                "a valid bearer token is required", path(uri), List.of()))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problem.response(403, "Forbidden", "the token's roles do not allow this", path(uri), List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (TransientFailure.is(e)) {
            // a conflict that escaped the retries (or came from a path without them): the request may simply be sent again
            LOG.warnf("transient database conflict on %s: %s", path(uri), TransientFailure.describe(e));
            return refusal(TransientFailure.unavailable(), uri);
        }
        if (TransientFailure.isDuplicate(e)) {
            LOG.infof("concurrent creation on %s: %s", path(uri), TransientFailure.describe(e));
            return refusal(Refusal.conflict("a concurrent request created the same thing; read it again"), uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "incident %s on %s", incident, path(uri));
        return Problem.response(500, "Internal error", "the request failed; quote incident " + incident, path(uri), List.of());
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }

    private static String valueOf(UriInfo uri, String parameter) {
        for (MultivaluedMap<String, String> parameters : List.of(uri.getQueryParameters(), uri.getPathParameters())) {
            if (parameters.containsKey(parameter)) {
                return parameters.getFirst(parameter);
            }
        }
        return null;
    }

    /** The query or path parameter whose value the conversion error quotes. */
    private static String parameterNamed(UriInfo uri, RuntimeException conversion) {
        String message = String.valueOf(conversion.getMessage());
        for (MultivaluedMap<String, String> parameters : List.of(uri.getQueryParameters(), uri.getPathParameters())) {
            for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
                if (parameter.getValue().stream().anyMatch(value -> !value.isEmpty() && message.contains(value))) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    private static String field(ConstraintViolation<?> violation) {
        // The path starts with the method and parameter ("register.request.code"); the client knows only "code".
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        return nodes.stream().skip(Math.min(2, nodes.size() - 1))
                .filter(node -> node.getName() == null || !node.getName().startsWith("<")) // "<map value>", "<list element>"
                .map(Path.Node::toString).collect(Collectors.joining("."));
    }

    private static String jsonField(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static List<Problem.FieldError> jsonErrors(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return List.of(new Problem.FieldError(jsonField(mapping), jsonDetail(e)));
        }
        return List.of();
    }

    private static String jsonDetail(JsonProcessingException e) {
        if (e instanceof TextRules.RejectedText rejected) {
            return "field '" + jsonField(rejected) + "': " + rejected.reason;
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not " + expected(format.getTargetType());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "field '" + jsonField(mapping) + "' has the wrong type or format";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "the body must be " + expected(mismatch.getTargetType());
        }
        // Jackson's own words may name Java classes; the client needs only where its JSON broke
        return e.getLocation() == null ? "the body is not valid JSON"
                : "the body is not valid JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** What a value of the type looks like, in the API's words rather than Java's. */
    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date and time with its offset (ISO 8601)";
        }
        if (type == String.class) {
            return "text";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        return "a JSON object";
    }
}
