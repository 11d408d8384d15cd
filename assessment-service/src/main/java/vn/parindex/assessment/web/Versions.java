package vn.parindex.assessment.web;

import vn.parindex.assessment.Refusal;

/** Reads the optimistic version a client sends back in If-Match ("3", "\"3\"" or W/"3"). */
public final class Versions {

    private Versions() {
    }

    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw Refusal.invalid("If-Match", "send If-Match with the version you read (its ETag)");
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw Refusal.invalid("If-Match", "'" + ifMatch + "' is not a version");
        }
    }
}
