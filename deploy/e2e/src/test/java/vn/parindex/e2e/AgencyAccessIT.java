package vn.parindex.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Another agency on the platform's Kafka, signed in as the KafkaUser of deploy/k8s/agencies/agency.yaml on the broker's
 * SASL port: it reads the public topics under its own consumer groups, and is refused the internal topics, other
 * groups and every write. (The platform's services run this whole suite under their own KafkaUsers' ACLs.)
 */
class AgencyAccessIT {

    private static final String AGENCY = "so-noi-vu-bac-giang";
    private static final String PARTNER = "khao-sat-vnpost";
    private static final List<String> PUBLIC = List.of("parindex.units.v1", "parindex.assessment-results.v1",
            "parindex.survey-results.v1", "parindex.league-tables.v1");

    private final Platform platform = Platform.get();

    @BeforeAll
    static void users() throws Exception {
        KafkaUsers.apply(Platform.REPO.resolve("deploy/k8s/agencies/agency.yaml"),
                Platform.REPO.resolve("deploy/k8s/agencies/survey-partner.yaml"));
    }

    @Test
    void anAgencyReadsEveryPublicTopicUnderItsOwnConsumerGroups() {
        platform.loadDemoData();
        try (KafkaConsumer<String, String> agency = consumer(AGENCY, AGENCY + ".e2e-" + UUID.randomUUID())) {
            agency.subscribe(PUBLIC);
            List<ConsumerRecord<String, String>> tables = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                agency.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (record.topic().equals("parindex.league-tables.v1")) {
                        tables.add(record);
                    }
                });
                return !tables.isEmpty();
            });
            agency.commitSync();
            for (String topic : PUBLIC) {
                assertFalse(agency.partitionsFor(topic).isEmpty(), topic);
            }
        }
    }

    @Test
    void anAgencyIsRefusedTheInternalTopicsOtherGroupsAndEveryWrite() {
        String group = AGENCY + ".e2e-" + UUID.randomUUID();
        for (String internal : List.of("parindex.internal.assessment-progress.v1", "parindex.internal.survey-progress.v1")) {
            try (KafkaConsumer<String, String> agency = consumer(AGENCY, group)) {
                agency.subscribe(List.of(internal));
                assertThrows(TopicAuthorizationException.class, () -> pollFor(agency), internal);
            }
        }
        try (KafkaConsumer<String, String> agency = consumer(AGENCY, "ranking-service.league-tables")) {
            agency.subscribe(List.of("parindex.league-tables.v1"));
            assertThrows(GroupAuthorizationException.class, () -> pollFor(agency), "a group outside the agency's prefix");
        }
        for (String topic : List.of("parindex.league-tables.v1", "parindex.survey-responses.v1", "parindex.internal.assessment-progress.v1")) {
            assertRefusedToWrite(AGENCY, topic);
        }
        // the survey partner writes responses (SurveyThroughKafkaIT signs in as it) and nothing else, and reads nothing
        assertRefusedToWrite(PARTNER, "parindex.league-tables.v1");
        try (KafkaConsumer<String, String> partner = consumer(PARTNER, PARTNER + ".e2e")) {
            partner.assign(List.of(new TopicPartition("parindex.survey-responses.v1", 0)));
            assertThrows(AuthorizationException.class, () -> pollFor(partner));
        }
    }

    @Test
    void aWrongPasswordIsRefusedAtSignIn() {
        Map<String, Object> settings = new HashMap<>(KafkaUsers.client(AGENCY));
        settings.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + AGENCY
                + "\" password=\"guessed\";");
        settings.put("group.id", AGENCY + ".e2e-" + UUID.randomUUID());
        try (KafkaConsumer<String, String> stranger = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            stranger.subscribe(List.of("parindex.league-tables.v1"));
            assertThrows(SaslAuthenticationException.class, () -> pollFor(stranger));
        }
    }

    /** Polls for up to 20 s: an authorization failure surfaces as the exception of a poll. */
    private static void pollFor(KafkaConsumer<String, String> consumer) {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            consumer.poll(Duration.ofMillis(500));
        }
    }

    private static void assertRefusedToWrite(String user, String topic) {
        Map<String, Object> settings = new HashMap<>(KafkaUsers.client(user));
        settings.put("max.block.ms", 10_000);
        settings.put("delivery.timeout.ms", 15_000);
        settings.put("request.timeout.ms", 10_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> producer.send(new ProducerRecord<>(topic, "e2e", "{}")).get(), user + " writing " + topic);
            assertInstanceOf(AuthorizationException.class, refused.getCause(), user + " writing " + topic);
        }
    }

    private static KafkaConsumer<String, String> consumer(String user, String group) {
        Map<String, Object> settings = new HashMap<>(KafkaUsers.client(user));
        settings.put("group.id", group);
        settings.put("auto.offset.reset", "earliest");
        settings.put("enable.auto.commit", "false");
        settings.put("default.api.timeout.ms", 20_000);
        return new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
    }
}
