package vn.parindex.ranking.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input that once broke the service or a reader's spreadsheet. */
@QuarkusTest
class HostileInputTest {

    @Test
    void aNulInAPathOrQueryParameterIsA400NamingIt() {
        given().urlEncodingEnabled(false).get("/api/v1/units/%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("path"));
        given().queryParam("q", "a\u0000").get("/api/v1/units").then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void aWrongValueIsNamedInTheApisWordsNotAsAJavaClass() {
        given().queryParam("visibility", "X").get("/api/v1/league-tables/ANY").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("visibility"))
                .body("detail", not(containsString("vn.parindex"))).body("detail", not(containsString("enum")));
    }

    @Test
    void thePagesCarryAContentSecurityPolicyAndAreAskedForAgainAfterAnUpgrade() {
        given().get("/app/index.html").then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'self'"))
                .header("Cache-Control", equalTo("no-cache"));
        given().get("/app/app.js").then().statusCode(200).header("Cache-Control", equalTo("no-cache"));
        given().get("/api/v1/catalog").then().header("Content-Security-Policy", containsString("default-src 'none'"));
        given().get("/api/v1/league-tables/" + "x".repeat(9_000)).then().statusCode(414).contentType("application/problem+json");
    }

    @Test
    void anImportedRowWithAControlCharacterOrALongNameIsRefusedAndNothingIsWritten() {
        String header = "unit,name,D1,D2,D3,D4,D5,D6,D7,D8,D6.1,D6.2";
        String csv = header + "\n01,Hà\u0000Nội,5,5,5,5,5,6,5,5,3,3\n24,Tỉnh " + "x".repeat(300) + ",5,5,5,5,5,5,5,5,,\n";
        given().auth().oauth2(vn.parindex.ranking.TestTokens.token("admin")).contentType("text/csv")
                .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/api/v1/external-indices/PAPI/2011").then()
                .statusCode(400).body("written", equalTo(false))
                .body("rows.findAll { it.outcome == 'REJECTED' }.field", org.hamcrest.Matchers.contains("name", "name"));
        given().get("/api/v1/external-indices/PAPI/2011").then().statusCode(404);
    }

    @Test
    void sheetCellsASpreadsheetWouldEvaluateStayText() {
        String csv = LeagueTableSheet.csv(List.of("Đơn vị", "Ghi chú"),
                List.<List<Object>>of(List.of("=1+1", "@SUM(A1)"), List.of("-2+3", "+84"), List.of("Bắc Giang", "bình thường")), false);
        assertEquals(List.of("Đơn vị,Ghi chú", "'=1+1,'@SUM(A1)", "'-2+3,'+84", "Bắc Giang,bình thường"), csv.lines().toList());
    }
}
