package vn.parindex.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Poison on the inbound topic (a NUL in a value, a record that is not JSON, CloudEvents headers of another version or
 * missing, a text content type, a record just under the broker's 1 MB limit, an unknown wave) followed by a valid
 * response: the valid one is counted within 5 seconds, and every poison record is on the dead-letter topic with its
 * reason. The channel never stops.
 */
class PoisonRecordsIT {

    private static final String BOOTSTRAP = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS",
            "127.0.0.1:" + System.getenv().getOrDefault("KAFKA_PORT", "19092"));
    private static final List<String> ITEMS = List.of("TC1", "TC2", "TC3", "TC4", "TT1", "TT2", "TT3", "TT4", "TT5", "CC1",
            "CC2", "CC3", "CC4", "CC5", "CC6", "KQ1", "KQ2", "KQ3");

    private final Platform platform = Platform.get();

    @Test
    void poisonGoesToTheDeadLettersWithItsReasonAndTheValidResponseBehindItIsCounted() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String wave = "POISON-" + run;
        String unit = "24";
        given().baseUri(platform.url("survey")).auth().oauth2(platform.token("admin")).contentType(ContentType.JSON).body("""
                {"code": "%s", "name": "SIPAS thử độc", "questionnaire": {"code": "SIPAS-2017"}, "year": 2020,
                 "unitLevel": "PROVINCE", "opensOn": "%s", "closesOn": "%s", "units": [{"code": "%s", "name": "Bắc Giang", "target": 4}]}
                """.formatted(wave, LocalDate.now().minusDays(1), LocalDate.now().plusDays(10), unit))
                .post("/api/v1/waves").then().statusCode(201);

        Map<String, ProducerRecord<String, byte[]>> poison = new HashMap<>();
        poison.put(run + "-nul", record(run + "-nul", response(run + "-nul", wave, unit, "\"profile\": {\"service\": \"a\\u0000b\"}")));
        poison.put(run + "-text", record(run + "-text", "not json at all \u0000".getBytes(StandardCharsets.UTF_8)));
        ProducerRecord<String, byte[]> old = cloudEvent(run + "-ce03", response(run + "-ce03", wave, unit, null));
        old.headers().remove("ce_specversion");
        old.headers().add("ce_specversion", utf8("0.3"));
        poison.put(run + "-ce03", old);
        ProducerRecord<String, byte[]> noId = cloudEvent(run + "-noid", response(run + "-noid", wave, unit, null));
        noId.headers().remove("ce_id");
        poison.put(run + "-noid", noId);
        ProducerRecord<String, byte[]> plain = record(run + "-plain", response(run + "-plain", wave, unit, null));
        plain.headers().add("content-type", utf8("text/plain"));
        poison.put(run + "-plain", plain);
        poison.put(run + "-big", record(run + "-big", response(run + "-big", wave, unit,
                "\"profile\": {\"service\": \"" + "x".repeat(1_030_000) + "\"}")));
        poison.put(run + "-wave", record(run + "-wave", response(run + "-wave", "NO-SUCH-WAVE-" + run, unit, null)));

        try (KafkaConsumer<String, byte[]> deadLetters = consumer()) {
            deadLetters.subscribe(List.of("parindex.dead-letter.v1"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                deadLetters.poll(Duration.ofMillis(200));
                return !deadLetters.assignment().isEmpty();
            });
            deadLetters.seekToEnd(deadLetters.assignment());
            deadLetters.assignment().forEach(deadLetters::position);
            try (KafkaProducer<String, byte[]> producer = producer()) {
                for (ProducerRecord<String, byte[]> record : poison.values()) {
                    producer.send(record).get();
                }
                producer.send(record(run + "-good", response(run + "-good", wave, unit, null))).get();
            }
            long sent = System.nanoTime();

            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> given()
                    .baseUri(platform.url("survey")).get("/api/v1/waves/" + wave).then().statusCode(200)
                    .body("units.find { it.code == '24' }.responses", equalTo(1)));
            assertTrue(System.nanoTime() - sent < 5_000_000_000L);

            Map<String, ConsumerRecord<String, byte[]>> dead = new HashMap<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                deadLetters.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (r.key() != null && r.key().startsWith(run)) {
                        dead.put(r.key(), r);
                    }
                });
                return dead.keySet().containsAll(poison.keySet());
            });
            assertEquals(poison.keySet(), dead.keySet(), "every poison record, and only those, is a dead letter");
            dead.forEach((key, record) -> assertTrue(text(record.headers().lastHeader("dead-letter-reason")) != null, key));
            Map<String, String> fields = dead.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                    e -> String.valueOf(text(e.getValue().headers().lastHeader("dead-letter-field")))));
            assertEquals("profile.service", fields.get(run + "-nul"));
            assertEquals("ce_specversion", fields.get(run + "-ce03"));
            assertEquals("ce_id", fields.get(run + "-noid"));
            assertEquals("content-type", fields.get(run + "-plain"));
            assertEquals("wave", fields.get(run + "-wave"));
            ConsumerRecord<String, byte[]> big = dead.get(run + "-big");
            assertEquals("true", text(big.headers().lastHeader("dead-letter-truncated")));
            assertTrue(big.value().length < 1_000_000, "the copy fits under the broker's limit: " + big.value().length);
        }
    }

    private static byte[] response(String id, String wave, String unit, String extra) {
        String answers = ITEMS.stream().map(item -> "\"" + item + "\": 5").collect(Collectors.joining(", ", "{", "}"));
        return ("{\"id\": \"" + id + "\", \"wave\": \"" + wave + "\", \"unit\": \"" + unit + "\", \"answers\": " + answers
                + (extra == null ? "" : ", " + extra) + "}").getBytes(StandardCharsets.UTF_8);
    }

    private static ProducerRecord<String, byte[]> record(String key, byte[] value) {
        return new ProducerRecord<>("parindex.survey-responses.v1", key, value);
    }

    private static ProducerRecord<String, byte[]> cloudEvent(String key, byte[] value) {
        ProducerRecord<String, byte[]> record = record(key, value);
        record.headers().add("ce_specversion", utf8("1.0"));
        record.headers().add("ce_id", utf8(UUID.randomUUID().toString()));
        record.headers().add("ce_source", utf8("/e2e/poison"));
        record.headers().add("ce_type", utf8("parindex.survey-response.submitted.v1"));
        record.headers().add("content-type", utf8("application/json"));
        return record;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(Header header) {
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties props = new Properties();
        props.put("bootstrap.servers", BOOTSTRAP);
        props.put("acks", "all");
        props.put("max.request.size", 1_048_000);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties props = new Properties();
        props.put("bootstrap.servers", BOOTSTRAP);
        props.put("group.id", "e2e-" + UUID.randomUUID());
        props.put("auto.offset.reset", "latest");
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
