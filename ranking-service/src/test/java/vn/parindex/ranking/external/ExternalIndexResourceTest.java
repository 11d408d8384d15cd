package vn.parindex.ranking.external;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.TestTokens;

@QuarkusTest
class ExternalIndexResourceTest {

    private static final String HEADER = "unit,name,D1,D2,D3,D4,D5,D6,D7,D8,D6.1,D6.2\n";

    private static byte[] csv(String rows) {
        return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPapiYearIsImportedAndRanked() {
        String rows = """
                01,Thành phố Hà Nội,5,5,5,5,5,6,5,5,3,3
                60,Tỉnh Bình Thuận,6,6,6,6,6,6,6,6,2.5,3.5
                24,Tỉnh Bắc Giang,5,5,5,5,5,5,5,5,,
                06,Tỉnh Bắc Kạn,4,4,4,4,4,4,4,4,,
                """;
        given().auth().oauth2(TestTokens.token("admin")).contentType("text/csv").body(csv(rows))
                .post("/api/v1/external-indices/PAPI/2019").then().statusCode(200)
                .body("accepted", equalTo(4)).body("written", equalTo(true));
        given().get("/api/v1/external-indices/PAPI/2019").then().statusCode(200)
                .body("fieldSize", equalTo(4)).body("rows.unitCode", contains("60", "01", "24", "06"))
                .body("index", equalTo("PAPI")).body("code", equalTo("PAPI-2019")).body("family", equalTo("PAPI"))
                .body("rows[0].points", equalTo(48.0f)).body("rows[0].maxPoints", equalTo(80.0f)).body("rows[0].percent", equalTo(60))
                .body("rows.band", contains("Q1", "Q2", "Q3", "Q4")).body("rows[1].areas.find { it.code == 'D6' }.rank", equalTo(1));
        String csv = given().accept("text/csv").queryParam("lang", "vi").get("/api/v1/external-indices/PAPI/2019").then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals("1;4;60;Tỉnh Bình Thuận;48;80;60,00;Q1;6;6;6;6;6;6;6;6;1;1;1;1;1;1;1;1",
                csv.lines().toList().get(1));
        given().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").get("/api/v1/external-indices/PAPI/2019")
                .then().statusCode(200).header("Content-Disposition", org.hamcrest.Matchers.containsString("PAPI-2019.xlsx"));
    }

    /**
     * A reader that sends the table's ETag back gets 304 without a body while the table is unchanged, and the new table
     * at once after an import on this replica (the stamps readers reuse are cleared when the import commits).
     */
    @Test
    void anUnchangedTableIsAnswered304AndAChangedOneAtOnce() {
        given().auth().oauth2(TestTokens.token("admin")).contentType("text/csv").body(csv("01,Thành phố Hà Nội,5,5,5,5,5,6,5,5,3,3\n"))
                .post("/api/v1/external-indices/PAPI/2013").then().statusCode(200);
        var first = given().get("/api/v1/external-indices/PAPI/2013").then().statusCode(200)
                .header("Cache-Control", equalTo("public, no-cache")).header("Vary", equalTo("Accept, Accept-Language"))
                .body("rows[0].points", equalTo(41.0f)).extract();
        String etag = first.header("ETag");
        org.junit.jupiter.api.Assertions.assertTrue(etag != null && etag.startsWith("W/\""), etag);
        given().header("If-None-Match", etag).get("/api/v1/external-indices/PAPI/2013").then().statusCode(304)
                .header("ETag", equalTo(etag)).body(equalTo(""));
        given().header("If-None-Match", "\"other\", " + etag.substring(2)).get("/api/v1/external-indices/PAPI/2013").then().statusCode(304);
        // another way of asking is another representation: its own tag
        String csvTag = given().accept("text/csv").get("/api/v1/external-indices/PAPI/2013").then().statusCode(200).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, csvTag);
        given().header("If-None-Match", etag).queryParam("q", "ha noi").get("/api/v1/external-indices/PAPI/2013").then().statusCode(200);

        given().auth().oauth2(TestTokens.token("admin")).contentType("text/csv").body(csv("01,Thành phố Hà Nội,6,5,5,5,5,6,5,5,3,3\n"))
                .post("/api/v1/external-indices/PAPI/2013").then().statusCode(200);
        String changed = given().header("If-None-Match", etag).get("/api/v1/external-indices/PAPI/2013").then().statusCode(200)
                .body("rows[0].points", equalTo(42.0f)).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, changed);
    }

    /** The importer's title names the table (to say the figures are illustrative); a new import without one drops it. */
    @Test
    void aYearIsShownUnderTheTitleItsImportGave() {
        String rows = "01,Thành phố Hà Nội,5,5,5,5,5,6,5,5,3,3\n";
        String title = "PAPI 2014: quản trị và hành chính công cấp tỉnh (dữ liệu minh họa)";
        given().auth().oauth2(TestTokens.token("admin")).contentType("text/csv").body(csv(rows)).queryParam("title", title)
                .post("/api/v1/external-indices/PAPI/2014").then().statusCode(200);
        given().get("/api/v1/external-indices/PAPI/2014").then().statusCode(200).body("name", equalTo(title));
        given().get("/api/v1/catalog").then().statusCode(200)
                .body("find { it.code == 'PAPI-2014' }.name", equalTo(title));
        given().auth().oauth2(TestTokens.token("admin")).contentType("text/csv").body(csv(rows)).queryParam("title", "PAPI\u0000")
                .post("/api/v1/external-indices/PAPI/2014").then().statusCode(400).body("errors[0].field", equalTo("title"));
        given().auth().oauth2(TestTokens.token("admin")).contentType("text/csv").body(csv(rows)).queryParam("title", "x".repeat(201))
                .post("/api/v1/external-indices/PAPI/2014").then().statusCode(400).body("errors[0].field", equalTo("title"));
        given().get("/api/v1/external-indices/PAPI/2014").then().statusCode(200).body("name", equalTo(title));
        given().auth().oauth2(TestTokens.token("admin")).contentType("text/csv").body(csv(rows))
                .post("/api/v1/external-indices/PAPI/2014").then().statusCode(200);
        given().get("/api/v1/external-indices/PAPI/2014").then().statusCode(200).body("name", equalTo("PAPI 2014"));
    }

    /** Bắc Kạn goes from 3/3 in 2016 to 1/3 in 2017, up 2 (32 → 56 points); Bình Thuận, not in 2016, is NEW. */
    @Test
    void aYearComparesWithThePreviousYearsImport() {
        given().auth().oauth2(TestTokens.token("admin")).contentType("text/csv").body(csv("""
                01,Thành phố Hà Nội,5,5,5,5,5,6,5,5,3,3
                24,Tỉnh Bắc Giang,5,5,5,5,5,5,5,5,,
                06,Tỉnh Bắc Kạn,4,4,4,4,4,4,4,4,,
                """)).post("/api/v1/external-indices/PAPI/2016").then().statusCode(200);
        given().auth().oauth2(TestTokens.token("admin")).contentType("text/csv").body(csv("""
                01,Thành phố Hà Nội,5,5,5,5,5,6,5,5,3,3
                06,Tỉnh Bắc Kạn,7,7,7,7,7,7,7,7,,
                60,Tỉnh Bình Thuận,4,4,4,4,4,4,4,4,,
                """)).post("/api/v1/external-indices/PAPI/2017").then().statusCode(200);
        given().get("/api/v1/external-indices/PAPI/2017").then().statusCode(200)
                .body("rows[0].unitCode", equalTo("06")).body("rows[0].change.previousRank", equalTo(3))
                .body("rows[0].change.rankChange", equalTo(2)).body("rows[0].change.pointsChange", equalTo(24.0f))
                .body("rows[2].change.basis", equalTo("NEW"));
    }

    @Test
    void oneFaultyRowRefusesTheFileAndTheReportNamesEachFault() {
        String rows = """
                01,Thành phố Hà Nội,5,5,5,5,5,6,5,5,3,2.5
                60,Tỉnh Bình Thuận,6,6,6,6,6,6,6,11,,
                60,Tỉnh Bình Thuận (lặp),6,6,6,6,6,6,6,6,,
                24,Tỉnh Bắc Giang,5,5,5,5,5,5,5,năm,,
                """;
        given().auth().oauth2(TestTokens.token("admin")).contentType("text/csv").body(csv(rows))
                .post("/api/v1/external-indices/PAPI/2018").then().statusCode(400)
                .body("written", equalTo(false)).body("rejected", equalTo(4))
                .body("rows.findAll { it.outcome == 'REJECTED' }.field", contains("D6", "D8", "unit", "D8"))
                .body("rows.findAll { it.outcome == 'REJECTED' }.row", contains(2, 3, 4, 5));
        given().get("/api/v1/external-indices/PAPI/2018").then().statusCode(404);
        given().auth().oauth2(TestTokens.token("admin")).contentType("text/csv")
                .body("unit,name,D1\n01,Hà Nội,5\n".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/external-indices/PAPI/2018").then().statusCode(400).body("errors[0].field", equalTo("header.D2"));
        given().auth().oauth2(TestTokens.token("appraiser")).contentType("text/csv").body(csv(""))
                .post("/api/v1/external-indices/PAPI/2018").then().statusCode(403);
        given().auth().oauth2(TestTokens.token("admin")).contentType("text/csv").body(csv(""))
                .post("/api/v1/external-indices/HDI/2018").then().statusCode(400).body("errors[0].field", equalTo("index"));
    }
}
