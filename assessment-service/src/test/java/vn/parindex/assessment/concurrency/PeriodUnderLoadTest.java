package vn.parindex.assessment.concurrency;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.assessment.TestApi.appraiser;
import static vn.parindex.assessment.TestApi.registerUnit;
import static vn.parindex.assessment.TestApi.unit;
import static vn.parindex.assessment.concurrency.Race.race;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.AssessmentFixture;

/**
 * 63 units taken through the whole workflow by 8 clients at once, in a period whose methodology scores a criterion
 * relative to the best unit, then the period published by 8 clients at once: no 5xx, no lost update, every status as
 * intended, every result what the methodology gives from the units' final inputs, and the last event of each unit is
 * that result.
 */
@QuarkusTest
class PeriodUnderLoadTest {

    private static final int UNITS = 63;
    private static final int CLIENTS = 8;
    private static final BigDecimal RELATIVE_MAX = new BigDecimal(30);

    private final Queue<String> failures = new ConcurrentLinkedQueue<>();

    @Test
    void sixtyThreeUnitsByEightClientsEndPublishedWithConsistentResults() throws Exception {
        String run = AssessmentFixture.run();
        String province = "LP" + run;
        String period = "LOAD-" + run;
        registerUnit(province, "Tỉnh Tải Nặng", "PROVINCE", null);
        List<String> units = IntStream.rangeClosed(1, UNITS).mapToObj(i -> "L%02d%s".formatted(i, run)).toList();
        units.forEach(code -> registerUnit(code, "Sở số " + code.substring(1, 3), "DEPARTMENT", province));
        AssessmentFixture.methodology(ConcurrentWritesTest.METHODOLOGY.formatted("LOAD-" + run, "Bộ chỉ số tải nặng"));
        AssessmentFixture.openPeriod(period, "LOAD-" + run, 2025, "DEPARTMENT", province);
        KafkaCompanion kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        ConsumerTask<String, String> events = kafka.consumeStrings().withGroupId("load-" + run)
                .withProp("auto.offset.reset", "earliest").fromTopics("parindex.assessment-results.v1");

        // eight clients, each taking its share of the units from DRAFT to FINAL
        race(CLIENTS, client -> {
            for (int i = client + 1; i <= UNITS; i += CLIENTS) {
                takeToFinal(period, units.get(i - 1), i);
            }
            return null;
        });
        assertEquals(List.of(), List.copyOf(failures), "every call answered as intended");

        // eight clients publish the period with the version they read: one does it
        String version = given().get("/api/v1/periods/" + period).then().statusCode(200).extract().header("ETag");
        List<Response> publications = race(CLIENTS, client -> appraiser().header("If-Match", version)
                .post("/api/v1/periods/" + period + "/actions/publish").andReturn());
        assertEquals(Map.of(200, 1L, 409, 7L), publications.stream()
                .collect(Collectors.groupingBy(Response::statusCode, Collectors.counting())));

        // every unit published, its trail ending in PUBLISHED, its points those of its final inputs against the best
        Map<String, BigDecimal> expected = expectedTotals(units);
        List<Map<String, Object>> lines = given().get("/api/v1/periods/" + period + "/assessments").then().statusCode(200)
                .extract().path("");
        assertEquals(UNITS, lines.size());
        for (Map<String, Object> line : lines) {
            String code = (String) line.get("unitCode");
            assertEquals("PUBLISHED", line.get("status"), code);
            assertEquals(0, expected.get(code).compareTo(new BigDecimal(line.get("total").toString())),
                    code + ": expected " + expected.get(code) + ", stored " + line.get("total"));
            List<String> trail = appraiser().get("/api/v1/periods/" + period + "/assessments/" + code + "/audit").then()
                    .extract().path("findAll { it.field == 'status' }.newValue");
            assertEquals("PUBLISHED", trail.get(trail.size() - 1), code + " " + trail);
        }

        // the last event of each unit carries that result, as a consumer rebuilding from the topic holds it
        Map<String, JsonNode> latest = await().atMost(Duration.ofSeconds(30)).until(() -> latestEvents(events, period),
                held -> held.size() == UNITS && held.values().stream().allMatch(e -> "PUBLISHED".equals(e.get("status").asText())));
        latest.forEach((code, event) -> assertEquals(0, expected.get(code).compareTo(event.get("total").decimalValue()),
                code + ": event " + event.get("total") + ", expected " + expected.get(code)));
        events.stop();
        kafka.close();
    }

