package vn.parindex.ranking.sipas;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.Broker;
import vn.parindex.ranking.TestTokens;

/** Over the real broker: survey results become a SIPAS table, official once the wave is closed, with rank intervals. */
@QuarkusTest
class SipasTableResourceTest {


    @BeforeEach
    void connect() {
        Broker.awaitReady();
    }


    @Test
    void finalResultsRankWithTheirIntervalsAndProvisionalOnesOnlyForStaff() {
        String wave = "SIPAS-T-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ConsumerTask<String, String> tables = Broker.companion().consumeStrings().withGroupId("test-" + UUID.randomUUID())
                .withProp("auto.offset.reset", "earliest").fromTopics("parindex.league-tables.v1");
        send(wave, "24", "Bắc Giang", "92.54", "0.9", "A", "OPEN", 1);
        send(wave, "06", "Bắc Kạn", "88.54", "1.1", "B", "OPEN", 1);
        send(wave, "60", "Bình Thuận", "80.2", "1.0", "C", "OPEN", 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.token("appraiser"))
                .queryParam("visibility", "PROVISIONAL").get("/api/v1/league-tables/sipas/" + wave).then().statusCode(200)
                .body("fieldSize", equalTo(3)));
        given().get("/api/v1/league-tables/sipas/" + wave).then().statusCode(404);
        given().queryParam("visibility", "PROVISIONAL").get("/api/v1/league-tables/sipas/" + wave).then().statusCode(401);

