package vn.parindex.survey.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.parindex.survey.SurveyFixtures.id;
import static vn.parindex.survey.SurveyFixtures.openWave;
import static vn.parindex.survey.SurveyFixtures.surveyor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.parindex.survey.SurveyFixtures;
import vn.parindex.survey.intake.web.ResponseResource;

/** Input that once broke the service: a 4xx problem+json or a per-row report naming the field, never a 500. */
@QuarkusTest
class HostileInputTest {

    private static final String ALL_ANSWERED = SurveyFixtures.ITEMS.stream().map(item -> "\"" + item + "\": 5")
            .collect(java.util.stream.Collectors.joining(", ", "{", "}"));

    @Test
    void aNulInAPathParameterIsA400NamingIt() {
        given().urlEncodingEnabled(false).get("/api/v1/waves/%00/results").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("path"));
    }

    @Test
    void aNulInAProfileAnswerRejectsThatRowAndTheRestOfTheBatchGoesIn() {
        String wave = openWave(false);
        String good = id();
        String poisoned = id();
        String answers = ALL_ANSWERED;
        String ndjson = """
                {"id": "%s", "unit": "24", "answers": %s, "profile": {"service": "Cấp giấy phép"}}
                {"id": "%s", "unit": "24", "answers": %s, "profile": {"service": "Cấp\\u0000phép"}}
                """.formatted(good, answers, poisoned, answers);
        given().auth().oauth2(surveyor()).contentType(ResponseResource.NDJSON).body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/waves/" + wave + "/response-batches").then().statusCode(200)
                .body("accepted", equalTo(1)).body("rejected", equalTo(1))
                .body("rows.outcome", contains("ACCEPTED", "REJECTED")).body("rows[1].field", equalTo("profile.service"))
                .body("rows[1].reason", containsString("U+0000"));
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body("""
                {"id": "%s", "unit": "24", "answers": %s, "profile": {"service": "a\\u0000b"}}""".formatted(id(), ALL_ANSWERED))
                .post("/api/v1/waves/" + wave + "/responses").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("profile.service"));
    }

    @Test
    void freeTextBeyondItsMaximumIsRefusedNamingTheField() {
        given().auth().oauth2(SurveyFixtures.admin()).contentType(ContentType.JSON).body("""
                {"code": "W-LONG-%s", "name": "SIPAS", "questionnaire": {"code": "SIPAS-2017"}, "year": 2020, "unitLevel": "PROVINCE",
                 "opensOn": "2026-01-01", "closesOn": "2026-12-31", "units": [{"code": "24", "name": "%s", "target": 10}]}
                """.formatted(id().substring(0, 8).toUpperCase(), "x".repeat(1_000_000))).post("/api/v1/waves").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("units[0].name"));
    }

    @Test
    void anAnswerBeyondThirtyTwoBitsIsRefusedNotWrapped() {
        String wave = openWave(false);
        for (String answer : new String[] { "4294967300", "-4294967291", "4294967300.0" }) {
            given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body("""
                    {"id": "%s", "unit": "24", "answers": %s}""".formatted(id(), ALL_ANSWERED.replace("\"TC1\": 5", "\"TC1\": " + answer)))
                    .post("/api/v1/waves/" + wave + "/responses").then().statusCode(400).body("errors[0].field", equalTo("answers.TC1"));
        }
    }
}
