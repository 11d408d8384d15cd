package vn.parindex.assessment.methodology;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.TestTokens;

@QuarkusTest
class MethodologyResourceTest {

    private static RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.token("admin")).contentType(ContentType.JSON);
    }

    private static String document(String code, String firstAreaMax, String criteria) {
        return """
                {"code": "%s", "name": "Bộ chỉ số thử nghiệm", "index": "PAR_INDEX", "unitLevel": "DEPARTMENT",
                 "yearFrom": 2024, "yearTo": 2025,
                 "areas": [
                   {"code": "1", "name": "Công tác chỉ đạo, điều hành", "maxPoints": %s, "children": [%s]},
                   {"code": "2", "name": "Mức độ hài lòng", "maxPoints": 30, "channel": "SURVEY", "rule": {"type": "SURVEY"}}
                 ],
                 "bands": [{"code": "A", "name": "Tốt", "minPercent": 90}, {"code": "B", "name": "Khá", "minPercent": 80}]}
                """.formatted(code, firstAreaMax, criteria);
    }

    private static final String CRITERIA = """
            {"code": "1.1", "name": "Ban hành kế hoạch CCHC", "maxPoints": 40, "rule": {"type": "BOOLEAN"}},
            {"code": "1.2", "name": "Tỷ lệ nhiệm vụ hoàn thành", "maxPoints": 30, "rule": {"type": "RATIO"}}""";

    @Test
    void theReferenceMethodologiesAreShipped() {
        given().queryParam("index", "PAR_INDEX").get("/api/v1/methodologies").then().statusCode(200)
                .body("code", hasItems("PAR-PROVINCE-2017", "PAR-PROVINCE-2020", "LAM-DONG-DISTRICT-2022"));
        given().queryParam("year", 2020).queryParam("unitLevel", "PROVINCE").get("/api/v1/methodologies").then().statusCode(200)
                .body("code", contains("PAR-PROVINCE-2020"));
        given().get("/api/v1/methodologies/PAR-PROVINCE-2020").then().statusCode(200)
                .body("maxPoints", equalTo(100.0f)).body("document.areas", hasSize(8))
                .body("document.areas[7].maxPoints", equalTo(16)).body("document.bands.code", contains("A", "B", "C", "D"));
        given().get("/api/v1/methodologies/LAM-DONG-DISTRICT-2022").then().statusCode(200)
                .body("document.areas.find { it.code == 'CQS' }.inferred", equalTo(true))
                .body("document.areas.find { it.code == 'HL' }.channel", equalTo("SURVEY"));
    }

    @Test
    void bacGiangAndBacKan2020ScoreAsPublishedOnThe2020Methodology() {
        int version = given().get("/api/v1/methodologies/PAR-PROVINCE-2020").then().extract().path("version");
        String bacGiang = """
                {"inputs": {"1": {"points": 7.92}, "2": {"points": 8.98}, "3": {"points": 11.95}, "4": {"points": 9.64},
                            "5": {"points": 12.45}, "6": {"points": 8.04}, "7": {"points": 14.32}, "8": {"points": 12.29}}}""";
        given().contentType(ContentType.JSON).body(bacGiang)
                .post("/api/v1/methodologies/PAR-PROVINCE-2020/versions/" + version + "/score")
                .then().statusCode(200).body("total", equalTo(85.59f)).body("indexPercent", equalTo(85.59f))
                .body("band.code", equalTo("B")).body("areas[5].pointsBelowMax", equalTo(3.96f)).body("complete", equalTo(true));

        String bacKan = """
                {"inputs": {"1": {"points": 6.9}, "2": {"points": 8.1}, "3": {"points": 10.2}, "4": {"points": 9.1},
                            "5": {"points": 10.8}, "6": {"points": 8.4}, "7": {"points": 12.5668}, "8": {"points": 12.5}}}""";
        given().contentType(ContentType.JSON).body(bacKan)
                .post("/api/v1/methodologies/PAR-PROVINCE-2020/versions/" + version + "/score")
                .then().statusCode(200).body("total", equalTo(78.5668f)).body("band.code", equalTo("C"));
    }

    @Test
    void ducTrong2022ScoresOnTheLamDongMethodology() {
        String ducTrong = """
                {"inputs": {"TC": {"points": 8.5}, "CD": {"points": 10}, "TTHC": {"points": 15.7}, "TCC": {"points": 6.48},
                            "TCBM": {"points": 6.69}, "CV": {"points": 8.75}, "CQS": {"points": 7.75}, "HL": {"value": 81.56}},
                 "adjustments": {"THUONG-TTHC": 1, "THUONG-TCC": 0.5}}""";
        given().contentType(ContentType.JSON).body(ducTrong).post("/api/v1/methodologies/LAM-DONG-DISTRICT-2022/versions/1/score")
                .then().statusCode(200).body("total", equalTo(85.76f)).body("bonus", equalTo(1.5f))
                .body("areas.find { it.code == 'HL' }.points", equalTo(20.39f));
    }

    @Test
    void pointsAboveACriterionsMaximumAreRefusedNamingTheInput() {
        given().contentType(ContentType.JSON).body("""
                {"inputs": {"1": {"points": 9}}}""").post("/api/v1/methodologies/PAR-PROVINCE-2020/versions/1/score")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("inputs.1.points"));
    }

    @Test
    void aMethodologyIsImportedOnceAndRevisedAsANewVersion() {
        String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        asAdmin().body(document(code, "70", CRITERIA)).post("/api/v1/methodologies").then().statusCode(201)
                .header("ETag", "\"1\"").body("version", equalTo(1)).body("maxPoints", equalTo(100))
                .body("createdBy", equalTo("test-admin"));
        asAdmin().body(document(code, "70.00", CRITERIA)).post("/api/v1/methodologies").then().statusCode(200)
                .body("version", equalTo(1));
        String revised = CRITERIA.replace("\"maxPoints\": 30", "\"maxPoints\": 25").replace("\"maxPoints\": 40", "\"maxPoints\": 45");
        asAdmin().body(document(code, "70", revised)).post("/api/v1/methodologies").then().statusCode(409);
        asAdmin().header("If-Match", "\"0\"").body(document(code, "70", revised)).put("/api/v1/methodologies/" + code)
                .then().statusCode(409);
        asAdmin().header("If-Match", "\"1\"").body(document(code, "70", revised)).put("/api/v1/methodologies/" + code)
                .then().statusCode(201).body("version", equalTo(2));

        given().get("/api/v1/methodologies/" + code + "/versions/1").then().statusCode(200)
                .body("document.areas[0].children[1].maxPoints", equalTo(30));
        given().get("/api/v1/methodologies/" + code).then().statusCode(200).body("version", equalTo(2))
                .body("document.areas[0].children[1].maxPoints", equalTo(25));
    }

    @Test
    void aTreeWhoseMaximaDoNotAddUpIsRefusedNamingEveryFault() {
        String duplicate = CRITERIA.replace("\"code\": \"1.2\"", "\"code\": \"1.1\"");
        asAdmin().body(document("TEST-BROKEN", "75", duplicate)).post("/api/v1/methodologies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("areas[0].maxPoints", "areas[0].children[1].code"))
                .body("detail", containsString("add up to 70, not 75"));
    }

    @Test
    void aRuleThatDoesNotFitItsNodeIsRefused() {
        String surveyRuleOnSelfAssessed = CRITERIA.replace("{\"type\": \"RATIO\"}", "{\"type\": \"SURVEY\"}");
        asAdmin().body(document("TEST-RULE", "70", surveyRuleOnSelfAssessed)).post("/api/v1/methodologies")
                .then().statusCode(400).body("errors.field", hasItem("areas[0].children[1].rule"));
        asAdmin().body(document("TEST-RULE", "70", CRITERIA.replace("RATIO", "GUESS"))).post("/api/v1/methodologies")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("areas[0].children[1].rule.type"))
                .body("detail", containsString("'GUESS' is not one of [MANUAL, BOOLEAN, RATIO, THRESHOLDS, RELATIVE_TO_BEST, SURVEY]"));
    }

    @Test
    void aMethodologyTravelsAsTheWorkbookAndBack() throws Exception {
        byte[] workbook = given().accept(MethodologyWorkbook.MEDIA_TYPE).get("/api/v1/methodologies/LAM-DONG-DISTRICT-2022")
                .then().statusCode(200).contentType(MethodologyWorkbook.MEDIA_TYPE)
                .header("Content-Disposition", containsString("LAM-DONG-DISTRICT-2022-v1.xlsx")).extract().asByteArray();
        String code = "XLSX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        byte[] renamed;
        try (XSSFWorkbook edited = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edited.getSheet("Thông tin").getRow(0).getCell(1).setCellValue(code);
            edited.write(out);
            renamed = out.toByteArray();
        }

        given().auth().oauth2(TestTokens.token("admin")).contentType(MethodologyWorkbook.MEDIA_TYPE).body(renamed)
                .post("/api/v1/methodologies").then().statusCode(201).body("version", equalTo(1));

        given().get("/api/v1/methodologies/" + code).then().statusCode(200)
                .body("document.areas", hasSize(8)).body("document.areas.find { it.code == 'CQS' }.inferred", equalTo(true))
                .body("document.areas.find { it.code == 'HL' }.rule.type", equalTo("SURVEY"))
                .body("document.adjustments.code", contains("THUONG-TTHC", "THUONG-TCC"));
        given().auth().oauth2(TestTokens.token("admin")).contentType(MethodologyWorkbook.MEDIA_TYPE).body("not a workbook".getBytes())
                .post("/api/v1/methodologies").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyAnAdminImports() {
        given().auth().oauth2(TestTokens.token("appraiser")).contentType(ContentType.JSON)
                .body(document("TEST-ROLE", "70", CRITERIA)).post("/api/v1/methodologies").then().statusCode(403);
    }
}
