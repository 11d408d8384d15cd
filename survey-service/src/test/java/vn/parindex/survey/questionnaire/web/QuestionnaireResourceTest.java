package vn.parindex.survey.questionnaire.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.parindex.survey.SurveyFixtures.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.parindex.survey.SurveyFixtures;
import vn.parindex.survey.questionnaire.QuestionnaireWorkbook;

@QuarkusTest
class QuestionnaireResourceTest {

    @Test
    void theSipasTemplateShipsWithItsFiveFactors() {
        given().get("/api/v1/questionnaires").then().statusCode(200).body("code", hasItem("SIPAS-2017"));
        given().get("/api/v1/questionnaires/SIPAS-2017").then().statusCode(200)
                .body("template", equalTo(true)).body("factors", hasSize(5)).body("items", hasSize(22))
                .body("factors[0].name", equalTo("Tiếp cận dịch vụ")).body("satisfied", equalTo(java.util.List.of(4, 5)))
                .body("scale[4].label", equalTo("Rất hài lòng")).body("bands[1].minPercent", equalTo(85));
    }

    @Test
    void aChangedDocumentIsANewVersionAgainstTheOneReadAndTheSameDocumentIsNot() {
        String code = "Q-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String document = """
                {"code": "%s", "name": "Khảo sát %s", "factors": [{"code": "F", "name": "Yếu tố"}],
                 "items": [{"code": "F1", "text": "%s", "factor": "F"}]}""";
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(document.formatted(code, "một", "Câu 1"))
                .post("/api/v1/questionnaires").then().statusCode(201).body("version", equalTo(1));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(document.formatted(code, "một", "Câu 1"))
                .post("/api/v1/questionnaires").then().statusCode(200).body("version", equalTo(1));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(document.formatted(code, "một", "Câu một"))
                .post("/api/v1/questionnaires").then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("If-Match: 1"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).header("If-Match", "1").body(document.formatted(code, "một", "Câu một"))
                .put("/api/v1/questionnaires/" + code).then().statusCode(201).body("version", equalTo(2)).header("ETag", "\"2\"");
        given().get("/api/v1/questionnaires/" + code + "/versions").then().body("version", equalTo(java.util.List.of(1, 2)));
        given().get("/api/v1/questionnaires/" + code + "/versions/1").then().body("items[0].text", equalTo("Câu 1"));
    }

    @Test
    void aBrokenQuestionnaireIsRefusedNamingEveryFault() {
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("""
                {"code": "Q-BROKEN", "name": "x", "satisfied": [9], "factors": [{"code": "F", "name": "F"}],
                 "items": [{"code": "F1", "text": "a", "factor": "G"}, {"code": "F1", "text": "b", "factor": "F"}]}""")
                .post("/api/v1/questionnaires").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("satisfied[0]", "items[0].factor", "items[1].code")));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body("{\"code\": \"Q\", \"name\": \"\", \"factors\": [], \"items\": []}")
                .post("/api/v1/questionnaires").then().statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("code", "factors", "items", "name")));
        given().auth().oauth2(SurveyFixtures.surveyor()).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/questionnaires").then().statusCode(403);
    }

    @Test
    void theWorkbookRoundTrips() {
        byte[] workbook = given().accept(QuestionnaireWorkbook.MEDIA_TYPE).get("/api/v1/questionnaires/SIPAS-2017")
                .then().statusCode(200).contentType(QuestionnaireWorkbook.MEDIA_TYPE).extract().asByteArray();
        given().auth().oauth2(admin()).contentType(QuestionnaireWorkbook.MEDIA_TYPE).body(workbook)
                .post("/api/v1/questionnaires").then().statusCode(200).body("code", equalTo("SIPAS-2017")).body("version", equalTo(1));
        given().auth().oauth2(admin()).contentType(QuestionnaireWorkbook.MEDIA_TYPE).body("not a workbook".getBytes())
                .post("/api/v1/questionnaires").then().statusCode(400).body("errors[0].field", equalTo("body"));
    }
}
