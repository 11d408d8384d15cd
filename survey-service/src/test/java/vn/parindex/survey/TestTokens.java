package vn.parindex.survey;

import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Tests sign their own tokens. In test mode smallrye-jwt makes an in-memory key pair when none is configured
 * and trusts its public half; {@code Jwt...sign()} signs with the private half.
 */
public final class TestTokens {

    private TestTokens() {
    }

    /** A bearer token for the role; a unit token names the units it may act for. */
    public static String token(String role, String... units) {
        String issuer = ConfigProvider.getConfig().getValue("mp.jwt.verify.issuer", String.class);
        return Jwt.issuer(issuer).subject("test-" + role).upn("test-" + role).groups(Set.of(role))
                .claim("units", List.of(units)).sign();
    }
}
