package vn.parindex.assessment.web;

/** The roles a token's {@code groups} claim carries. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String APPRAISER = "appraiser";
    public static final String UNIT = "unit";
    public static final String SURVEYOR = "surveyor";

    private Roles() {
    }
}
