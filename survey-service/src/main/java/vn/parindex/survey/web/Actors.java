package vn.parindex.survey.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The caller's name as recorded with what they create. */
@RequestScoped
public class Actors {

    private final SecurityIdentity identity;

    Actors(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasAny(String... roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }
}
