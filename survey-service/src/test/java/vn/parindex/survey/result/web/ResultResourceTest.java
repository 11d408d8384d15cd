package vn.parindex.survey.result.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.survey.SurveyFixtures.admin;
import static vn.parindex.survey.SurveyFixtures.openWave;
import static vn.parindex.survey.SurveyFixtures.response;
import static vn.parindex.survey.SurveyFixtures.surveyor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResultResourceTest {

    /**
     * Ten respondents in Bắc Giang: eight answer 5 everywhere, two answer 2 everywhere, so every item, factor and the index
     * are 80 %. A batch of ten is one event, not ten.
     */
    @Test
    void aBatchBecomesOneResultWithItsUncertaintyAndIsPublished() {
        String wave = openWave(false);
        try (KafkaCompanion kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            ConsumerTask<String, String> events = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                    .withProp("auto.offset.reset", "earliest").fromTopics("parindex.internal.survey-progress.v1");
            List<Object> batch = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                batch.add(response(wave + "-r" + i, "24", i < 8 ? 5 : 2));
            }
            given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(batch)
                    .post("/api/v1/waves/" + wave + "/response-batches").then().statusCode(200).body("accepted", equalTo(10));
            await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(admin())
                    .get("/api/v1/waves/" + wave + "/results/24").statusCode() == 200);

            given().auth().oauth2(admin()).get("/api/v1/waves/" + wave + "/results/24").then().statusCode(200)
                    .body("version", equalTo(1)).body("waveStatus", equalTo("OPEN")).body("target", equalTo(10))
                    .body("coveragePercent", equalTo(100.0f)).body("result.respondents", equalTo(10))
                    .body("result.index.percent", equalTo(80)).body("result.group", equalTo("C"))
                    .body("result.factors", hasSize(5)).body("result.factors[4].percent", equalTo(80))
                    .body("result.items[0].satisfied", equalTo(8)).body("result.items[0].valid", equalTo(10))
                    .body("result.items[0].ciLow", equalTo(49.0162f)).body("result.items[0].ciHigh", equalTo(94.3318f))
                    .body("replicates", equalTo(200));
            float se = given().auth().oauth2(admin()).get("/api/v1/waves/" + wave + "/results/24").then()
                    .extract().path("result.index.standardError");
            // a share of 0.8 over 10 respondents: √(0.8 · 0.2 / 10) = 12.65 points
            assertEquals(12.65, se, 2.0);

            await().atMost(Duration.ofSeconds(20)).until(() -> events.getRecords().stream().anyMatch(r -> (wave + "/24").equals(r.key())));
            List<ConsumerRecord<String, String>> mine = events.getRecords().stream().filter(r -> (wave + "/24").equals(r.key())).toList();
            assertEquals(1, mine.size(), "ten responses in one batch publish one result");
            assertEquals("parindex.survey-result.changed.v1",
                    new String(mine.get(0).headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
            assertTrue(mine.get(0).value().contains("\"version\":1"));
            // published by the background result loop, and still carrying a trace context of its own
            assertTrue(new String(mine.get(0).headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8)
                    .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
            events.close();
        }
    }

    @Test
    void resultsOfARunningWaveAreForStaffAndPublicOnceItIsClosedAsFinal() {
        String wave = openWave(false);
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(List.of(response(wave + "-a", "06", 4), response(wave + "-b", "06", 3)))
                .post("/api/v1/waves/" + wave + "/response-batches").then().statusCode(200).body("accepted", equalTo(2));
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(admin())
                .get("/api/v1/waves/" + wave + "/results/06").statusCode() == 200);
        given().auth().oauth2(admin()).get("/api/v1/waves/" + wave + "/results/06").then().body("waveResults", equalTo(0));
        given().get("/api/v1/waves/" + wave + "/results").then().statusCode(401);
        given().auth().oauth2(TestTokensAccess.unit()).get("/api/v1/waves/" + wave + "/results").then().statusCode(403);

        given().auth().oauth2(admin()).header("If-Match", "1").post("/api/v1/waves/" + wave + "/close").then().statusCode(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/api/v1/waves/" + wave + "/results/06").statusCode() == 200
                && "CLOSED".equals(given().get("/api/v1/waves/" + wave + "/results/06").path("waveStatus")));
        given().get("/api/v1/waves/" + wave + "/results").then().statusCode(200).body("", hasSize(1))
                .body("[0].version", equalTo(2)).body("[0].result.index.percent", equalTo(50))
                // of the wave's units only 06 has responses: a reader of the final results waits for that one
                .body("[0].waveResults", equalTo(1));
        given().accept("text/csv").queryParam("lang", "vi").get("/api/v1/waves/" + wave + "/results").then().statusCode(200)
                .body(containsString("Mã đơn vị;Đơn vị;Số phiếu")).body(containsString("06;Bắc Kạn;2;286;0,6993;50,0000;"));
        given().accept(vn.parindex.survey.result.Table.XLSX).get("/api/v1/waves/" + wave + "/results").then().statusCode(200)
                .contentType(vn.parindex.survey.result.Table.XLSX);
    }

    @Test
    void aWaveWhoseClosingDatePassesPublishesItsResultsAgainAsFinal() {
        String wave = openWave(false);
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(List.of(response(wave + "-a", "06", 4)))
                .post("/api/v1/waves/" + wave + "/response-batches").then().statusCode(200).body("accepted", equalTo(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(admin())
                .get("/api/v1/waves/" + wave + "/results/06").statusCode() == 200);
        given().auth().oauth2(admin()).get("/api/v1/waves/" + wave + "/results/06").then().body("waveStatus", equalTo("OPEN"));

        // the closing date passes (yesterday, as the calendar will have it), with nobody closing the wave early
        QuarkusTransaction.requiringNew().run(() -> vn.parindex.survey.wave.Wave.getEntityManager()
                .createNativeQuery("UPDATE wave SET closes_on = current_date - 2, opens_on = current_date - 9 WHERE code = ?1")
                .setParameter(1, wave).executeUpdate());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/waves/" + wave + "/results/06").then()
                .statusCode(200).body("waveStatus", equalTo("CLOSED")).body("version", equalTo(2)).body("waveResults", equalTo(1)));
        given().get("/api/v1/waves/" + wave).then().statusCode(200).body("closedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aRecountFromTheStoredResponsesGivesTheRunningTallies() {
        String wave = openWave(false);
        List<Object> batch = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            batch.add(response(wave + "-" + i, i % 3 == 0 ? "06" : "24", 1 + i % 5));
        }
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(batch)
                .post("/api/v1/waves/" + wave + "/response-batches").then().statusCode(200).body("accepted", equalTo(40));
        given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(batch.subList(0, 10))
                .post("/api/v1/waves/" + wave + "/response-batches").then().statusCode(200).body("duplicates", equalTo(10));
        given().auth().oauth2(admin()).post("/api/v1/waves/" + wave + "/recount").then().statusCode(200)
                .body("responses", equalTo(40)).body("differences", hasSize(0)).body("repaired", equalTo(false));
        given().auth().oauth2(surveyor()).post("/api/v1/waves/" + wave + "/recount").then().statusCode(403);
    }

    /** Tokens other than the fixtures' staff roles. */
    static final class TestTokensAccess {
        static String unit() {
            return vn.parindex.survey.TestTokens.token("unit", "24");
        }
    }
}
