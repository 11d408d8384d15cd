package vn.parindex.survey.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.parindex.survey.rest.SurveyFixtures.id;
import static vn.parindex.survey.rest.SurveyFixtures.openWave;
import static vn.parindex.survey.rest.SurveyFixtures.surveyor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

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
    void anAnswerBeyondThirtyTwoBitsIsRefusedNotWrapped() {
        String wave = openWave(false);
        for (String answer : new String[] { "4294967300", "-4294967291", "4294967300.0" }) {
            given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body("""
                    {"id": "%s", "unit": "24", "answers": %s}""".formatted(id(), ALL_ANSWERED.replace("\"TC1\": 5", "\"TC1\": " + answer)))
                    .post("/api/v1/waves/" + wave + "/responses").then().statusCode(400).body("errors[0].field", equalTo("answers.TC1"));
        }
    }
}