    /** Self-assessment, submission, appraisal (with a changed relative value for every fourth unit), an explanation round for every fifth, finalization. */
    private void takeToFinal(String period, String code, int i) {
        String path = "/api/v1/periods/" + period + "/assessments/" + code;
        String version = answered("self " + code, unit(code).header("If-Match", "1").body(selfSheet(i)).put(path + "/scores/self"));
        version = answered("submit " + code, unit(code).header("If-Match", version).post(path + "/actions/submit"));
        if (i % 4 == 0) {
            version = answered("appraised " + code, appraiser().header("If-Match", version)
                    .body("{\"criteria\": {\"1.2\": {\"value\": " + appraisedValue(i) + "}}}").put(path + "/scores/appraised"));
        }
        version = answered("appraise " + code, appraiser().header("If-Match", version).post(path + "/actions/appraise"));
        if (i % 5 == 0) {
            version = answered("request " + code, appraiser().header("If-Match", version).post(path + "/actions/request-explanation"));
            version = answered("explanations " + code, unit(code).header("If-Match", version).body("{\"2\": \"Đã bổ sung\"}")
                    .put(path + "/explanations"));
            version = answered("explain " + code, unit(code).header("If-Match", version).post(path + "/actions/explain"));
            version = answered("appraise again " + code, appraiser().header("If-Match", version).post(path + "/actions/appraise"));
        }
        answered("finalize " + code, appraiser().header("If-Match", version).post(path + "/actions/finalize"));
    }

    /** The new version (ETag) of a call that must succeed; anything else is noted as a failure. */
    private String answered(String what, Response response) {
        if (response.statusCode() != 200) {
            failures.add(what + ": " + response.statusCode() + " " + response.asString());
        }
        return response.header("ETag");
    }

    private static String selfSheet(int i) {
        return """
                {"criteria": {"1.1": {"achieved": %s}, "1.2": {"value": %d}, "2": {"points": %d}}}"""
                .formatted(i % 3 != 0, selfValue(i), manualPoints(i));
    }

    private static int selfValue(int i) {
        return 10 + i;
    }

    private static int appraisedValue(int i) {
        return 2 * i;
    }

    private static int manualPoints(int i) {
        return 30 + i % 30;
    }

    /** 10 for the plan, value ÷ best × 30 (appraised value where there is one), the manual points. */
    private static Map<String, BigDecimal> expectedTotals(List<String> units) {
        Map<Integer, BigDecimal> values = new HashMap<>();
        IntStream.rangeClosed(1, UNITS).forEach(i -> values.put(i, new BigDecimal(i % 4 == 0 ? appraisedValue(i) : selfValue(i))));
        BigDecimal best = values.values().stream().max(BigDecimal::compareTo).orElseThrow();
        Map<String, BigDecimal> totals = new HashMap<>();
        for (int i = 1; i <= UNITS; i++) {
            BigDecimal relative = values.get(i).multiply(RELATIVE_MAX).divide(best, MathContext.DECIMAL128).setScale(4, RoundingMode.HALF_UP);
            totals.put(units.get(i - 1), new BigDecimal(i % 3 != 0 ? 10 : 0).add(relative).add(new BigDecimal(manualPoints(i))));
        }
        return totals;
    }

    private static Map<String, JsonNode> latestEvents(ConsumerTask<String, String> events, String period) {
        Map<String, JsonNode> latest = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        List<ConsumerRecord<String, String>> records = new ArrayList<>(events.getRecords());
        for (ConsumerRecord<String, String> record : records) {
            if (record.key() == null || !record.key().startsWith(period + "/")) {
                continue;
            }
            try {
                JsonNode event = json.readTree(record.value());
                latest.merge(event.get("unitCode").asText(), event,
                        (held, next) -> next.get("version").asLong() > held.get("version").asLong() ? next : held);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        assertTrue(latest.size() <= UNITS);
        return latest;
    }
}
