package vn.parindex.assessment.evidence;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.AssessmentFixture;
import vn.parindex.assessment.TestApi;
import vn.parindex.assessment.TestTokens;

/** Evidence per criterion, and the rule that a scored criterion requiring evidence has some, or a note saying why not. */
@QuarkusTest
class EvidenceResourceTest {

    private static final byte[] PDF = "%PDF-1.4 Quyết định 12/QĐ-SNV".getBytes(StandardCharsets.UTF_8);
    private String unit;
    private String path;

    @BeforeEach
    void openAPeriod() {
        String run = AssessmentFixture.run();
        String province = "P" + run;
        unit = "D" + run;
        TestApi.registerUnit(province, "Tỉnh Minh Chứng", "PROVINCE", null);
        TestApi.registerUnit(unit, "Sở Nội vụ", "DEPARTMENT", province);
        AssessmentFixture.methodology("""
                {"code": "MC-%s", "name": "Bộ chỉ số có minh chứng", "index": "PAR_INDEX", "unitLevel": "DEPARTMENT",
                 "yearFrom": 2025, "yearTo": 2025,
                 "areas": [{"code": "1", "name": "Ban hành kế hoạch", "maxPoints": 40, "evidenceRequired": true, "rule": {"type": "BOOLEAN"}},
                           {"code": "2", "name": "Báo cáo định kỳ", "maxPoints": 60, "evidenceRequired": true, "rule": {"type": "MANUAL"}}]}"""
                .formatted(run));
        AssessmentFixture.openPeriod("MC-2025-" + run, "MC-" + run, 2025, "DEPARTMENT", province);
        path = AssessmentFixture.assessmentPath("MC-2025-" + run, unit);
        unitAccount().contentType(ContentType.JSON).header("If-Match", "1")
                .body("{\"criteria\": {\"1\": {\"achieved\": true}, \"2\": {\"points\": 50}}}").put(path + "/scores/self").then().statusCode(200);
    }

    @Test
    void aFileIsKeptWithItsSizeAndSha256AndDownloadsUnchanged() {
        int id = unitAccount().contentType("application/pdf").body(PDF)
                .queryParam("criterion", "1").queryParam("fileName", "QĐ 12-SNV kế hoạch CCHC.pdf")
                .post(path + "/evidence/files").then().statusCode(201)
                .body("sizeBytes", equalTo(PDF.length)).body("kind", equalTo("FILE"))
                .body("sha256", equalTo(sha256(PDF))).extract().path("id");

        byte[] downloaded = unitAccount().get(path + "/evidence/" + id + "/content").then().statusCode(200)
                .contentType("application/pdf").header("Content-Disposition", containsString("UTF-8''Q%C4%90")).extract().asByteArray();
        assertArrayEquals(PDF, downloaded);
        given().auth().oauth2(TestTokens.token("appraiser")).get(path + "/evidence").then().statusCode(200)
                .body("fileName", contains("QĐ 12-SNV kế hoạch CCHC.pdf"));
        given().get(path + "/evidence").then().statusCode(404);
    }

    @Test
    void anHtmlFormUploadsAFileWithItsOwnNameAndType() {
        // the body a browser sends for <form enctype="multipart/form-data">: the file's name as UTF-8 bytes
        int id = unitAccount().contentType("multipart/form-data; boundary=" + BOUNDARY)
                .body(form("Biên bản kiểm tra CCHC.pdf", "application/pdf", PDF, "criterion", "1", "description", "Biên bản kiểm tra năm 2025"))
                .post(path + "/evidence/files").then().statusCode(201)
                .body("fileName", equalTo("Biên bản kiểm tra CCHC.pdf")).body("contentType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(PDF.length)).body("sha256", equalTo(sha256(PDF))).extract().path("id");
        assertArrayEquals(PDF, unitAccount().get(path + "/evidence/" + id + "/content").then().statusCode(200).extract().asByteArray());
        // the same rules as the raw body: a field missing, a type refused
        unitAccount().multiPart("file", "a.pdf", PDF, "application/pdf").post(path + "/evidence/files").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("criterion"));
        unitAccount().multiPart("criterion", "1").post(path + "/evidence/files").then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        unitAccount().multiPart("file", "x.exe", PDF, "application/x-msdownload").multiPart("criterion", "1")
                .post(path + "/evidence/files").then().statusCode(415).contentType("application/problem+json");
    }

