package vn.parindex.assessment.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.TestTokens;

/** The reference units shipped with the service and the lineage between them (domain §5). */
@QuarkusTest
class UnitLineageTest {

    @Test
    void sixtyThreeProvincesBeforeTheReformAndThirtyFourAfter() {
        assertEquals(63, provinceCodesValidOn("2020-12-31").size());
        assertEquals(34, provinceCodesValidOn("2025-07-01").size());
        assertEquals(34, provinceCodesValidOn("2026-11-27").size());
    }

    /** The reference provinces (two-digit codes; other tests register units with longer codes in the same database). */
    private static List<String> provinceCodesValidOn(String date) {
        List<String> codes = given().queryParam("level", "PROVINCE").queryParam("validOn", date).queryParam("limit", 1000)
                .get("/api/v1/units").then().statusCode(200).extract().jsonPath().getList("items.code", String.class);
        return codes.stream().filter(code -> code.matches("\\d\\d")).toList();
    }

    @Test
    void code24IsBacGiangIn2020AndTheMergedBacNinhFromJuly2025() {
        given().queryParam("validOn", "2020-12-31").get("/api/v1/units/24").then().statusCode(200)
                .body("key", equalTo("24@2008-08-01")).body("name", equalTo("Tỉnh Bắc Giang"))
                .body("successors.key", contains("24@2025-07-01")).body("successors.kind", contains("MERGE"))
                .body("successors.effectiveDate", contains("2025-07-01"));
        given().queryParam("validOn", "2025-07-01").get("/api/v1/units/24").then().statusCode(200)
                .body("key", equalTo("24@2025-07-01")).body("name", equalTo("Tỉnh Bắc Ninh"))
                .body("predecessors.key", containsInAnyOrder("24@2008-08-01", "27@2008-08-01"))
                .body("successors", empty());
    }

    @Test
    void lamDongTodayWasMadeOfBinhThuanDakNongAndLamDong() {
        given().get("/api/v1/units/68@2025-07-01").then().statusCode(200)
                .body("predecessors.key", containsInAnyOrder("60@2008-08-01", "67@2008-08-01", "68@2008-08-01"));
    }

    @Test
    void unchangedProvincesCarryOnWithoutLineage() {
        given().queryParam("validOn", "2026-01-01").get("/api/v1/units/01").then().statusCode(200)
                .body("key", equalTo("01@2008-08-01")).body("predecessors", empty()).body("successors", empty());
    }

    @Test
    void thuaThienHueWasRenamedHue() {
        given().get("/api/v1/units/46@2008-08-01").then().statusCode(200)
                .body("name", equalTo("Tỉnh Thừa Thiên Huế")).body("validTo", equalTo("2024-12-31"))
                .body("successors.key", contains("46@2025-01-01")).body("successors.kind", contains("RENAME"));
    }

    @Test
    void theTwelveDistrictsOfLamDongIn2022EndedWithTheDistrictLevel() {
        given().queryParam("parent", "68@2008-08-01").queryParam("validOn", "2022-12-31").get("/api/v1/units")
                .then().statusCode(200).body("items", hasSize(12))
                .body("items.name", hasItem("Huyện Đức Trọng")).body("items.name", hasItem("Thành phố Đà Lạt"));
        given().queryParam("q", "duc trong").get("/api/v1/units").then().statusCode(200)
                .body("items[0].successors.kind", contains("ABOLISH")).body("items[0].validTo", equalTo("2025-06-30"));
    }

