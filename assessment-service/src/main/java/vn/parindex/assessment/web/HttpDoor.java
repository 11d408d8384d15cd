package vn.parindex.assessment.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.parindex.assessment.config.HttpConfig;

/**
 * The first handler every request meets: an address or a declared body beyond the limits is answered here as
 * problem+json (413, 414) instead of the HTTP layer's bare status, and every response leaves with the headers that
 * keep untrusted content inert: nosniff and a referrer policy everywhere; on the pages under /app/, a content security
 * policy that allows this service's own files only and the configured framing origins (the embeddable table); on
 * everything else but /q/ (Swagger UI), a policy that allows nothing, so a downloaded file is never run in this origin.
 */
@ApplicationScoped
public class HttpDoor {

    private static final String PAGES = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors ";
    private static final String NOTHING = "default-src 'none'; frame-ancestors 'none'; sandbox";

    private final ObjectMapper json;
    private final long maxBodyBytes;
    private final int maxUriLength;
    private final String framing;

    HttpDoor(ObjectMapper json, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
            HttpConfig config) {
        this.json = json;
        this.maxBodyBytes = maxBody.asLongValue();
        this.maxUriLength = config.maxUriLength();
        this.framing = config.frameAncestors();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        String path = request.path() == null ? "" : request.path();
        context.addHeadersEndHandler(ignored -> {
            io.vertx.core.MultiMap headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
            if (path.startsWith("/app")) {
                headers.set("Content-Security-Policy", PAGES + framing);
                // the pages' files keep their names across releases: a browser asks again rather than keep an old one
                headers.set(HttpHeaders.CACHE_CONTROL, "no-cache");
            } else if (!path.startsWith("/q/")) {
                headers.set("Content-Security-Policy", NOTHING);
            }
        });
        if (request.uri().length() > maxUriLength) {
            refuse(context, 414, "URI too long", "the request's address has " + request.uri().length() + " characters; at most "
                    + maxUriLength + " are accepted");
            return;
        }
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declared.chars().allMatch(Character::isDigit) && declared.length() < 19
                && Long.parseLong(declared) > maxBodyBytes) {
            refuse(context, 413, "Content too large", "the body has " + declared + " bytes; at most " + maxBodyBytes + " are accepted");
            return;
        }
        context.next();
    }

    private void refuse(RoutingContext context, int status, String title, String detail) {
        Problem problem = new Problem(URI.create("about:blank"), title, status, detail, null, List.of(), null);
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"title\":\"" + title + "\",\"status\":" + status + "}";
        }
        context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close").end(body);
    }
}
