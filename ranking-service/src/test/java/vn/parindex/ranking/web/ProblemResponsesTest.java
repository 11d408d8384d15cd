package vn.parindex.ranking.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemResponsesTest {

    @Test
    void anUnknownUnitIsAProblemDocument() {
        given().get("/api/v1/units/NO-SUCH").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", containsString("NO-SUCH"));
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsABadRequestNamingIt() {
        given().queryParam("validOn", "yesterday").get("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.contains("validOn"));
    }

    @Test
    void anOutOfRangeLimitNamesTheParameter() {
        given().queryParam("limit", 0).get("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", org.hamcrest.Matchers.contains("limit"));
    }

    @Test
    void anUnsupportedMethodIsAProblemDocument() {
        given().contentType("application/json").body("{}").delete("/api/v1/units/24").then().statusCode(405)
                .contentType("application/problem+json");
    }
}
