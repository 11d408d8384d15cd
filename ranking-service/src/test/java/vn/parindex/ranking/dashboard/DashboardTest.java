package vn.parindex.ranking.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.TestTokens;

/** The dashboard is served by the service itself, asks nothing of any other host, and finds its tables in the catalog. */
@QuarkusTest
class DashboardTest {

    private static final List<String> FILES = List.of("index.html", "unit.html", "app.css", "app.js", "home.js", "unit.js", "charts.js");
    /** Any absolute URL other than the SVG namespace, which names rather than fetches. */
    private static final Pattern EXTERNAL = Pattern.compile("(https?:)?//(?!www\\.w3\\.org/2000/svg)[a-z0-9.-]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);

    @Test
    void theRootLeadsToTheDashboardWhichIsVietnameseByDefault() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", endsWith("/app/"));
        given().get("/app/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"vi\">")).body(containsString("Chỉ số cải cách hành chính"));
    }

    @Test
    void everyFileOfTheDashboardIsServedAndFetchesNothingFromAnotherHost() {
        for (String file : FILES) {
            String body = given().get("/app/" + file).then().statusCode(200).extract().asString();
            Matcher external = EXTERNAL.matcher(body);
            if (external.find()) {
                fail(file + " refers to another host: " + external.group());
            }
        }
    }

    @Test
    void theCatalogListsAnImportedYearWithThePathThatServesIt() {
        given().auth().oauth2(TestTokens.token("admin")).contentType("text/csv").body(("unit,name,D1,D2,D3,D4,D5,D6,D7,D8,D6.1,D6.2\n"
                + "24,Tỉnh Bắc Giang,5,5,5,5,5,5,5,5,,\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/external-indices/PAPI/2015").then().statusCode(200);
        given().get("/api/v1/catalog").then().statusCode(200)
                .body("find { it.code == 'PAPI-2015' }.index", equalTo("PAPI"))
                .body("find { it.code == 'PAPI-2015' }.year", equalTo(2015))
                .body("find { it.code == 'PAPI-2015' }.level", equalTo("PROVINCE"))
                .body("find { it.code == 'PAPI-2015' }.path", equalTo("/api/v1/external-indices/PAPI/2015"))
                .body("index", hasItem("PAPI"));
        String path = given().get("/api/v1/catalog").then().extract().path("find { it.code == 'PAPI-2015' }.path");
        given().get(path).then().statusCode(200).body("rows[0].unitName", equalTo("Tỉnh Bắc Giang"));
    }

    @Test
    void aDownloadHoldsTheRowsShownInTheirOrderWithEveryColumnOfTheTable() {
        given().auth().oauth2(TestTokens.token("admin")).contentType("text/csv").body(("unit,name,D1,D2,D3,D4,D5,D6,D7,D8,D6.1,D6.2\n"
                + "01,Thành phố Hà Nội,5,5,5,5,5,6,5,5,3,3\n24,Tỉnh Bắc Giang,6,6,6,6,6,6,6,6,,\n"
                + "06,Tỉnh Bắc Kạn,4,4,4,4,4,4,4,4,,\n20,Tỉnh Lạng Sơn,3,3,3,3,3,3,3,3,,\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/external-indices/PAPI/2013").then().statusCode(200);
        String path = "/api/v1/external-indices/PAPI/2013";
        // "bac" finds Bắc Giang and Bắc Kạn (not Lạng Sơn), by points from the fewest: the rows keep their own ranks
        given().queryParam("q", "bac").queryParam("sort", "points").get(path).then().statusCode(200)
                .body("rows.unitCode", org.hamcrest.Matchers.contains("06", "24")).body("rows.rank", org.hamcrest.Matchers.contains(3, 1))
                .body("fieldSize", equalTo(4));
        String csv = given().queryParam("q", "bac").queryParam("sort", "unit").queryParam("desc", "true").queryParam("format", "csv")
                .queryParam("lang", "vi").get(path).then().statusCode(200).contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("PAPI-2013.csv")).extract().asString();
        List<String> lines = csv.lines().toList();
        org.junit.jupiter.api.Assertions.assertEquals(3, lines.size(), csv);
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(0).startsWith("\uFEFFHạng;Số đơn vị;Mã đơn vị;Đơn vị;Điểm"), lines.get(0));
        org.junit.jupiter.api.Assertions.assertTrue(lines.get(1).startsWith("3;4;06;Tỉnh Bắc Kạn;") && lines.get(2).startsWith("1;4;24;Tỉnh Bắc Giang;"), csv);
        // a search of two words as a form or URLSearchParams sends it, with '+' for the space
        given().urlEncodingEnabled(false).get(path + "?q=bac+giang").then().statusCode(200).body("rows.unitCode", org.hamcrest.Matchers.contains("24"));
        given().queryParam("q", "Bắc Giang").get(path).then().statusCode(200).body("rows.unitCode", org.hamcrest.Matchers.contains("24"));
        given().queryParam("format", "xlsx").get(path).then().statusCode(200).contentType(containsString("spreadsheetml"));
        given().queryParam("sort", "height").get(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("format", "pdf").get(path).then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().post("/api/v1/sheets").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(404), equalTo(405)));
    }
}
