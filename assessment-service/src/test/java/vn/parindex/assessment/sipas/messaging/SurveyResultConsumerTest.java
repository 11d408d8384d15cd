package vn.parindex.assessment.sipas.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.AssessmentFixture;
import vn.parindex.assessment.TestApi;
import vn.parindex.assessment.TestTokens;

/**
 * Over the real broker: a survey result fills the unit's SURVEY criterion (points = satisfaction × max), once; a
 * replay or an older version changes nothing; a period naming its wave ignores other waves.
 */
@QuarkusTest
class SurveyResultConsumerTest {

    private static final String METHODOLOGY = """
            {"code": "%s", "name": "Chỉ số CCHC cấp huyện (thử nghiệm)", "index": "PAR_INDEX", "unitLevel": "DISTRICT",
             "yearFrom": 2022, "yearTo": 2022,
             "areas": [
               {"code": "TTHC", "name": "Cải cách TTHC", "maxPoints": 75, "rule": {"type": "MANUAL"}},
               {"code": "HL", "name": "Mức độ hài lòng qua điều tra xã hội học", "maxPoints": 25, "channel": "SURVEY",
                "rule": {"type": "SURVEY"}}],
             "bands": [{"code": "A", "name": "Tốt", "minPercent": 80}, {"code": "B", "name": "Khá", "minPercent": 0}]}""";

    private KafkaCompanion kafka;
    private String run;
    private String district;

    @BeforeEach
    void openAPeriod() {
        kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/health/ready").statusCode() == 200);
        // ready says only that the consumer reaches the broker; it starts at the latest offset, so wait until its group
        // holds every partition, or a record sent now could be skipped
        String topic = ConfigProvider.getConfig().getValue("mp.messaging.incoming.survey-results.topic", String.class);
        String group = ConfigProvider.getConfig().getValue("mp.messaging.incoming.survey-results.group.id", String.class);
        int partitions = kafka.topics().describe(topic).get(topic).partitions().size();
        await().atMost(Duration.ofSeconds(60)).until(() -> kafka.consumerGroups().describe(group).members().stream()
                .mapToLong(member -> member.assignment().topicPartitions().stream().filter(p -> p.topic().equals(topic)).count())
                .sum() == partitions);
        run = AssessmentFixture.run();
        String province = "P" + run;
        district = "D" + run;
        TestApi.registerUnit(province, "Tỉnh Thử Nghiệm", "PROVINCE", null);
        TestApi.registerUnit(district, "Huyện Đức Trọng (thử)", "DISTRICT", province);
        AssessmentFixture.methodology(METHODOLOGY.formatted("HUYEN-" + run));
        OffsetDateTime deadline = OffsetDateTime.now().plusDays(30);
        assertEquals(1, AssessmentFixture.openPeriod("ANY-" + run, "HUYEN-" + run, 2022, "DISTRICT", province, deadline, null));
        assertEquals(1, AssessmentFixture.openPeriod("OWN-" + run, "HUYEN-" + run, 2022, "DISTRICT", province, deadline, "SIPAS-OWN-" + run));
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void aSurveyResultSetsTheSurveyCriterionOnceAndOnlyNewerVersionsChangeIt() {
        String wave = "SIPAS-HUYEN-" + run;
        String anyPath = "/api/v1/periods/ANY-" + run + "/assessments/" + district;
        send(wave, event(wave, "81.56", 3, "OPEN"));
        // Đức Trọng 2022: 81.56 % of 25 points = 20.39
        await().atMost(Duration.ofSeconds(20)).until(() -> points(anyPath) != null);
        assertEquals(0, new BigDecimal("20.39").compareTo(points(anyPath)));
        staff().get(anyPath + "/result").then().body("stages.HL", equalTo("SURVEY"));
        int audits = staff().get(anyPath + "/audit").then().extract().path("size()");

        send(wave, event(wave, "81.56", 3, "OPEN"));
        send(wave, event(wave, "50", 2, "OPEN"));
        // a newer version behind them on the same key (the same partition): once it shows, the two before it were read
        send(wave, event(wave, "40", 4, "OPEN"));
        await().atMost(Duration.ofSeconds(20)).until(() -> new BigDecimal("10").compareTo(points(anyPath)) == 0);
        assertEquals(audits + 2, (int) staff().get(anyPath + "/audit").then().extract().path("size()"),
                "the replay and the older version changed nothing; the newer one changed the value and the note");

        String ownPath = "/api/v1/periods/OWN-" + run + "/assessments/" + district;
        assertEquals(null, points(ownPath), "the period naming its own wave ignored the others");
        String own = "SIPAS-OWN-" + run;
        send(own, event(own, "90", 1, "CLOSED"));
        await().atMost(Duration.ofSeconds(20)).until(() -> points(ownPath) != null);
        assertEquals(0, new BigDecimal("22.5").compareTo(points(ownPath)));
    }

    private String event(String wave, String percent, long version, String status) {
        return """
                {"waveCode": "%s", "waveName": "SIPAS", "year": 2022, "unitLevel": "DISTRICT", "questionnaireCode": "SIPAS-2017",
                 "questionnaireVersion": 1, "unitCode": "%s", "unitName": "Huyện Đức Trọng", "waveStatus": "%s", "target": 400,
                 "coveragePercent": 100, "result": {"respondents": 400, "index": {"percent": %s, "standardError": 1.9,
                 "ciLow": 77.8, "ciHigh": 85.2}, "factors": [], "items": []}, "replicates": 1000, "seed": 1,
                 "computedAt": "2026-11-27T00:00:00Z", "version": %d}""".formatted(wave, district, status, percent, version);
    }

    private void send(String wave, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>("parindex.internal.survey-progress.v1", wave + "/" + district, payload);
        record.headers().add(new RecordHeader("ce_type", "parindex.survey-result.changed.v1".getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8)));
        kafka.produceStrings().fromRecords(record).awaitCompletion(Duration.ofSeconds(10));
    }

    private static BigDecimal points(String path) {
        Object points = staff().get(path + "/result").then().statusCode(200)
                .extract().path("areas.find { it.code == 'HL' }.points");
        Object stage = staff().get(path + "/result").then().extract().path("stages.HL");
        return stage == null ? null : new BigDecimal(points.toString());
    }

    private static String unit(String code, String name, String level, String parent) {
        return """
                {"code": "%s", "name": "%s", "level": "%s", "parentCode": %s, "validFrom": "2020-01-01"}
                """.formatted(code, name, level, parent == null ? "null" : "\"" + parent + "\"");
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.token("admin")).contentType(ContentType.JSON);
    }

    private static RequestSpecification staff() {
        return given().auth().oauth2(TestTokens.token("appraiser"));
    }
}
