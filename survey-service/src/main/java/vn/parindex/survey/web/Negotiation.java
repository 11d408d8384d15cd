package vn.parindex.survey.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Optional;

/** Content negotiation between JSON (the default, also for a wildcard Accept) and other representations named by the client. */
public final class Negotiation {

    private Negotiation() {
    }

    /** Whether the client asks for the other type before JSON, by name rather than by wildcard. */
    public static boolean prefers(HttpHeaders headers, MediaType other) {
        return chosen(headers, other).isPresent();
    }

    /** The first of the others that the client names before JSON (a wildcard means JSON); empty for JSON. */
    public static Optional<MediaType> chosen(HttpHeaders headers, MediaType... others) {
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || Arrays.stream(others).anyMatch(type::isCompatible))
                .findFirst().filter(type -> !type.isWildcardType() && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE))
                .flatMap(type -> Arrays.stream(others).filter(type::isCompatible).findFirst());
    }
}
