package vn.parindex.survey.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A portal's page on its own origin calls the API from the browser: the configured origins (PARINDEX_CORS_ORIGINS; the
 * tests configure https://bacgiang.gov.vn) get the CORS headers, a versioned write included; any other origin is refused.
 */
@QuarkusTest
class CorsTest {

    private static final String PORTAL = "https://bacgiang.gov.vn";

    @Test
    void aConfiguredPortalMayReadAndWriteFromTheBrowser() {
        given().header("Origin", PORTAL).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type,if-match")
                .options("/api/v1/anything").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PORTAL))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"))
                .header("Access-Control-Allow-Credentials", equalTo("false"));
        given().header("Origin", PORTAL).get("/q/health/live").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PORTAL))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void thePlatformsOwnPagesBehindTheIngressAreTheSameOrigin() {
        given().header("Origin", "https://chisocchc.example.gov.vn").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "chisocchc.example.gov.vn").get("/q/health/live").then().statusCode(200);
    }

    @Test
    void anyOtherOriginIsRefused() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/anything").then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").get("/q/health/live").then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
