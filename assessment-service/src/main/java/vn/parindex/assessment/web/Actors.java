package vn.parindex.assessment.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.parindex.assessment.assessment.Actor;

/** The caller as the assessment rules see it: name, roles, and the units a unit account acts for (claim "units"). */
@RequestScoped
public class Actors {

    private final SecurityIdentity identity;

    Actors(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Actor current() {
        return optional().orElseThrow(io.quarkus.security.UnauthorizedException::new);
    }

    public Optional<Actor> optional() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        Set<String> units = new HashSet<>();
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim("units");
            if (claim instanceof JsonArray array) {
                array.forEach(value -> units.add(value instanceof JsonString text ? text.getString() : value.toString()));
            } else if (claim instanceof Collection<?> collection) {
                collection.forEach(value -> units.add(String.valueOf(value)));
            }
        }
        return Optional.of(new Actor(identity.getPrincipal().getName(), identity.getRoles(), units));
    }
}
