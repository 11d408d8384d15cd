package vn.parindex.survey.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** Content negotiation between JSON (the default, also for a wildcard Accept) and one other representation. */
final class Negotiation {

    private Negotiation() {
    }

    /** Whether the client asks for the other type before JSON, by name rather than by wildcard. */
    static boolean prefers(HttpHeaders headers, MediaType other) {
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(other))
                .findFirst().map(type -> !type.isWildcardType() && type.isCompatible(other)).orElse(false);
    }
}
