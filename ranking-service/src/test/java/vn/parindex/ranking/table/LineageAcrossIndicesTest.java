package vn.parindex.ranking.table;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.Broker;
import vn.parindex.ranking.TestTokens;

/**
 * Lineage reaches every index, not only the PAR Index: provinces A and B merge into C on 2025-07-01 (as 63 became 34),
 * and SIPAS and PAPI, which name units by code, still tell C's 2025 row where it came from and show its history through
 * A and B. The tables come out of the one pipeline, so the same rules hold for each.
 */
@QuarkusTest
class LineageAcrossIndicesTest {

    private String run;
    private String a;
    private String b;
    private String c;
    private String z;

    @BeforeEach
    void connect() {
        run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        a = "A" + run;
        b = "B" + run;
        c = "C" + run;
        z = "Z" + run;
        Broker.awaitReady();
        String merger = "{\"key\":\"%s\",\"kind\":\"MERGE\",\"effectiveDate\":\"2025-07-01\"}";
        unit(a, "Tỉnh A", "2008-08-01", "2025-06-30", "[]", "[" + merger.formatted(c + "@2025-07-01") + "]");
        unit(b, "Tỉnh B", "2008-08-01", "2025-06-30", "[]", "[" + merger.formatted(c + "@2025-07-01") + "]");
        unit(c, "Tỉnh C", "2025-07-01", null, "[" + merger.formatted(a + "@2008-08-01") + "," + merger.formatted(b + "@2008-08-01") + "]", "[]");
        unit(z, "Tỉnh Z", "2008-08-01", null, "[]", "[]");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/units/" + c + "@2025-07-01").then().statusCode(200)
                .body("predecessors.key", containsInAnyOrder(a + "@2008-08-01", b + "@2008-08-01")));
        // every unit the tables below name: each travels on its own record
        for (String key : List.of(a + "@2008-08-01", b + "@2008-08-01", z + "@2008-08-01")) {
            await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/api/v1/units/" + key).statusCode() == 200);
        }
    }


    /** SIPAS 2024: Z 90, A 85, B 80; SIPAS 2025: C 88 above Z 87. C is MERGED from A (2/3) and B (3/3), not "new". */
    @Test
    void aMergedProvincesSatisfactionRowNamesItsPredecessors() {
        String before = "SIPAS-2024-" + run;
        String after = "SIPAS-2025-" + run;
        survey(before, 2024, z, "90");
        survey(before, 2024, a, "85");
        survey(before, 2024, b, "80");
        survey(after, 2025, c, "88");
        survey(after, 2025, z, "87");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/league-tables/sipas/" + after).then()
                .statusCode(200).body("fieldSize", equalTo(2)).body("rows[0].unitKey", equalTo(c + "@2025-07-01")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/league-tables/sipas/" + before).then()
                .statusCode(200).body("fieldSize", equalTo(3)));

        given().get("/api/v1/league-tables/sipas/" + after).then()
                .body("rows[0].change.basis", equalTo("MERGED"))
                .body("rows[0].change.predecessors.previous.rank", containsInAnyOrder(2, 3))
                .body("rows[1].change.basis", equalTo("SAME_UNIT")).body("rows[1].change.rankChange", equalTo(-1));
        // a reader of the sheet sees where the merged province came from, not an empty change
        String sheet = given().accept("text/csv").get("/api/v1/league-tables/sipas/" + after).then().statusCode(200).extract().asString();
        String merged = sheet.lines().filter(line -> line.contains("," + c + ",")).findFirst().orElseThrow();
        assertTrue(merged.contains("MERGED,") && merged.contains("Tỉnh " + a + ": 2/3, 85") && merged.contains("Tỉnh " + b + ": 3/3, 80"), merged);
        given().get("/api/v1/units/" + c + "@2025-07-01/history?family=SIPAS-PROVINCE").then().statusCode(200)
                .body("years.code", contains(before, before, after))
                .body("years.relation", contains("MERGE_PREDECESSOR", "MERGE_PREDECESSOR", "SELF"))
                .body("years.rank", contains(2, 3, 1))
                // the break, by its kind and date, as the unit page labels it
                .body("breaks.kind", contains("MERGE")).body("breaks.effectiveDate", contains("2025-07-01"));
        given().get("/api/v1/catalog").then().body("find { it.code == '" + after + "' }.family", equalTo("SIPAS-PROVINCE"));
    }

    /** PAPI 2024: A 48, Z 40, B 32; PAPI 2025: Z 50, C 45. The same lineage, through the imported scores' codes. */
    @Test
    void aMergedProvincesPapiRowNamesItsPredecessors() {
        papi(2024, a + ",Tỉnh A,6,6,6,6,6,6,6,6\n" + z + ",Tỉnh Z,5,5,5,5,5,5,5,5\n" + b + ",Tỉnh B,4,4,4,4,4,4,4,4\n");
        papi(2025, z + ",Tỉnh Z,6.25,6.25,6.25,6.25,6.25,6.25,6.25,6.25\n" + c + ",Tỉnh C,5.625,5.625,5.625,5.625,5.625,5.625,5.625,5.625\n");

        given().get("/api/v1/external-indices/PAPI/2025").then().statusCode(200)
                .body("rows.unitCode", hasItem(c))
                .body("rows.find { it.unitCode == '" + c + "' }.unitKey", equalTo(c + "@2025-07-01"))
                .body("rows.find { it.unitCode == '" + c + "' }.change.basis", equalTo("MERGED"))
                .body("rows.find { it.unitCode == '" + z + "' }.change.basis", equalTo("SAME_UNIT"))
                .body("rows.find { it.unitCode == '" + z + "' }.change.pointsChange", equalTo(10.0f));
        given().get("/api/v1/units/" + c + "@2025-07-01/history?family=PAPI").then().statusCode(200)
                .body("years.unitKey", containsInAnyOrder(a + "@2008-08-01", b + "@2008-08-01", c + "@2025-07-01"))
                .body("years.find { it.relation == 'SELF' }.code", equalTo("PAPI-2025"));
    }

    /**
     * A table also reads the units: a wave closed before its province was replicated went out without the unit's key;
     * once the unit arrives, the table goes out again, with it, under the next version.
     */
    @Test
    void anOfficialTableIsPublishedAgainWhenAUnitItReadsArrives() {
        ConsumerTask<String, String> tables = Broker.companion().consumeStrings().withGroupId("test-" + UUID.randomUUID())
                .withProp("auto.offset.reset", "earliest").fromTopics("parindex.league-tables.v1");
        String late = "N" + run;
        String wave = "SIPAS-LATE-" + run;
        survey(wave, 2026, late, "91");
        survey(wave, 2026, z, "85");
        String key = "SIPAS/" + wave;
        await().atMost(Duration.ofSeconds(20)).until(() -> tables.getRecords().stream()
                .anyMatch(r -> key.equals(r.key()) && r.value().contains("\"fieldSize\":2")));
        assertTrue(tables.getRecords().stream().filter(r -> key.equals(r.key())).allMatch(r -> !r.value().contains(late + "@")),
                "no unit key before the unit is known");
        long before = versions(tables, key).stream().max(Long::compare).orElseThrow();

        unit(late, "Tỉnh Đến Muộn", "2008-08-01", null, "[]", "[]");
        await().atMost(Duration.ofSeconds(20)).until(() -> tables.getRecords().stream()
                .anyMatch(r -> key.equals(r.key()) && r.value().contains("\"unitKey\":\"" + late + "@2008-08-01\"")));
        assertTrue(versions(tables, key).stream().max(Long::compare).orElseThrow() > before, "the table again, with a newer version");
        tables.stop();
    }

    private static List<Long> versions(ConsumerTask<String, String> tables, String key) {
        return tables.getRecords().stream().filter(r -> key.equals(r.key()))
                .map(r -> Long.parseLong(r.value().replaceAll("(?s).*\"version\":(\\d+).*", "$1"))).toList();
    }

    private void papi(int year, String rows) {
        given().auth().oauth2(TestTokens.token("admin")).contentType("text/csv")
                .body(("unit,name,D1,D2,D3,D4,D5,D6,D7,D8\n" + rows).getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/external-indices/PAPI/" + year).then().statusCode(200);
    }

    private void unit(String code, String name, String from, String to, String predecessors, String successors) {
        String key = code + "@" + from;
        Broker.send("parindex.units.v1", key, "parindex.unit.changed.v1", """
                {"key":"%s","code":"%s","name":"%s","level":"PROVINCE","parentKey":null,"validFrom":"%s","validTo":%s,\
                "predecessors":%s,"successors":%s,"version":1,"changedAt":"2026-11-27T00:00:00Z"}"""
                .formatted(key, code, name, from, to == null ? "null" : "\"" + to + "\"", predecessors, successors));
    }

    private void survey(String wave, int year, String unit, String percent) {
        Broker.send("parindex.internal.survey-progress.v1", wave + "/" + unit, "parindex.survey-result.changed.v1", """
                {"waveCode": "%s", "waveName": "SIPAS %d", "year": %d, "unitLevel": "PROVINCE", "unitCode": "%s",
                 "unitName": "Tỉnh %s", "waveStatus": "CLOSED", "target": 400, "result": {"respondents": 400,
                 "index": {"percent": %s, "standardError": 1.0, "ciLow": 80, "ciHigh": 95},
                 "factors": [], "items": [], "group": "A"}, "version": 1}""".formatted(wave, year, year, unit, unit, percent));
    }

}
