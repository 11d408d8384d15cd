package vn.parindex.ranking.par;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.Broker;

/**
 * Over the real broker: a province renamed on 2025-01-01 (as Thừa Thiên Huế became Thành phố Huế) keeps its history:
 * its 2025 row compares with its former self, and its history shows both years, each rank with its field size.
 */
@QuarkusTest
class RankHistoryTest {

    private String run;

    @BeforeEach
    void connect() {
        run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Broker.awaitReady();
    }


    @Test
    void aRenamedUnitKeepsItsHistoryAndItsChange() {
        String old = "H" + run + "@2008-08-01";
        String renamed = "H" + run + "@2025-01-01";
        String other = "K" + run + "@2008-08-01";
        Broker.send("parindex.units.v1", old, "parindex.unit.changed.v1", unit(old, "Tỉnh Thừa Thiên Huế", "2008-08-01", "2024-12-31", "[]",
                "[{\"key\":\"" + renamed + "\",\"kind\":\"RENAME\",\"effectiveDate\":\"2025-01-01\"}]"));
        Broker.send("parindex.units.v1", renamed, "parindex.unit.changed.v1", unit(renamed, "Thành phố Huế", "2025-01-01", null,
                "[{\"key\":\"" + old + "\",\"kind\":\"RENAME\",\"effectiveDate\":\"2025-01-01\"}]", "[]"));
        String family = "PAR-H" + run;
        result("P2024-" + run, 2024, family + "-2024", old, "Tỉnh Thừa Thiên Huế", "88.0000");
        result("P2024-" + run, 2024, family + "-2024", other, "Tỉnh Khác", "90.0000");
        result("P2025-" + run, 2025, family + "-2025", renamed, "Thành phố Huế", "91.5000");
        result("P2025-" + run, 2025, family + "-2025", other, "Tỉnh Khác", "89.0000");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/units/" + renamed + "/history?family=" + family)
                .then().statusCode(200).body("years.year", contains(2024, 2025)).body("years.fieldSize", contains(2, 2)));

        given().get("/api/v1/units/" + renamed + "/history?family=" + family).then()
                .body("years.relation", contains("RENAME_PREDECESSOR", "SELF")).body("years.rank", contains(2, 1))
                .body("years[0].unitName", equalTo("Tỉnh Thừa Thiên Huế")).body("years.fieldSize", contains(2, 2));
        given().get("/api/v1/league-tables/P2025-" + run).then().statusCode(200)
                .body("rows[0].unitKey", equalTo(renamed)).body("rows[0].change.basis", equalTo("RENAMED"))
                .body("rows[0].change.rankChange", equalTo(1)).body("rows[0].change.pointsChange", equalTo(3.5f));
        given().get("/api/v1/units/" + renamed + "/history").then().statusCode(400).body("errors[0].field", equalTo("family"));
    }

    private static String unit(String key, String name, String from, String to, String predecessors, String successors) {
        return """
                {"key":"%s","code":"%s","name":"%s","level":"PROVINCE","parentKey":null,"validFrom":"%s","validTo":%s,\
                "predecessors":%s,"successors":%s,"version":1,"changedAt":"2026-11-27T00:00:00Z"}"""
                .formatted(key, key.substring(0, key.indexOf('@')), name, from, to == null ? "null" : "\"" + to + "\"", predecessors, successors);
    }

    private void result(String period, int year, String methodology, String unitKey, String name, String total) {
        String payload = """
                {"periodCode":"%s","periodName":"Chỉ số CCHC","year":%d,"methodologyCode":"%s","methodologyVersion":1,\
                "tieRule":"STANDARD_COMPETITION","unitKey":"%s","unitCode":"%s","unitName":"%s","parentKey":null,"status":"PUBLISHED",\
                "areas":[],"total":%s,"maxPoints":100,"indexPercent":%s,"band":"A","bandName":"A","complete":true,"version":1}"""
                .formatted(period, year, methodology, unitKey, unitKey.substring(0, unitKey.indexOf('@')), name, total, total);
        Broker.send("parindex.internal.assessment-progress.v1", period + "/" + unitKey, "parindex.assessment-result.changed.v1", payload);
    }

}
