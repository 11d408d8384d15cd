package vn.parindex.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A period published in assessment-service becomes a league table in ranking-service, and a correction re-ranks it. */
class LeagueTableIT {

    private final Platform platform = Platform.get();
    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @Test
    void aPublishedPeriodIsRankedAndACorrectionAfterPublicationReranksIt() {
        String province = "P" + run;
        registerUnit(province, "Tỉnh Thử Nghiệm", "PROVINCE", null);
        String[] departments = { "S1" + run, "S2" + run, "S3" + run };
        registerUnit(departments[0], "Sở Nội vụ", "DEPARTMENT", province);
        registerUnit(departments[1], "Sở Tư pháp", "DEPARTMENT", province);
        registerUnit(departments[2], "Sở Tài chính", "DEPARTMENT", province);
        admin().body("""
                {"code": "SO-%s", "name": "Chỉ số CCHC các sở", "index": "PAR_INDEX", "unitLevel": "DEPARTMENT",
                 "yearFrom": 2025, "yearTo": 2025, "tieRule": "STANDARD_COMPETITION",
                 "areas": [{"code": "1", "name": "Chỉ đạo, điều hành", "maxPoints": 40, "rule": {"type": "MANUAL"}},
                           {"code": "2", "name": "Thủ tục hành chính", "maxPoints": 60, "rule": {"type": "MANUAL"}}],
                 "bands": [{"code": "A", "name": "Tốt", "minPercent": 90}, {"code": "B", "name": "Khá", "minPercent": 0}]}
                """.formatted(run)).post("/api/v1/methodologies").then().statusCode(201);
        String period = "SO-2025-" + run;
        OffsetDateTime deadline = OffsetDateTime.now().plusDays(30);
        admin().body("""
                {"code": "%s", "name": "Chỉ số CCHC các sở năm 2025", "methodologyCode": "SO-%s", "year": 2025,
                 "unitLevel": "DEPARTMENT", "parentKey": "%s@2024-01-01", "selfAssessmentDeadline": "%s", "explanationDeadline": "%s"}
                """.formatted(period, run, province, deadline, deadline.plusDays(10))).post("/api/v1/periods").then().statusCode(201);

        finalize(period, departments[0], "36", "50");   // 86
        finalize(period, departments[1], "38", "55");   // 93, group A
        finalize(period, departments[2], "30", "56");   // 86, ties with the first
        appraiser().header("If-Match", "1").post("/api/v1/periods/" + period + "/actions/publish").then().statusCode(200)
                .body("publishedAssessments", equalTo(3));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().baseUri(platform.url("ranking"))
                .get("/api/v1/league-tables/" + period).then().statusCode(200)
                .body("fieldSize", equalTo(3))
                .body("rows.unitCode", contains(departments[1], departments[0], departments[2]))
                .body("rows.rank", contains(1, 2, 2))
                .body("rows[0].band", equalTo("A")).body("rows[0].percent", equalTo(93)));

        // a correction after publication: the third department's final points rise to 95
        String path = "/api/v1/periods/" + period + "/assessments/" + departments[2];
        int version = Integer.parseInt(given().baseUri(platform.url("assessment")).get(path).header("ETag").replace("\"", ""));
        appraiser().header("If-Match", version).body("{\"criteria\": {\"1\": {\"points\": 39}}}")
                .put(path + "/scores/final").then().statusCode(200).body("status", equalTo("PUBLISHED"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().baseUri(platform.url("ranking"))
                .get("/api/v1/league-tables/" + period).then().statusCode(200)
                .body("rows.unitCode", contains(departments[2], departments[1], departments[0]))
                .body("rows.rank", contains(1, 2, 3)).body("rows[0].percent", equalTo(95)));
    }

    private void finalize(String period, String unit, String area1, String area2) {
        String path = "/api/v1/periods/" + period + "/assessments/" + unit;
        RequestSpecification self = given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("unit", unit))
                .contentType(ContentType.JSON);
        self.header("If-Match", "1").body("""
                {"criteria": {"1": {"points": %s}, "2": {"points": %s}}}""".formatted(area1, area2))
                .put(path + "/scores/self").then().statusCode(200);
        given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("unit", unit)).header("If-Match", "2")
                .post(path + "/actions/submit").then().statusCode(200);
        appraiser().header("If-Match", "3").post(path + "/actions/appraise").then().statusCode(200);
        appraiser().header("If-Match", "4").post(path + "/actions/finalize").then().statusCode(200);
    }

    private void registerUnit(String code, String name, String level, String parent) {
        admin().body("""
                {"code": "%s", "name": "%s", "level": "%s", "parentCode": %s, "validFrom": "2024-01-01"}
                """.formatted(code, name, level, parent == null ? "null" : "\"" + parent + "\""))
                .post("/api/v1/units").then().statusCode(201);
    }

    private RequestSpecification admin() {
        return given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("admin")).contentType(ContentType.JSON);
    }

    private RequestSpecification appraiser() {
        return given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("appraiser")).contentType(ContentType.JSON);
    }
}
