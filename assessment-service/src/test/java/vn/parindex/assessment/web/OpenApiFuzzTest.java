package vn.parindex.assessment.web;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import vn.parindex.assessment.TestTokens;

/** Broken requests over every operation of assessment-service (the engine is {@link OpenApiFuzz}). */
@QuarkusTest
class OpenApiFuzzTest extends OpenApiFuzz {

    /** The reference units and methodologies as the public reads them. */
    @Override
    protected Map<String, String> watched() {
        return Map.of("units", given().queryParam("level", "PROVINCE").queryParam("limit", 100).get("/api/v1/units").asString(),
                "methodologies", given().get("/api/v1/methodologies").asString(),
                "PAR-PROVINCE-2020", given().get("/api/v1/methodologies/PAR-PROVINCE-2020").asString());
    }

    @Override
    protected List<String> tokens() {
        return List.of(TestTokens.token("appraiser"), TestTokens.token("unit", "X1", "24"), TestTokens.token("admin"),
                TestTokens.token("admin"));
    }
}
