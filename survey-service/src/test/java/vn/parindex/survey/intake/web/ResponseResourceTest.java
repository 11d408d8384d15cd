package vn.parindex.survey.intake.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.parindex.survey.SurveyFixtures.admin;
import static vn.parindex.survey.SurveyFixtures.id;
import static vn.parindex.survey.SurveyFixtures.openWave;
import static vn.parindex.survey.SurveyFixtures.response;
import static vn.parindex.survey.SurveyFixtures.surveyor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.parindex.survey.SurveyFixtures;

@QuarkusTest
class ResponseResourceTest {

    @Test
    void oneResponseIsAcceptedOnceThenADuplicateAndWithOtherContentAConflict() {
        String wave = openWave(false);
        String id = id();
        String location = given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(response(id, "24", 5))
                .post("/api/v1/waves/" + wave + "/responses").then().statusCode(201).body("outcome", equalTo("ACCEPTED"))
                .extract().header("Location");
        // the Location reads the response back as stored
        given().auth().oauth2(surveyor()).get(java.net.URI.create(location).getPath()).then().statusCode(200)
                .body("id", equalTo(id)).body("unit", equalTo("24")).body("channel", equalTo("API"));
        given().auth().oauth2(surveyor()).get("/api/v1/waves/" + wave + "/responses/no-such-response").then().statusCode(404)
                .contentType("application/problem+json");
        given().get(java.net.URI.create(location).getPath()).then().statusCode(401);
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(response(id, "24", 5))
                .post("/api/v1/waves/" + wave + "/responses").then().statusCode(200).body("outcome", equalTo("DUPLICATE"));
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(response(id, "24", 4))
                .post("/api/v1/waves/" + wave + "/responses").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("different content"));
        given().auth().oauth2(admin()).get("/api/v1/waves/" + wave).then().statusCode(200)
                .body("units.find { it.code == '24' }.responses", equalTo(1))
                .body("units.find { it.code == '24' }.coveragePercent", equalTo(10.0f))
                .body("units.find { it.code == '06' }.target", equalTo(286));
    }

    @Test
    void labelsAndValuesAreTheSameContent() {
        String wave = openWave(false);
        String id = id();
        Map<String, Object> byValue = response(id, "24", 4);
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        SurveyFixtures.ITEMS.forEach(item -> answers.put(item, "Hài lòng"));
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(byValue)
                .post("/api/v1/waves/" + wave + "/responses").then().statusCode(201);
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON)
                .body(Map.of("id", id, "unit", "24", "answers", answers, "profile", Map.of("sex", "Nữ")))
                .post("/api/v1/waves/" + wave + "/responses").then().statusCode(200).body("outcome", equalTo("DUPLICATE"));
    }

    @Test
    void aResponseThatBreaksTheQuestionnaireIsRejectedNamingTheField() {
        String wave = openWave(false);
        Map<String, Object> bad = new java.util.HashMap<>(response(id(), "24", 5));
        bad.put("answers", Map.of("TC1", 9));
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(bad)
                .post("/api/v1/waves/" + wave + "/responses").then().statusCode(400)
                .body("errors[0].field", equalTo("answers.TC1")).body("detail", containsString("not an answer on the scale"));
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(response(id(), "01", 5))
                .post("/api/v1/waves/" + wave + "/responses").then().statusCode(400).body("errors[0].field", equalTo("unit"));
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body("{\"id\": \"x1\", \"unit\": \"24\", \"answers\": {}, \"colour\": 1}")
                .post("/api/v1/waves/" + wave + "/responses").then().statusCode(400).body("errors[0].field", equalTo("colour"));
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(response(id(), "24", 5))
                .post("/api/v1/waves/NO-SUCH-WAVE/responses").then().statusCode(404);
    }

    @Test
    void aBatchIsAnsweredRowByRowAndWritesOnlyTheGoodRows() {
        String wave = openWave(false);
        String dup = id();
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(response(dup, "24", 5))
                .post("/api/v1/waves/" + wave + "/responses").then().statusCode(201);
        String twice = id();
        List<Object> batch = List.of(response(id(), "24", 4), response(dup, "24", 5), response(dup.substring(1) + "0", "06", 2),
                response(twice, "06", 1), response(twice, "06", 3), Map.of("id", "no-answers", "unit", "24"), "not an object");
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(batch)
                .post("/api/v1/waves/" + wave + "/response-batches").then().statusCode(200)
                .body("received", equalTo(7)).body("accepted", equalTo(3)).body("duplicates", equalTo(1))
                .body("conflicts", equalTo(1)).body("rejected", equalTo(2))
                .body("rows.outcome", contains("ACCEPTED", "DUPLICATE", "ACCEPTED", "ACCEPTED", "CONFLICT", "REJECTED", "REJECTED"))
                .body("rows[5].field", equalTo("answers.TC1")).body("rows[6].reason", containsString("not a survey response"));
        given().auth().oauth2(admin()).get("/api/v1/waves/" + wave).then()
                .body("units.find { it.code == '24' }.responses", equalTo(2))
                .body("units.find { it.code == '06' }.responses", equalTo(2));
    }

    @Test
    void ndjsonCsvAndXlsxGoThroughTheSameChecks() throws IOException {
        String wave = openWave(false);
        String ndjson = "{\"id\":\"" + id() + "\",\"unit\":\"24\",\"answers\":{\"TC1\":5,\"TC2\":5,\"TC3\":5,\"TC4\":5,\"TT1\":5,"
                + "\"TT2\":5,\"TT3\":5,\"TT4\":5,\"TT5\":5,\"CC1\":5,\"CC2\":5,\"CC3\":5,\"CC4\":5,\"CC5\":5,\"CC6\":5,\"KQ1\":5,"
                + "\"KQ2\":5,\"KQ3\":5}}\n\n{broken\n";
        given().auth().oauth2(surveyor()).contentType("application/x-ndjson").body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/waves/" + wave + "/response-batches?report=problems").then().statusCode(200)
                .body("accepted", equalTo(1)).body("rejected", equalTo(1)).body("rows", hasSize(1))
                .body("rows[0].row", equalTo(3));

        StringBuilder csv = new StringBuilder("\uFEFFid;unit;" + String.join(";", SurveyFixtures.ITEMS) + ";sex\n");
        csv.append("p-1;24").append(";Hài lòng".repeat(18)).append(";;;;;Nam\n");
        csv.append("p-2;06").append(";2".repeat(22)).append(";Nữ\n");
        csv.append("p-3;06").append(";7".repeat(22)).append(";\n");
        given().auth().oauth2(surveyor()).contentType("text/csv").body(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/waves/" + wave + "/response-batches").then().statusCode(200)
                .body("accepted", equalTo(2)).body("rejected", equalTo(1)).body("rows[2].row", equalTo(4))
                .body("rows[2].field", equalTo("answers.TC1"));

        given().auth().oauth2(surveyor()).contentType("text/csv").body("id,unit,TC1,colour\nx,24,5,red\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/waves/" + wave + "/response-batches").then().statusCode(400)
                .body("errors.field", contains("header.colour"));

        given().auth().oauth2(surveyor()).contentType(vn.parindex.survey.result.Table.XLSX).body(workbook())
                .post("/api/v1/waves/" + wave + "/response-batches").then().statusCode(200)
                .body("accepted", equalTo(1)).body("duplicates", equalTo(1)).body("rows[1].row", equalTo(3));
    }

    @Test
    void batchesNeedTheSurveyorRoleAndAreLimitedInSize() {
        String wave = openWave(false);
        given().contentType(ContentType.JSON).body(List.of(response(id(), "24", 5)))
                .post("/api/v1/waves/" + wave + "/response-batches").then().statusCode(401);
        given().auth().oauth2(vn.parindex.survey.TestTokens.token("unit", "24")).contentType(ContentType.JSON)
                .body(List.of(response(id(), "24", 5))).post("/api/v1/waves/" + wave + "/response-batches").then().statusCode(403);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 10_001; i++) {
            big.append("{}\n");
        }
        given().auth().oauth2(surveyor()).contentType("application/x-ndjson").body(big.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/waves/" + wave + "/response-batches").then().statusCode(413);
    }

    @Test
    void anonymousSubmissionIsOnlyForWavesThatTakeItAndIsRateLimited() {
        String closedToPublic = openWave(false);
        given().contentType(ContentType.JSON).body(response(id(), "24", 5))
                .post("/api/v1/waves/" + closedToPublic + "/responses").then().statusCode(401);
        String wave = openWave(true);
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(response(id(), "24", 5))
                    .post("/api/v1/waves/" + wave + "/responses").then().statusCode(201);
        }
        given().contentType(ContentType.JSON).body(response(id(), "24", 5))
                .post("/api/v1/waves/" + wave + "/responses").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(response(id(), "24", 5))
                .post("/api/v1/waves/" + wave + "/responses").then().statusCode(201);
    }

    @Test
    void aClosedWaveTakesNothingMore() {
        String wave = openWave(false);
        given().auth().oauth2(admin()).header("If-Match", "\"7\"").post("/api/v1/waves/" + wave + "/close").then().statusCode(409);
        given().auth().oauth2(admin()).header("If-Match", "\"1\"").post("/api/v1/waves/" + wave + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(response(id(), "24", 5))
                .post("/api/v1/waves/" + wave + "/responses").then().statusCode(409).body("detail", containsString("closed"));
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(List.of(response(id(), "24", 5)))
                .post("/api/v1/waves/" + wave + "/response-batches").then().statusCode(200)
                .body("rejected", equalTo(1)).body("rows[0].field", equalTo("wave"));
    }

    @Test
    void responsesArePulledWithACursorAndExportedWithLabelsOrCodes() {
        String wave = openWave(false);
        List<Object> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(response("c-" + wave + "-" + i, "24", 1 + i));
        }
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(batch)
                .post("/api/v1/waves/" + wave + "/response-batches").then().statusCode(200).body("accepted", equalTo(5));
        int next = given().auth().oauth2(surveyor()).queryParam("limit", 3).get("/api/v1/waves/" + wave + "/responses")
                .then().statusCode(200).body("items", hasSize(3)).body("items[0].id", equalTo("c-" + wave + "-0"))
                .extract().path("next");
        given().auth().oauth2(surveyor()).queryParam("limit", 3).queryParam("after", next).get("/api/v1/waves/" + wave + "/responses")
                .then().statusCode(200).body("items", hasSize(2)).body("items[1].answers.TC1", equalTo(5)).body("next", nullValue());
        given().auth().oauth2(surveyor()).accept("text/csv").get("/api/v1/waves/" + wave + "/responses").then().statusCode(200)
                .body(containsString("c-" + wave + "-3,24,Hài lòng")).body(containsString("Nữ"));
        given().auth().oauth2(surveyor()).accept("text/csv").queryParam("labels", false).get("/api/v1/waves/" + wave + "/responses")
                .then().statusCode(200).body(containsString("c-" + wave + "-3,24,4,4"));
        given().get("/api/v1/waves/" + wave + "/responses").then().statusCode(401);
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Phiếu");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Mã phiếu");
            header.createCell(1).setCellValue("Đơn vị");
            for (int i = 0; i < 18; i++) {
                header.createCell(2 + i).setCellValue(SurveyFixtures.ITEMS.get(i));
            }
            for (int r = 1; r <= 2; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("xlsx-1-" + header.hashCode());
                row.createCell(1).setCellValue("24");
                for (int i = 0; i < 18; i++) {
                    row.createCell(2 + i).setCellValue(4);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
