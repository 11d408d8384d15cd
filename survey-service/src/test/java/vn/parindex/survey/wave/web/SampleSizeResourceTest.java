package vn.parindex.survey.wave.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SampleSizeResourceTest {

    @Test
    void plansATargetPerUnitAndTheirTotal() {
        given().contentType(ContentType.JSON).body("""
                {"margin": 0.05, "populations": {"24": 10000, "06": 400}}
                """).post("/api/v1/sample-sizes")
                .then().statusCode(200)
                .body("targets.24", equalTo(385)).body("targets.06", equalTo(200)).body("total", equalTo(585));
    }

    @Test
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON).body("{\"margin\": 0.05, ").post("/api/v1/sample-sizes")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("not valid JSON"));
    }

    @Test
    void aWrongTypeNamesTheField() {
        given().contentType(ContentType.JSON).body("""
                {"margin": "five percent", "populations": {"24": 10000}}
                """).post("/api/v1/sample-sizes")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("margin"));
    }

    @Test
    void aMarginOutOfRangeAndANegativePopulationAreNamed() {
        given().contentType(ContentType.JSON).body("""
                {"margin": 1.5, "populations": {"24": -3}}
                """).post("/api/v1/sample-sizes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("margin", "populations[24]"));
    }

    @Test
    void anUnknownFieldIsRejected() {
        given().contentType(ContentType.JSON).body("""
                {"margin": 0.05, "populations": {"24": 10000}, "confidence": 0.95}
                """).post("/api/v1/sample-sizes")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("confidence"));
    }
}
