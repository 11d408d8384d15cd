package vn.parindex.ranking.web;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import vn.parindex.ranking.TestTokens;

/** Broken requests over every operation of ranking-service (the engine is {@link OpenApiFuzz}). */
@QuarkusTest
class OpenApiFuzzTest extends OpenApiFuzz {

    /** The catalog of tables and the units as the public reads them. */
    @Override
    protected Map<String, String> watched() {
        return Map.of("catalog", given().get("/api/v1/catalog").asString(),
                "units", given().queryParam("limit", 100).get("/api/v1/units").asString());
    }

    @Override
    protected List<String> tokens() {
        return List.of(TestTokens.token("appraiser"), TestTokens.token("admin"), TestTokens.token("admin"));
    }
}
