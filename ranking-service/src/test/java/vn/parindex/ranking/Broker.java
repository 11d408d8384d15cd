package vn.parindex.ranking;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The real test broker as every ranking test reaches it: one companion for the test JVM, and records sent the way the
 * producers send them (a CloudEvents id and type in the headers). Quarkus's {@code @InjectKafkaCompanion} would need
 * its {@code KafkaCompanionResource}, which starts a Strimzi container when Dev Services are off, and these machines
 * have no container engine; this helper reads the broker the tests are configured with instead.
 */
public final class Broker {

    /** The service's incoming channels. */
    private static final List<String> CHANNELS = List.of("units", "assessment-results", "survey-results");

    private static KafkaCompanion companion;

    private Broker() {
    }

    public static synchronized KafkaCompanion companion() {
        if (companion == null) {
            companion = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        }
        return companion;
    }

    /**
     * Waits until the service is ready and every one of its consumers holds all the partitions of its topic. Readiness
     * says only that the consumers reach the broker; the test profile's consumers start at the latest offset, so a
     * record sent before its group has its partitions would be skipped.
     */
    public static void awaitReady() {
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/health/ready").statusCode() == 200);
        Config config = ConfigProvider.getConfig();
        for (String channel : CHANNELS) {
            String topic = config.getValue("mp.messaging.incoming." + channel + ".topic", String.class);
            String group = config.getValue("mp.messaging.incoming." + channel + ".group.id", String.class);
            int partitions = companion().topics().describe(topic).get(topic).partitions().size();
            await().atMost(Duration.ofSeconds(60)).until(() -> companion().consumerGroups().describe(group).members().stream()
                    .mapToLong(member -> member.assignment().topicPartitions().stream().filter(p -> p.topic().equals(topic)).count())
                    .sum() == partitions);
        }
    }

    /** Sends an event with a fresh id and waits until the broker holds it. */
    public static void send(String topic, String key, String type, String payload) {
        send(topic, key, type, UUID.randomUUID().toString(), payload);
    }

    /** Sends an event with the given id (a redelivery sends the same id again) and waits until the broker holds it. */
    public static void send(String topic, String key, String type, String eventId, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        if (eventId != null) {
            record.headers().add(new RecordHeader("ce_id", eventId.getBytes(StandardCharsets.UTF_8)));
        }
        if (type != null) {
            record.headers().add(new RecordHeader("ce_type", type.getBytes(StandardCharsets.UTF_8)));
        }
        companion().produceStrings().fromRecords(record).awaitCompletion(Duration.ofSeconds(10));
    }
}
