package vn.parindex.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The provincial PAR Index 2020 published through assessment-service's workflow (the 63 provinces of the demo data:
 * Bắc Giang's real area scores, Bắc Kạn's real total) and read from ranking-service's official table: Bắc Giang 13/63
 * with 85.59, Bắc Kạn 59/63 with 78.5668 in group C (domain §7).
 */
class ParIndex2020IT {

    private static final String NOTE = "Dữ liệu kiểm thử: điểm theo kết quả công bố, không kèm tài liệu kiểm chứng";

    private final Platform platform = Platform.get();

    @Test
    void theTwentyTwentyTablePlacesBacGiangThirteenthAndBacKanFiftyNinthInGroupC() throws Exception {
        String period = "PAR-2020-E2E-" + java.util.UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        OffsetDateTime deadline = OffsetDateTime.now().plusDays(30);
        admin().body("""
                {"code": "%s", "name": "Chỉ số CCHC năm 2020 các tỉnh, thành phố", "methodologyCode": "PAR-PROVINCE-2020",
                 "year": 2020, "unitLevel": "PROVINCE", "selfAssessmentDeadline": "%s", "explanationDeadline": "%s"}
                """.formatted(period, deadline, deadline.plusDays(30))).post("/api/v1/periods").then().statusCode(201)
                // the reference provinces, and any province other tests registered in this database (left unpublished)
                .body("assessments", org.hamcrest.Matchers.greaterThanOrEqualTo(63));
        List<String> lines = Files.readAllLines(Platform.REPO.resolve("deploy/local/demo/par-2020-provinces.csv"), StandardCharsets.UTF_8);
        int published = 0;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("code")) {
                continue;
            }
            String[] cells = line.split(",");
            StringBuilder criteria = new StringBuilder();
            for (int area = 1; area <= 8; area++) {
                criteria.append(area > 1 ? "," : "").append("\"").append(area).append("\":{\"points\":").append(cells[area])
                        .append(",\"note\":\"").append(NOTE).append("\"}");
            }
            finalize(period, cells[0], "{\"criteria\":{" + criteria + "}}");
            published++;
        }
        org.junit.jupiter.api.Assertions.assertEquals(63, published);
        // the period's results become official together; provinces other tests registered stay unpublished drafts
        given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("appraiser")).header("If-Match", "1")
                .post("/api/v1/periods/" + period + "/actions/publish").then().statusCode(200).body("publishedAssessments", equalTo(63));

        String table = "/api/v1/league-tables/" + period;
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            Response response = given().baseUri(platform.url("ranking")).get(table);
            return response.statusCode() == 200 && response.jsonPath().getInt("fieldSize") == 63;
        });
        given().baseUri(platform.url("ranking")).get(table).then().statusCode(200)
                .body("rows.find { it.unitCode == '24' }.rank", equalTo(13))
                .body("rows.find { it.unitCode == '24' }.fieldSize", equalTo(63))
                .body("rows.find { it.unitCode == '24' }.points", equalTo(85.59f))
                .body("rows.find { it.unitCode == '06' }.rank", equalTo(59))
                .body("rows.find { it.unitCode == '06' }.points", equalTo(78.5668f))
                .body("rows.find { it.unitCode == '06' }.band", equalTo("C"));
        // and where Bắc Kạn lost points, and how far group B is (80 %: 1.4332 points)
        given().baseUri(platform.url("ranking")).get(table + "/units/06/gap").then().statusCode(200)
                .body("nextGroup.group", equalTo("B")).body("nextGroup.points", equalTo(1.4332f));
    }

    /** Self-assessment by the province's own account, submission, appraisal, finalization. */
    private void finalize(String period, String unit, String sheet) {
        String path = "/api/v1/periods/" + period + "/assessments/" + unit;
        String unitToken = platform.token("unit", unit);
        long version = version(path);
        given().baseUri(platform.url("assessment")).auth().oauth2(unitToken).contentType(ContentType.JSON).header("If-Match", version)
                .body(sheet).put(path + "/scores/self").then().statusCode(200);
        act(path, unitToken, "submit", ++version);
        act(path, platform.token("appraiser"), "appraise", ++version);
        act(path, platform.token("appraiser"), "finalize", ++version);
    }

    private void act(String path, String token, String action, long version) {
        given().baseUri(platform.url("assessment")).auth().oauth2(token).header("If-Match", version)
                .post(path + "/actions/" + action).then().statusCode(200);
    }

    private long version(String path) {
        return Long.parseLong(given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("admin")).get(path)
                .then().statusCode(200).extract().header("ETag").replace("\"", "").replace("W/", ""));
    }

    private io.restassured.specification.RequestSpecification admin() {
        return given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("admin")).contentType(ContentType.JSON);
    }
}