    private static final String BOUNDARY = "----parindexFormBoundary7MA4YWxkTrZu0gW";

    private static byte[] form(String fileName, String type, byte[] content, String... fields) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.util.function.Consumer<String> text = line -> body.writeBytes(line.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < fields.length; i += 2) {
            text.accept("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n" + fields[i + 1] + "\r\n");
        }
        text.accept("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + type + "\r\n\r\n");
        body.writeBytes(content);
        text.accept("\r\n--" + BOUNDARY + "--\r\n");
        return body.toByteArray();
    }

    @Test
    void filesOfOtherTypesOrEmptyAreRefused() {
        unitAccount().contentType("application/x-msdownload").body(PDF).queryParam("criterion", "1").queryParam("fileName", "x.exe")
                .post(path + "/evidence/files").then().statusCode(415).contentType("application/problem+json");
        unitAccount().contentType("application/pdf").body(new byte[0]).queryParam("criterion", "1").queryParam("fileName", "rỗng.pdf")
                .post(path + "/evidence/files").then().statusCode(400).body("errors[0].field", equalTo("content"));
        unitAccount().contentType("application/pdf").body("MZ\u0090\u0000 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1))
                .queryParam("criterion", "1").queryParam("fileName", "quyet-dinh.pdf")
                .post(path + "/evidence/files").then().statusCode(400).body("errors[0].field", equalTo("content"));
        unitAccount().contentType("image/png").body(PDF).queryParam("criterion", "1").queryParam("fileName", "anh.png")
                .post(path + "/evidence/files").then().statusCode(400).body("errors[0].field", equalTo("content"));
        unitAccount().contentType("application/pdf").body(PDF).queryParam("criterion", "9").queryParam("fileName", "a.pdf")
                .post(path + "/evidence/files").then().statusCode(400).body("errors[0].field", equalTo("criterion"));
        given().auth().oauth2(TestTokens.token("unit", "OTHER")).contentType("application/pdf").body(PDF)
                .queryParam("criterion", "1").queryParam("fileName", "a.pdf").post(path + "/evidence/files").then().statusCode(403);
    }

    @Test
    void submittingNeedsEvidenceOrANoteForEachScoredCriterionThatRequiresIt() {
        unitAccount().header("If-Match", "2").post(path + "/actions/submit").then().statusCode(400)
                .body("errors.field", contains("criteria.1", "criteria.2"));

        unitAccount().contentType(ContentType.JSON).body("""
                {"criterion": "1", "url": "https://snv.example.gov.vn/ke-hoach-cchc-2025.pdf", "description": "Kế hoạch CCHC 2025"}""")
                .post(path + "/evidence/links").then().statusCode(201).body("kind", equalTo("LINK"));
        unitAccount().contentType(ContentType.JSON).header("If-Match", "2")
                .body("{\"criteria\": {\"2\": {\"points\": 50, \"note\": \"Báo cáo gửi qua hệ thống, chưa có bản ký số\"}}}")
                .put(path + "/scores/self").then().statusCode(200);

        unitAccount().header("If-Match", "3").post(path + "/actions/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        unitAccount().contentType(ContentType.JSON).body("{\"criterion\": \"2\", \"url\": \"https://snv.example.gov.vn/bc.pdf\"}")
                .post(path + "/evidence/links").then().statusCode(409);
        given().auth().oauth2(TestTokens.token("appraiser")).get(path + "/audit").then()
                .body("field", hasItem("evidence.1")).body("findAll { it.field == 'evidence.1' }", hasSize(1));
    }

    @Test
    void aUnitRemovesItsEvidenceWhileDrafting() {
        int id = unitAccount().contentType(ContentType.JSON).body("{\"criterion\": \"2\", \"url\": \"http://example.gov.vn/a\"}")
                .post(path + "/evidence/links").then().statusCode(201).extract().path("id");
        unitAccount().delete(path + "/evidence/" + id).then().statusCode(204);
        unitAccount().get(path + "/evidence").then().statusCode(200).body("", hasSize(0));
        unitAccount().contentType(ContentType.JSON).body("{\"criterion\": \"2\", \"url\": \"ftp://example.gov.vn/a\"}")
                .post(path + "/evidence/links").then().statusCode(400).body("errors[0].field", equalTo("url"));
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private RequestSpecification unitAccount() {
        return given().auth().oauth2(TestTokens.token("unit", unit));
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.token("admin")).contentType(ContentType.JSON);
    }
}
