package vn.parindex.survey.web;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import vn.parindex.survey.SurveyFixtures;
import vn.parindex.survey.TestTokens;

/** Broken requests over every operation of survey-service (the engine is {@link OpenApiFuzz}), against an open wave. */
@QuarkusTest
class OpenApiFuzzTest extends OpenApiFuzz {

    private String wave;

    /** The questionnaires and the waves as the public reads them; the fuzzed wave exists before the first look. */
    @Override
    protected Map<String, String> watched() {
        known("/api/v1/waves", "wave");
        return Map.of("questionnaires", given().get("/api/v1/questionnaires").asString(),
                "SIPAS-2017", given().get("/api/v1/questionnaires/SIPAS-2017").asString(),
                "waves", given().get("/api/v1/waves").asString());
    }

    /** A wave that exists and is open, so that a request gets past "no such wave" to the checks of its content. */
    @Override
    protected String known(String path, String name) {
        if (wave == null) {
            wave = SurveyFixtures.openWave(true);
        }
        return switch (name) {
            case "wave" -> wave;
            case "code" -> path.startsWith("/api/v1/waves") ? wave : "SIPAS-2017";
            case "unit" -> "24";
            default -> null;
        };
    }

    @Override
    protected List<String> tokens() {
        return List.of(TestTokens.token("surveyor"), TestTokens.token("appraiser"), TestTokens.token("admin"), TestTokens.token("admin"));
    }
}
