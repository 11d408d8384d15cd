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
    void theRowsShownComeBackAsTheSameSheetAsTheTablesOwn() {
        String body = """
                {"name": "PAR-2020-PROVINCE", "header": ["Hạng", "Đơn vị", "Điểm"],
                 "rows": [["13/63", "Bắc Giang", 85.59], ["59/63", "Bắc Kạn", 78.5668]]}""";
        String csv = given().contentType("application/json").body(body).queryParam("format", "csv").queryParam("lang", "vi")
                .post("/api/v1/sheets").then().statusCode(200).header("Content-Disposition", containsString("PAR-2020-PROVINCE.csv"))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(List.of("\uFEFFHạng;Đơn vị;Điểm", "13/63;Bắc Giang;85,59", "59/63;Bắc Kạn;78,5668"),
                csv.lines().toList());
        given().contentType("application/json").body(body).post("/api/v1/sheets").then().statusCode(200)
                .contentType(containsString("spreadsheetml"));
        given().contentType("application/json").body("""
                {"name": "t", "header": ["a", "b"], "rows": [["1"]]}""").post("/api/v1/sheets").then().statusCode(400)
                .body("errors[0].field", equalTo("rows[0]"));
    }
}
