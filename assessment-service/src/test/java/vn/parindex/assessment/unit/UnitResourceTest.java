package vn.parindex.assessment.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.TestTokens;

@QuarkusTest
class UnitResourceTest {

    private static String newCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String unitJson(String code, String name) {
        return """
                {"code": "%s", "name": "%s", "level": "PROVINCE", "validFrom": "1997-01-01", "validTo": "2025-06-30"}
                """.formatted(code, name);
    }

    private static io.restassured.specification.RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.token("admin")).contentType(ContentType.JSON);
    }

    @Test
    void adminRegistersAUnitAndAnyoneReadsIt() {
        String code = newCode();

        asAdmin().body(unitJson(code, "Bắc Giang")).post("/api/v1/units")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/units/" + code + "@1997-01-01"))
                .header("ETag", "\"1\"")
                .body("key", equalTo(code + "@1997-01-01")).body("code", equalTo(code)).body("name", equalTo("Bắc Giang"))
                .body("version", equalTo(1));

        given().get("/api/v1/units/" + code)
                .then().statusCode(200)
                .body("name", equalTo("Bắc Giang")).body("level", equalTo("PROVINCE"))
                .body("validTo", equalTo("2025-06-30")).body("parentCode", nullValue());
    }

    @Test
    void registeringTheSameUnitTwiceAnswersTheStoredOneAndADifferentOneConflicts() {
        String code = newCode();
        asAdmin().body(unitJson(code, "Bắc Kạn")).post("/api/v1/units").then().statusCode(201);

        asAdmin().body(unitJson(code, "Bắc Kạn")).post("/api/v1/units")
                .then().statusCode(200).body("version", equalTo(1));
        asAdmin().body(unitJson(code, "Bắc Cạn")).post("/api/v1/units")
                .then().statusCode(409).contentType("application/problem+json")
                .body("status", equalTo(409)).body("detail", containsString(code));
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        String code = newCode();
        asAdmin().body(unitJson(code, "Thừa Thiên Huế")).post("/api/v1/units").then().statusCode(201);

        given().queryParam("q", "THUA thien hue").get("/api/v1/units")
                .then().statusCode(200).body("items.code", hasItem(code));
        given().queryParam("q", "thừa thiên").queryParam("validOn", "2026-01-01").get("/api/v1/units")
                .then().statusCode(200).body("items.code", org.hamcrest.Matchers.not(hasItem(code)));
    }

    @Test
    void aStaleVersionIsAConflictAndTheCurrentOneChangesTheUnit() {
        String code = newCode();
        asAdmin().body(unitJson(code, "Lâm Đồng")).post("/api/v1/units").then().statusCode(201);

        asAdmin().header("If-Match", "\"1\"").body(unitJson(code, "Tỉnh Lâm Đồng")).put("/api/v1/units/" + code + "@1997-01-01")
                .then().statusCode(200).header("ETag", "\"2\"").body("version", equalTo(2));
        asAdmin().header("If-Match", "\"1\"").body(unitJson(code, "Lâm Đồng cũ")).put("/api/v1/units/" + code + "@1997-01-01")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("version 2"));
        given().get("/api/v1/units/" + code).then().body("name", equalTo("Tỉnh Lâm Đồng"));
    }

    @Test
    void writesNeedTheAdminRole() {
        given().contentType(ContentType.JSON).body(unitJson(newCode(), "Hà Nội")).post("/api/v1/units")
                .then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        given().auth().oauth2(TestTokens.token("unit", "24")).contentType(ContentType.JSON)
                .body(unitJson(newCode(), "Hà Nội")).post("/api/v1/units")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        given().auth().oauth2("not-a-token").contentType(ContentType.JSON).body(unitJson(newCode(), "Hà Nội"))
                .post("/api/v1/units")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void malformedJsonIsABadRequest() {
        asAdmin().body("{\"code\": \"X1\", \"name\": ").post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("title", equalTo("Invalid request")).body("detail", containsString("not valid JSON"));
    }

    @Test
    void anUnknownLevelNamesTheFieldAndTheAllowedValues() {
        asAdmin().body("""
                {"code": "X2", "name": "Hà Nội", "level": "REGION", "validFrom": "2008-08-01"}
                """).post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("level")).body("detail", containsString("PROVINCE"));
    }

    @Test
    void aWrongTypeNamesTheField() {
        asAdmin().body("""
                {"code": "X3", "name": "Hà Nội", "level": "PROVINCE", "validFrom": "first of August"}
                """).post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("validFrom"));
    }

    @Test
    void missingAndInvalidFieldsAreAllNamed() {
        asAdmin().body("""
                {"code": "bad code!", "level": "PROVINCE", "validFrom": "2008-08-01"}
                """).post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("code", "name"));
    }

    @Test
    void anUnknownFieldIsRejected() {
        asAdmin().body("""
                {"code": "X4", "name": "Hà Nội", "level": "PROVINCE", "validFrom": "2008-08-01", "parent": "01"}
                """).post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("parent")).body("detail", containsString("unknown field"));
    }

    @Test
    void anUnknownParentIsRejected() {
        asAdmin().body("""
                {"code": "%s", "name": "Đà Lạt", "level": "DISTRICT", "parentCode": "NO-SUCH", "validFrom": "2008-08-01"}
                """.formatted(newCode())).post("/api/v1/units")
                .then().statusCode(400).body("errors.field", contains("parentCode"));
    }

    @Test
    void anUnknownUnitIsNotFound() {
        given().get("/api/v1/units/NO-SUCH-UNIT")
                .then().statusCode(404).contentType("application/problem+json").body("instance", equalTo("/api/v1/units/NO-SUCH-UNIT"));
    }
}
