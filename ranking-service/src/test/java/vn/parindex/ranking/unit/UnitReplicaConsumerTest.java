package vn.parindex.ranking.unit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.Broker;
import vn.parindex.ranking.messaging.ConsumedEvent;

/** Over the real broker: the replica applies each unit event once, in version order, and survives poison records. */
@QuarkusTest
class UnitReplicaConsumerTest {

    private static final String TOPIC = "parindex.units.v1";

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void connect() {
        // ready, and every consumer holding its partitions: records sent from now on are read
        Broker.awaitReady();
    }


    @Test
    void aRedeliveredEventIsAppliedOnceAndAnOlderVersionChangesNothing() {
        String code = "R" + UUID.randomUUID().toString().substring(0, 8);
        String v2 = UUID.randomUUID().toString();
        double redeliveredBefore = redelivered();
        double staleBefore = stale();

        send(code, UUID.randomUUID().toString(), unit(code, "Đà Lạt", 1));
        send(code, v2, unit(code, "Thành phố Đà Lạt", 2));
        send(code, v2, unit(code, "Thành phố Đà Lạt", 2));
        send(code, UUID.randomUUID().toString(), unit(code, "Đà Lạt (cũ)", 1));
        String marker = "M" + UUID.randomUUID().toString().substring(0, 8);
        send(marker, UUID.randomUUID().toString(), unit(marker, "Bảo Lộc", 1));
        awaitReplica(marker);

        // the marker may travel on another partition than the unit's four records: wait for those too
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            given().get("/api/v1/units/" + code).then().statusCode(200)
                    .body("name", equalTo("Thành phố Đà Lạt")).body("version", equalTo(2))
                    .body("successors[0].kind", equalTo("ABOLISH"));
            assertEquals(redeliveredBefore + 1, redelivered(), "the second delivery of version 2 was recognised by its id");
            assertEquals(staleBefore + 1, stale(), "version 1 after version 2 was judged stale");
            assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> ConsumedEvent.count("recordKey", code)));
        });
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextRecordIsStillApplied() {
        String poisonKey = "P" + UUID.randomUUID().toString().substring(0, 8);
        String code = "R" + UUID.randomUUID().toString().substring(0, 8);
        ConsumerTask<String, String> deadLetters = Broker.companion().consumeStrings().withGroupId("test-" + UUID.randomUUID())
                .withProp("auto.offset.reset", "earliest").fromTopics("parindex.dead-letter.v1");

        send(poisonKey, UUID.randomUUID().toString(), "{not json");
        send(code, UUID.randomUUID().toString(), unit(code, "Lâm Hà", 1));

        awaitReplica(code);
        await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters.getRecords().stream().anyMatch(r -> poisonKey.equals(r.key())));
        deadLetters.stop();
    }

    @Test
    void searchIgnoresDiacritics() {
        String code = "R" + UUID.randomUUID().toString().substring(0, 8);
        send(code, UUID.randomUUID().toString(), unit(code, "Đơn Dương", 1));
        awaitReplica(code);

        given().queryParam("q", "don duong").get("/api/v1/units").then().statusCode(200)
                .body("items.find { it.code == '" + code + "' }.name", equalTo("Đơn Dương"));
    }

    private double redelivered() {
        return registry.counter("parindex.events.consumed", "topic", TOPIC, "outcome", "redelivered").count();
    }

    private double stale() {
        return registry.counter("parindex.events.consumed", "topic", TOPIC, "outcome", "stale").count();
    }

    private void awaitReplica(String code) {
        await().atMost(Duration.ofSeconds(20)).until(() -> given().get("/api/v1/units/" + code).statusCode() == 200);
    }

    private void send(String key, String eventId, String payload) {
        Broker.send(TOPIC, key, UnitReplicaConsumer.TYPE, eventId, payload);
    }

    /** A unit event; the record key (the unit key) is the code itself here, which the replica takes as given. */
    private static String unit(String key, String name, int version) {
        return """
                {"key":"%s","code":"%s","name":"%s","level":"DISTRICT","parentKey":null,"validFrom":"2008-01-01","validTo":null,\
                "predecessors":[],"successors":[{"key":null,"kind":"ABOLISH","effectiveDate":"2025-07-01"}],\
                "version":%d,"changedAt":"2026-11-27T00:00:00Z"}""".formatted(key, key, name, version);
    }
}
