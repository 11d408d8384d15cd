package vn.parindex.ranking.standing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.Broker;

/**
 * A portal asks where its province stands without downloading whole tables: the unit's row in every official table of
 * a year, PAR then SIPAS, each as the whole table has it; and one row of one table.
 */
@QuarkusTest
class StandingResourceTest {

    private String run;
    private String u;
    private String v;

    @BeforeEach
    void connect() {
        run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        u = "U" + run;
        v = "V" + run;
        Broker.awaitReady();
    }

    @Test
    void aUnitsRowsInEveryOfficialTableOfTheYear() {
        String period = "PAR-2020-" + run;
        String wave = "SIPAS-2020-" + run;
        result(period, u, "Tỉnh U", "85.59");
        result(period, v, "Tỉnh V", "78.5668");
        survey(wave, u, "80.2");
        survey(wave, v, "92.54");
        // both units in both tables: each result travels on its own record
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/units/" + u + "/standings?year=2020").then()
                .statusCode(200).body("standings", hasSize(2)).body("standings.row.fieldSize", contains(2, 2)));

        given().get("/api/v1/units/" + u + "/standings?year=2020").then().statusCode(200)
                .body("unitCode", equalTo(u)).body("unitName", equalTo("Tỉnh U")).body("year", equalTo(2020))
                .body("standings.index", contains("PAR", "SIPAS")).body("standings.code", contains(period, wave))
                .body("standings.table", contains("/api/v1/league-tables/" + period, "/api/v1/league-tables/sipas/" + wave))
                .body("standings[0].row.rank", equalTo(1)).body("standings[0].row.fieldSize", equalTo(2))
                .body("standings[0].row.points", equalTo(85.59f)).body("standings[0].row.band", equalTo("A"))
                .body("standings[1].row.rank", equalTo(2)).body("standings[1].row.rankLow", equalTo(2))
                .body("standings[1].row.percent", equalTo(80.2f));
        // without a year: the latest year that ranks the unit
        given().get("/api/v1/units/" + v + "/standings").then().statusCode(200).body("year", equalTo(2020))
                .body("standings.row.rank", contains(2, 1));
        given().get("/api/v1/units/" + u + "/standings?year=2019").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/units/" + u + "/standings?year=twenty").then().statusCode(400)
                .contentType("application/problem+json");

        given().get("/api/v1/league-tables/" + period + "/units/" + v).then().statusCode(200)
                .body("code", equalTo(period)).body("row.rank", equalTo(2)).body("row.unitCode", equalTo(v))
                .body("table", equalTo("/api/v1/league-tables/" + period));
        given().get("/api/v1/league-tables/sipas/" + wave + "/units/" + v).then().statusCode(200).body("row.rank", equalTo(1));
        given().get("/api/v1/league-tables/" + period + "/units/NOBODY").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/league-tables/NO-SUCH-" + run + "/units/" + u).then().statusCode(404);
    }

    private static void result(String period, String unit, String name, String total) {
        Broker.send("parindex.internal.assessment-progress.v1", period + "/" + unit, "parindex.assessment-result.changed.v1", """
                {"periodCode":"%s","periodName":"Chỉ số CCHC 2020","year":2020,"methodologyCode":"PAR-PROVINCE-2020","methodologyVersion":1,\
                "tieRule":"STANDARD_COMPETITION","unitKey":"%s@2008-08-01","unitCode":"%s","unitName":"%s","parentKey":null,"status":"PUBLISHED",\
                "areas":[],"total":%s,"maxPoints":100,"indexPercent":%s,"band":"A","bandName":"A","complete":true,"version":1}"""
                .formatted(period, unit, unit, name, total, total));
    }

    private static void survey(String wave, String unit, String percent) {
        Broker.send("parindex.internal.survey-progress.v1", wave + "/" + unit, "parindex.survey-result.changed.v1", """
                {"waveCode": "%s", "waveName": "SIPAS 2020", "year": 2020, "unitLevel": "PROVINCE", "unitCode": "%s",
                 "unitName": "Tỉnh %s", "waveStatus": "CLOSED", "target": 400, "result": {"respondents": 400,
                 "index": {"percent": %s, "standardError": 1.0, "ciLow": 78, "ciHigh": 95},
                 "factors": [], "items": [], "group": "A"}, "version": 1, "waveResults": 2}""".formatted(wave, unit, unit.substring(0, 1), percent));
    }
}
