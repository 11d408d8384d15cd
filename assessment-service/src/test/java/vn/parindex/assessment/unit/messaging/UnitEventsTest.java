package vn.parindex.assessment.unit.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.AsyncApiContract;
import vn.parindex.assessment.TestTokens;
import vn.parindex.assessment.messaging.EventType;

/** Over the real broker: a committed change leaves as a CloudEvent carrying the request's trace. */
@QuarkusTest
class UnitEventsTest {

    private KafkaCompanion kafka;
    private ConsumerTask<String, String> units;

    @BeforeEach
    void consumeUnits() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        units = kafka.consumeStrings()
                .withGroupId("test-" + UUID.randomUUID())
                .withProp("auto.offset.reset", "earliest")
                .fromTopics(EventType.UNIT_CHANGED.topic);
    }

    @AfterEach
    void close() {
        units.stop();
        kafka.close();
    }

    @Test
    void aRegisteredUnitIsPublishedAsACloudEventWithTheRequestsTraceAndAValidPayload() throws Exception {
        String code = "E" + UUID.randomUUID().toString().substring(0, 8);
        String traceId = UUID.randomUUID().toString().replace("-", "");
        given().auth().oauth2(TestTokens.token("admin")).contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body("""
                        {"code": "%s", "name": "Bắc Giang", "level": "PROVINCE", "validFrom": "1997-01-01"}
                        """.formatted(code))
                .post("/api/v1/units").then().statusCode(201);

        ConsumerRecord<String, String> record = awaitRecord(code + "@1997-01-01", 1);

        assertEquals("parindex.unit.changed.v1", header(record, "ce_type"));
        assertEquals("/parindex/assessment-service", header(record, "ce_source"));
        assertEquals("1.0", header(record, "ce_specversion"));
        assertEquals(code + "@1997-01-01", header(record, "ce_subject"));
        assertEquals("application/json", header(record, "content-type"));
        assertTrue(header(record, "ce_id").matches("[0-9a-f-]{36}"), "ce_id is the outbox event's UUID");
        assertTrue(header(record, "ce_time").startsWith("20"), "ce_time is an ISO 8601 timestamp");
        assertEquals(traceId, header(record, "traceparent").split("-")[1], "the event continues the request's trace");
        JsonNode payload = new ObjectMapper().readTree(record.value());
        assertEquals("Bắc Giang", payload.get("name").asText());
        assertEquals(1, payload.get("version").asInt());
        assertEquals(List.of(), List.copyOf(AsyncApiContract.read(AsyncApiContract.DOCUMENT)
                .validate("parindex.unit.changed.v1", record.value())));
    }

    @Test
    void everyChangeIsPublishedWithTheNextVersion() throws Exception {
        String code = "E" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"code": "%s", "name": "%s", "level": "DISTRICT", "validFrom": "2008-01-01"}
                """;
        given().auth().oauth2(TestTokens.token("admin")).contentType(ContentType.JSON)
                .body(body.formatted(code, "Đức Trọng")).post("/api/v1/units").then().statusCode(201);
        given().auth().oauth2(TestTokens.token("admin")).contentType(ContentType.JSON).header("If-Match", "1")
                .body(body.formatted(code, "Huyện Đức Trọng")).put("/api/v1/units/" + code + "@2008-01-01").then().statusCode(200);

        ConsumerRecord<String, String> second = awaitRecord(code + "@2008-01-01", 2);

        JsonNode payload = new ObjectMapper().readTree(second.value());
        assertEquals(2, payload.get("version").asInt());
        assertEquals("Huyện Đức Trọng", payload.get("name").asText());
    }

    private ConsumerRecord<String, String> awaitRecord(String key, int version) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> units.getRecords().stream()
                .filter(r -> key.equals(r.key()) && r.value().contains("\"version\":" + version))
                .findFirst().orElse(null), r -> r != null);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