    @Test
    void anAdminRecordsAMergeAndBothSidesShowIt() {
        String a = "M" + UUID.randomUUID().toString().substring(0, 6);
        String b = "M" + UUID.randomUUID().toString().substring(0, 6);
        String c = "M" + UUID.randomUUID().toString().substring(0, 6);
        register(a, "Xã An Bình", "2010-01-01", "2024-12-31");
        register(b, "Xã Bình An", "2010-01-01", "2024-12-31");
        register(c, "Xã An Bình Mới", "2025-01-01", null);
        String merge = """
                {"kind": "MERGE", "effectiveDate": "2025-01-01", "from": ["%s@2010-01-01", "%s@2010-01-01"], "to": ["%s@2025-01-01"]}
                """.formatted(a, b, c);

        given().auth().oauth2(TestTokens.token("admin")).contentType(ContentType.JSON).body(merge).post("/api/v1/unit-changes")
                .then().statusCode(200).body("key", contains(a + "@2010-01-01", b + "@2010-01-01", c + "@2025-01-01"));
        given().auth().oauth2(TestTokens.token("admin")).contentType(ContentType.JSON).body(merge).post("/api/v1/unit-changes")
                .then().statusCode(200);

        given().get("/api/v1/units/" + c).then().statusCode(200).body("version", equalTo(2))
                .body("predecessors.key", containsInAnyOrder(a + "@2010-01-01", b + "@2010-01-01"));
        given().get("/api/v1/units/" + a).then().body("successors.key", contains(c + "@2025-01-01")).body("version", equalTo(2));
    }

    @Test
    void aChangeWhoseDatesDoNotMeetIsRefusedNamingTheUnit() {
        String a = "M" + UUID.randomUUID().toString().substring(0, 6);
        String b = "M" + UUID.randomUUID().toString().substring(0, 6);
        register(a, "Xã Cũ", "2010-01-01", "2024-06-30");
        register(b, "Xã Mới", "2025-01-01", null);

        given().auth().oauth2(TestTokens.token("admin")).contentType(ContentType.JSON).body("""
                {"kind": "RENAME", "effectiveDate": "2025-01-01", "from": ["%s@2010-01-01"], "to": ["%s@2025-01-01"]}
                """.formatted(a, b)).post("/api/v1/unit-changes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("from[0]")).body("detail", containsString("2024-12-31"));
        given().auth().oauth2(TestTokens.token("admin")).contentType(ContentType.JSON).body("""
                {"kind": "MERGE", "effectiveDate": "2025-01-01", "from": ["%s@2010-01-01"], "to": ["%s@2025-01-01"]}
                """.formatted(a, b)).post("/api/v1/unit-changes")
                .then().statusCode(400).body("detail", containsString("two or more"));
        given().auth().oauth2(TestTokens.token("admin")).contentType(ContentType.JSON).body("""
                {"kind": "SPLIT", "effectiveDate": "2025-01-01", "from": ["NO-SUCH@2010-01-01"], "to": ["%s@2025-01-01", "%s@2025-01-01"]}
                """.formatted(b, b)).post("/api/v1/unit-changes")
                .then().statusCode(400).body("errors[0].field", equalTo("from[0]"));
    }

    @Test
    void aCodeNamesOneUnitOfALevelAtATime() {
        given().auth().oauth2(TestTokens.token("admin")).contentType(ContentType.JSON).body("""
                {"code": "24", "name": "Tỉnh Bắc Giang (trùng)", "level": "PROVINCE", "validFrom": "2020-01-01", "validTo": "2020-12-31"}
                """).post("/api/v1/units")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("24@2008-08-01"));
    }

    @Test
    void recordingChangesNeedsTheAdminRole() {
        given().auth().oauth2(TestTokens.token("appraiser")).contentType(ContentType.JSON).body("""
                {"kind": "ABOLISH", "effectiveDate": "2025-07-01", "from": ["672@2008-08-01"], "to": []}
                """).post("/api/v1/unit-changes").then().statusCode(403);
    }

    private static void register(String code, String name, String validFrom, String validTo) {
        given().auth().oauth2(TestTokens.token("admin")).contentType(ContentType.JSON).body("""
                {"code": "%s", "name": "%s", "level": "COMMUNE", "validFrom": "%s", "validTo": %s}
                """.formatted(code, name, validFrom, validTo == null ? "null" : "\"" + validTo + "\""))
                .post("/api/v1/units").then().statusCode(201);
    }
}
