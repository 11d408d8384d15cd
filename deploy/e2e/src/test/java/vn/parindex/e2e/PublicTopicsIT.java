package vn.parindex.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What another agency reads, as this run wrote it (the broker may hold earlier runs' records). After whole workflows (the demonstration data: PAR 2020 and Lâm Đồng 2022 taken from the
 * first draft to publication, SIPAS 2020 answered and closed, PAPI 2021 imported) the public topics hold nothing that
 * was not official: no draft or appraisal, no result of an open wave, no provisional table. And a consumer holding
 * parindex.league-tables.v1 alone has the SIPAS 2020 and PAPI 2021 tables exactly as the API serves them.
 */
class PublicTopicsIT {

    private static final String BOOTSTRAP = Platform.BOOTSTRAP;
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final Platform platform = Platform.get();

    @BeforeAll
    static void loadTheDemoData() {
        Platform platform = Platform.get();
        platform.loadDemoData();
        String ranking = platform.url("ranking");
        await().atMost(Duration.ofSeconds(120)).until(() -> given().get(ranking + "/api/v1/league-tables/sipas/SIPAS-2020").statusCode() == 200
                && given().get(ranking + "/api/v1/external-indices/PAPI/2021").statusCode() == 200
                && given().get(ranking + "/api/v1/league-tables/PAR-2020-PROVINCE").statusCode() == 200);
    }

    @Test
    void thePublicTopicsCarryNothingThatWasNotOfficial() throws Exception {
        List<ConsumerRecord<String, String>> progress = readSince("parindex.internal.assessment-progress.v1", Map.of());
        assertTrue(progress.stream().anyMatch(r -> !"PUBLISHED".equals(field(r, "status"))),
                "the workflows went through drafts and appraisals (internally): " + progress.size() + " records");

        // the public records are outbox rows of their own, relayed after the internal ones the tables are built from:
        // wait for exactly the ones asserted (PAR 2020's 63 and Lâm Đồng 2022's 12 results, SIPAS 2020's 63 final ones)
        List<ConsumerRecord<String, String>> results = await().atMost(Duration.ofSeconds(60)).until(
                () -> readSince("parindex.assessment-results.v1", platform.startOffsets()),
                records -> published(records, "PAR-2020-PROVINCE") >= 63 && published(records, "LAM-DONG-2022") >= 12);
        for (ConsumerRecord<String, String> record : results) {
            assertEquals("PUBLISHED", field(record, "status"), "public result " + record.key());
        }
        List<ConsumerRecord<String, String>> satisfaction = await().atMost(Duration.ofSeconds(60)).until(
                () -> readSince("parindex.survey-results.v1", platform.startOffsets()),
                records -> records.stream().filter(r -> "SIPAS-2020".equals(field(r, "waveCode"))).map(ConsumerRecord::key)
                        .distinct().count() >= 63);
        for (ConsumerRecord<String, String> record : satisfaction) {
            assertEquals("CLOSED", field(record, "waveStatus"), "public survey result " + record.key());
        }
        for (ConsumerRecord<String, String> record : readSince("parindex.league-tables.v1", platform.startOffsets())) {
            assertEquals("OFFICIAL", JSON.readTree(record.value()).path("table").path("visibility").asText(), "table " + record.key());
        }
    }

    /** The distinct units of a period among the public results read. */
    private static long published(List<ConsumerRecord<String, String>> records, String period) {
        return records.stream().filter(r -> period.equals(field(r, "periodCode"))).map(ConsumerRecord::key).distinct().count();
    }

    @Test
    void aConsumerRebuildsTheSipasAndPapiTablesFromTheLeagueTablesTopicAlone() throws Exception {
        String ranking = platform.url("ranking");
        await().atMost(Duration.ofSeconds(60)).until(() -> latestTables(),
                tables -> tables.containsKey("SIPAS/SIPAS-2020") && tables.containsKey("PAPI/PAPI-2021")
                        && tables.containsKey("PAR/PAR-2020-PROVINCE"));

        for (Map.Entry<String, String> table : Map.of("SIPAS/SIPAS-2020", "/api/v1/league-tables/sipas/SIPAS-2020",
                "PAPI/PAPI-2021", "/api/v1/external-indices/PAPI/2021").entrySet()) {
            // the newest record may still be on its way (the relay, a republish after unit changes): wait for it
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(
                    JSON.writeValueAsString(JSON.readTree(given().accept("application/json").get(ranking + table.getValue()).asString())),
                    JSON.writeValueAsString(latestTables().get(table.getKey())), table.getKey() + " as the topic holds it"));
        }
        JsonNode sipas = latestTables().get("SIPAS/SIPAS-2020");
        assertEquals(63, sipas.path("fieldSize").asInt());
        // the wave's results arrive one by one, some units' first at the close: its official table went out whole only
        for (ConsumerRecord<String, String> record : readSince("parindex.league-tables.v1", platform.startOffsets())) {
            if (record.key().equals("SIPAS/SIPAS-2020")) {
                assertEquals(63, JSON.readTree(record.value()).path("table").path("fieldSize").asInt(), "SIPAS 2020 as published");
            }
        }
        assertTrue(sipas.path("rows").get(0).has("rankLow"), "SIPAS rows carry their rank intervals");
    }

    /** Per table id, the table of its newest record: what a consumer holds after reading the topic from the start. */
    private Map<String, JsonNode> latestTables() throws Exception {
        Map<String, JsonNode> tables = new HashMap<>();
        Map<String, Long> versions = new HashMap<>();
        for (ConsumerRecord<String, String> record : readSince("parindex.league-tables.v1", platform.startOffsets())) {
            JsonNode event = JSON.readTree(record.value());
            long version = event.path("version").asLong();
            if (version > versions.getOrDefault(record.key(), 0L)) {
                versions.put(record.key(), version);
                tables.put(record.key(), event.path("table"));
            }
        }
        return tables;
    }

    private static String field(ConsumerRecord<String, String> record, String name) {
        try {
            return JSON.readTree(record.value()).path(name).asText();
        } catch (Exception e) {
            throw new IllegalStateException("record " + record.key() + " is not JSON", e);
        }
    }

    /** Every record of a topic from where this run began (or from the beginning) to the end it has now. */
    private static List<ConsumerRecord<String, String>> readSince(String topic, Map<TopicPartition, Long> start) {
        Properties props = new Properties();
        props.put("bootstrap.servers", BOOTSTRAP);
        props.put("group.id", "e2e-reader-" + UUID.randomUUID());
        props.put("enable.auto.commit", "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            partitions.stream().filter(start::containsKey).forEach(p -> consumer.seek(p, start.get(p)));
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }
}
