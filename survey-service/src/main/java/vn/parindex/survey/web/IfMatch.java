package vn.parindex.survey.web;

/**
 * The version a write sends back in If-Match, for the resources of the feature packages. {@link Versions} reads it; it is
 * one of the files kept identical in every service (package-private there), so it is reached through this class.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The version the client read ("3", "\"3\"" or W/"3"); a missing or malformed header is a 400 naming If-Match. */
    public static long expected(String ifMatch) {
        return Versions.expected(ifMatch);
    }
}
