package vn.parindex.survey;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Waves and responses on the shipped SIPAS template, for the API and messaging tests of every feature. */
public final class SurveyFixtures {

    public static final List<String> ITEMS = List.of("TC1", "TC2", "TC3", "TC4", "TT1", "TT2", "TT3", "TT4", "TT5", "CC1", "CC2",
            "CC3", "CC4", "CC5", "CC6", "KQ1", "KQ2", "KQ3", "GY1", "GY2", "GY3", "GY4");

    private SurveyFixtures() {
    }

    public static String admin() {
        return TestTokens.token("admin");
    }

    public static String surveyor() {
        return TestTokens.token("surveyor");
    }

    /** An open wave on SIPAS-2017 with Bắc Giang (target 10) and Bắc Kạn (target from N = 1000, e = 5 % → 286). */
    public static String openWave(boolean anonymous) {
        String code = "W-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("""
                {"code": "%s", "name": "SIPAS thử nghiệm", "questionnaire": {"code": "SIPAS-2017"}, "year": 2020,
                 "unitLevel": "PROVINCE", "opensOn": "%s", "closesOn": "%s", "margin": 0.05,
                 "anonymousSubmission": %s, "anonymousPerMinute": 3,
                 "units": [{"code": "24", "name": "Bắc Giang", "target": 10},
                           {"code": "06", "name": "Bắc Kạn", "population": 1000}]}
                """.formatted(code, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), anonymous))
                .post("/api/v1/waves").then().statusCode(201);
        return code;
    }

    /** A response answering every item with the same value. */
    public static Map<String, Object> response(String id, String unit, int answer) {
        Map<String, Object> answers = new LinkedHashMap<>();
        ITEMS.forEach(item -> answers.put(item, answer));
        return Map.of("id", id, "unit", unit, "answers", answers, "profile", Map.of("sex", "F"));
    }

    public static String id() {
        return UUID.randomUUID().toString();
    }
}
