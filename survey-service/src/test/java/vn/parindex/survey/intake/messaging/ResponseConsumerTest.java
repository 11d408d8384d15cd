package vn.parindex.survey.intake.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.survey.SurveyFixtures;
import vn.parindex.survey.TestTokens;

/** Over the real broker: the inbound topic takes responses like HTTP does, and sends what it cannot take to the dead letters. */
@QuarkusTest
class ResponseConsumerTest {

    private static final String TOPIC = "parindex.survey-responses.v1";
    private KafkaCompanion kafka;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void connect() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/health/ready").statusCode() == 200);
        // the test profile's consumers start at the latest offset: records sent before every consumer has joined and
        // every partition has its consumer would be skipped, so wait until the service's group is settled
        Config config = ConfigProvider.getConfig();
        String group = config.getValue("mp.messaging.incoming.survey-responses.group.id", String.class);
        int consumers = config.getValue("mp.messaging.incoming.survey-responses.concurrency", Integer.class);
        int partitions = kafka.topics().describe(TOPIC).get(TOPIC).partitions().size();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            var members = kafka.consumerGroups().describe(group).members();
            return members.size() == consumers
                    && members.stream().mapToInt(member -> member.assignment().topicPartitions().size()).sum() == partitions;
        });
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void responsesAreCountedOnceAndBadOnesGoToTheDeadLetterTopicWithTheReason() throws Exception {
        String wave = SurveyFixtures.openWave(false);
        ConsumerTask<String, String> deadLetters = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                .withProp("auto.offset.reset", "earliest").fromTopics("parindex.dead-letter.v1");
        String good = "k-" + UUID.randomUUID();
        String conflicting = good;
        String outOfScope = "k-" + UUID.randomUUID();
        String garbage = "k-" + UUID.randomUUID();
        send(good, record(good, wave, "24", 5));
        send(good, record(good, wave, "24", 5));
        send(conflicting, record(conflicting, wave, "24", 1));
        send(outOfScope, record(outOfScope, wave, "01", 5));
        send(garbage, "{\"id\": 12, ");

        // delivery is at least once: a record may be dead-lettered again after a rebalance, so count keys, not records
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.getRecords().stream().map(ConsumerRecord::key)
                .filter(key -> key != null && (key.equals(conflicting) || key.equals(outOfScope) || key.equals(garbage))).distinct().count() == 3);
        ConsumerRecord<String, String> outside = deadLetter(deadLetters, outOfScope);
        assertEquals("unit", header(outside, "dead-letter-field"), header(outside, "dead-letter-reason"));
        assertEquals("CONFLICT", header(deadLetters.getRecords().stream()
                .filter(r -> conflicting.equals(r.key()) && r.headers().lastHeader("dead-letter-outcome") != null).findFirst().orElseThrow(),
                "dead-letter-outcome"));
        assertEquals(TOPIC, header(deadLetter(deadLetters, garbage), "dead-letter-topic"));
        given().auth().oauth2(TestTokens.token("admin")).get("/api/v1/waves/" + wave).then().statusCode(200)
                .body("units.find { it.code == '24' }.responses", org.hamcrest.Matchers.equalTo(1));
        deadLetters.close();
    }

    @Test
    void whilePausedRecordsWaitInKafkaAndAreTakenInOnResume() throws Exception {
        String wave = SurveyFixtures.openWave(false);
        String admin = TestTokens.token("admin");
        given().auth().oauth2(admin).contentType("application/json").body("{\"paused\": true}").put("/api/v1/intake/kafka")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("minutes"));
        given().auth().oauth2(TestTokens.token("surveyor")).contentType("application/json").body("{\"paused\": true, \"minutes\": 1}")
                .put("/api/v1/intake/kafka").then().statusCode(403);
        try {
            given().auth().oauth2(admin).contentType("application/json").body("{\"paused\": true, \"minutes\": 1}").put("/api/v1/intake/kafka")
                    .then().statusCode(200).body("paused", org.hamcrest.Matchers.equalTo(true));
            String id = "k-" + UUID.randomUUID();
            send(id, record(id, wave, "24", 4));
            Thread.sleep(3_000);
            given().auth().oauth2(admin).get("/api/v1/waves/" + wave).then().statusCode(200)
                    .body("units.find { it.code == '24' }.responses", org.hamcrest.Matchers.equalTo(0));
        } finally {
            given().auth().oauth2(admin).contentType("application/json").body("{\"paused\": false}").put("/api/v1/intake/kafka")
                    .then().statusCode(200).body("paused", org.hamcrest.Matchers.equalTo(false));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(admin).get("/api/v1/waves/" + wave)
                .then().extract().path("units.find { it.code == '24' }.responses").equals(1));
    }

    private String record(String id, String wave, String unit, int answer) throws Exception {
        Map<String, Object> response = new java.util.HashMap<>(SurveyFixtures.response(id, unit, answer));
        response.put("wave", wave);
        return json.writeValueAsString(response);
    }

    private void send(String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, key, value);
        kafka.produceStrings().fromRecords(record).awaitCompletion(Duration.ofSeconds(10));
    }

    private static ConsumerRecord<String, String> deadLetter(ConsumerTask<String, String> task, String key) {
        return task.getRecords().stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