        // the year before (Bắc Giang 2019 ≈ 89.18 %, 9th; here 2nd of 2): the 2020 rows compare with it
        String previous = wave + "-2019";
        sendYear(previous, 2019, "24", "Bắc Giang", "89.18", "0.9", "B", "CLOSED", 1);
        sendYear(previous, 2019, "06", "Bắc Kạn", "90.00", "1.0", "A", "CLOSED", 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/league-tables/sipas/" + previous).then()
                .statusCode(200).body("fieldSize", equalTo(2)));
        send(wave, "24", "Bắc Giang", "92.54", "0.9", "A", "CLOSED", 2);
        send(wave, "06", "Bắc Kạn", "88.54", "1.1", "B", "CLOSED", 2);
        send(wave, "60", "Bình Thuận", "80.2", "1.0", "C", "CLOSED", 2);
        send(wave, "60", "Bình Thuận", "99", "1.0", "A", "OPEN", 1);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/league-tables/sipas/" + wave).then()
                .statusCode(200).body("fieldSize", equalTo(3)));
        given().get("/api/v1/league-tables/sipas/" + wave).then()
                .body("rows.unitCode", contains("24", "06", "60")).body("rows.rank", contains(1, 2, 3))
                .body("index", equalTo("SIPAS")).body("family", equalTo("SIPAS-PROVINCE"))
                .body("rows[1].band", equalTo("B")).body("rows[1].points", nullValue()).body("rows[1].fieldSize", equalTo(3))
                // 92.54 − 88.54 = 4 > 1.645 · √(0.9² + 1.1²) = 2.34: significant; 88.54 − 80.2 likewise
                .body("rows.differsFromNext", contains(true, true, null))
                .body("rows[0].rankLow", equalTo(1)).body("rows[0].rankHigh", equalTo(1))
                .body("rows[2].rankLow", equalTo(3)).body("rows[2].rankHigh", equalTo(3))
                .body("rows[0].change.previousRank", equalTo(2)).body("rows[0].change.rankChange", equalTo(1))
                .body("rows[0].change.pointsChange", equalTo(3.36f)).body("rows[2].change.basis", equalTo("NEW"));
        given().queryParam("factor", "TC").get("/api/v1/league-tables/sipas/" + wave).then().statusCode(200)
                .body("area", equalTo("TC")).body("rows[0].unitCode", equalTo("24")).body("rows[0].ciLow", nullValue())
                .body("rows[0].standardError", equalTo(0.9f)).body("rows[0].change.previousRank", equalTo(2));
        given().accept("text/csv").get("/api/v1/league-tables/sipas/" + wave).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("1,3,24,Bắc Giang,92.54,A,400,0.9000,80.0000,95.0000,1,1,92.54,1,2,2,1,3.36,SAME_UNIT"));
        given().queryParam("factor", "XX").get("/api/v1/league-tables/sipas/" + wave).then().statusCode(400)
                .body("errors[0].field", equalTo("factor"));

        // the official table went out on parindex.league-tables.v1 once, whole: never while a result was provisional
        String key = "SIPAS/" + wave;
        await().atMost(Duration.ofSeconds(20)).until(() -> tables.getRecords().stream().anyMatch(r -> key.equals(r.key())));
        List<String> published = tables.getRecords().stream().filter(r -> key.equals(r.key())).map(r -> r.value()).toList();
        for (String table : published) {
            assertTrue(table.contains("\"fieldSize\":3") && table.contains("\"visibility\":\"OFFICIAL\"") && table.contains("\"rankLow\""),
                    "published once every result was final, never unit by unit: " + table);
        }
        tables.stop();
    }

    @Test
    void aWaveWhoseUnitsFirstReportAtTheCloseBecomesOfficialWhole() {
        String wave = "SIPAS-W-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ConsumerTask<String, String> tables = Broker.companion().consumeStrings().withGroupId("test-" + UUID.randomUUID())
                .withProp("auto.offset.reset", "earliest").fromTopics("parindex.league-tables.v1");
        // no provisional result before: the close brings each unit's first result, and says the wave has three
        sendFinal(wave, "24", "Bắc Giang", "92.54", "A", 3);
        sendFinal(wave, "06", "Bắc Kạn", "88.54", "B", 3);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(TestTokens.token("appraiser"))
                .queryParam("visibility", "PROVISIONAL").get("/api/v1/league-tables/sipas/" + wave).then().statusCode(200)
                .body("fieldSize", equalTo(2)));
        given().get("/api/v1/league-tables/sipas/" + wave).then().statusCode(404);

        sendFinal(wave, "60", "Bình Thuận", "80.2", "C", 3);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/league-tables/sipas/" + wave).then()
                .statusCode(200).body("fieldSize", equalTo(3)).body("rows.unitCode", contains("24", "06", "60")));
        String key = "SIPAS/" + wave;
        await().atMost(Duration.ofSeconds(20)).until(() -> tables.getRecords().stream().anyMatch(r -> key.equals(r.key())));
        for (String table : tables.getRecords().stream().filter(r -> key.equals(r.key())).map(r -> r.value()).toList()) {
            assertTrue(table.contains("\"fieldSize\":3"), "published whole, never with two of the three units: " + table);
        }
        tables.stop();
    }

    private void send(String wave, String unit, String name, String percent, String se, String group, String status, long version) {
        sendYear(wave, 2020, unit, name, percent, se, group, status, version);
    }

    private void sendFinal(String wave, String unit, String name, String percent, String group, long waveResults) {
        Broker.send("parindex.internal.survey-progress.v1", wave + "/" + unit, "parindex.survey-result.changed.v1",
                payload(wave, 2020, unit, name, percent, "1.0", group, "CLOSED", 1).replace("\"version\"", "\"waveResults\": " + waveResults
                        + ", \"version\""));
    }

    private void sendYear(String wave, int year, String unit, String name, String percent, String se, String group, String status,
            long version) {
        Broker.send("parindex.internal.survey-progress.v1", wave + "/" + unit, "parindex.survey-result.changed.v1",
                payload(wave, year, unit, name, percent, se, group, status, version));
    }

    private static String payload(String wave, int year, String unit, String name, String percent, String se, String group,
            String status, long version) {
        return """
                {"waveCode": "%s", "waveName": "SIPAS", "year": %d, "unitLevel": "PROVINCE", "unitCode": "%s",
                 "unitName": "%s", "waveStatus": "%s", "target": 400, "result": {"respondents": 400,
                 "index": {"percent": %s, "standardError": %s, "ciLow": 80, "ciHigh": 95},
                 "factors": [{"code": "TC", "name": "Tiếp cận dịch vụ", "percent": %s, "standardError": %s}],
                 "items": [], "group": "%s"}, "version": %d}""".formatted(wave, year, unit, name, status, percent, se, percent, se, group,
                version);
    }
}
