package vn.parindex.assessment.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static vn.parindex.assessment.TestApi.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Input that once broke the service: each is a 400 problem+json naming the field, never a 500, never a Java class. */
@QuarkusTest
class HostileInputTest {

    @Test
    void aNulInAPathOrQueryParameterIsA400NamingIt() {
        given().urlEncodingEnabled(false).get("/api/v1/units/%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("path"));
        given().queryParam("q", "a\u0000b").get("/api/v1/units").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("q"))
                .body("detail", containsString("U+0000"));
    }

    @Test
    void aNulInABodyValueOrKeyIsA400NamingTheField() {
        admin().body("""
                {"code": "NUL1", "name": "Tỉnh\\u0000Lạ", "level": "PROVINCE", "validFrom": "2020-01-01"}""")
                .post("/api/v1/units").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name")).body("detail", containsString("U+0000"));
        given().get("/api/v1/units/NUL1").then().statusCode(404);
        admin().body("""
                {"code": "P-NUL", "name": "Kỳ", "methodologyCode": "PAR-PROVINCE-2020", "year": 2020, "unitLevel": "PROVINCE",
                 "selfAssessmentDeadline": "2030-01-01T00:00:00+07:00", "explanationDeadline": "2030-02-01T00:00:00+07:00",
                 "surveyWave": "A\\u0000"}""").post("/api/v1/periods").then().statusCode(400).body("errors[0].field", equalTo("surveyWave"));
    }

    @Test
    void anAddressOrABodyBeyondTheLimitsIsProblemJson() throws Exception {
        given().get("/api/v1/units/" + "x".repeat(9_000)).then().statusCode(414).contentType("application/problem+json")
                .body("detail", containsString("at most 8192"));
        String answer = raw("POST /api/v1/units HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: 999999999\r\n\r\n{");
        org.junit.jupiter.api.Assertions.assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        org.junit.jupiter.api.Assertions.assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
    }

    @Test
    void everyAnswerCarriesTheHeadersThatKeepContentInert() {
        given().get("/api/v1/units/24").then().header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("Content-Security-Policy", containsString("default-src 'none'"));
    }

    /** Sends the request as written, for what a client library would not send (a length it does not follow with a body). */
    private static String raw(String request) throws Exception {
        int port = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            byte[] buffer = new byte[8192];
            int read = socket.getInputStream().read(buffer);
            return new String(buffer, 0, Math.max(read, 0), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void freeTextBeyondItsMaximumIsRefusedNamingTheField() {
        admin().body("""
                {"code": "LONG1", "name": "%s", "level": "PROVINCE", "validFrom": "2020-01-01"}""".formatted("x".repeat(1_000_000)))
                .post("/api/v1/units").then().statusCode(400).body("errors[0].field", equalTo("name"));
        admin().body("""
                {"code": "LONG-M", "name": "Bộ chỉ số", "index": "PAR_INDEX", "unitLevel": "DEPARTMENT", "yearFrom": 2025, "yearTo": 2025,
                 "areas": [{"code": "1", "name": "%s", "maxPoints": 100, "rule": {"type": "MANUAL"}}]}""".formatted("x".repeat(501)))
                .post("/api/v1/methodologies").then().statusCode(400).body("errors[0].field", equalTo("areas[0].name"));
    }

    @Test
    void errorsNameFieldsInTheApisWordsNotJavaClasses() {
        admin().body("[]").post("/api/v1/units").then().statusCode(400).contentType("application/problem+json")
                .body("detail", not(containsString("vn.parindex"))).body("detail", equalTo("the body must be a JSON object"));
        admin().body("{\"code\": ").post("/api/v1/units").then().statusCode(400)
                .body("detail", not(containsString("vn.parindex"))).body("detail", containsString("not valid JSON"));
        given().queryParam("level", "GALAXY").get("/api/v1/units").then().statusCode(400)
                .body("detail", not(containsString("vn.parindex"))).body("errors[0].field", equalTo("level"));
        admin().body("""
                {"code": "X1", "name": "Tỉnh", "level": "PROVINCE", "validFrom": "hôm qua"}""").post("/api/v1/units").then()
                .statusCode(400).body("detail", equalTo("'hôm qua' is not a date (YYYY-MM-DD)"));
        given().contentType(ContentType.JSON).get("/api/v1/methodologies/PAR-PROVINCE-2020/versions/abc").then().statusCode(400)
                .body("detail", not(containsString("java.")));
    }
}
