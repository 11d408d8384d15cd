package vn.parindex.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A citizen's response put on the inbound topic by another agency's system changes the unit's satisfaction index in
 * survey-service, whose result event fills the SURVEY criterion of the unit's assessment in assessment-service.
 */
class SurveyThroughKafkaIT {

    private static final String BOOTSTRAP = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS",
            "127.0.0.1:" + System.getenv().getOrDefault("KAFKA_PORT", "19092"));
    private static final List<String> ITEMS = List.of("TC1", "TC2", "TC3", "TC4", "TT1", "TT2", "TT3", "TT4", "TT5", "CC1",
            "CC2", "CC3", "CC4", "CC5", "CC6", "KQ1", "KQ2", "KQ3");

    private final Platform platform = Platform.get();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aResponseOnTheTopicChangesTheIndexAndTheAssessmentsSurveyPoints() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String province = "SP" + run;
        String district = "SD" + run;
        String wave = "SIPAS-E2E-" + run;
        String period = "HUYEN-E2E-" + run;
        prepareAssessment(run, province, district, wave, period);
        given().baseUri(platform.url("survey")).auth().oauth2(platform.token("admin")).contentType(ContentType.JSON).body("""
                {"code": "%s", "name": "SIPAS huyện 2022", "questionnaire": {"code": "SIPAS-2017"}, "year": 2022,
                 "unitLevel": "DISTRICT", "opensOn": "%s", "closesOn": "%s",
                 "units": [{"code": "%s", "name": "Huyện Thử", "target": 4}]}
                """.formatted(wave, LocalDate.now().minusDays(1), LocalDate.now().plusDays(10), district))
                .post("/api/v1/waves").then().statusCode(201);

        try (KafkaConsumer<String, String> results = consumer()) {
            results.subscribe(List.of("parindex.internal.survey-progress.v1"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                results.poll(Duration.ofMillis(200));
                return !results.assignment().isEmpty();
            });
            results.seekToEnd(results.assignment());
            results.assignment().forEach(results::position);
            try (KafkaProducer<String, String> producer = producer()) {
                for (int i = 0; i < 4; i++) {
                    String id = run + "-" + i;
                    producer.send(new ProducerRecord<>("parindex.survey-responses.v1", id, response(id, wave, district, i < 3 ? 5 : 1))).get();
                }
            }
            // 3 of 4 respondents satisfied with every item: 75 %
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(platform.url("survey"))
                    .auth().oauth2(platform.token("admin")).get("/api/v1/waves/" + wave + "/results/" + district).then()
                    .statusCode(200).body("result.respondents", equalTo(4)).body("result.index.percent", equalTo(75)));

            List<ConsumerRecord<String, String>> mine = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                results.poll(Duration.ofMillis(500)).forEach(r -> {
                    if ((wave + "/" + district).equals(r.key())) {
                        mine.add(r);
                    }
                });
                return mine.stream().anyMatch(r -> r.value().contains("\"respondents\":4"));
            });
            JsonNode event = json.readTree(mine.get(mine.size() - 1).value());
            assertEquals(0, new BigDecimal("75").compareTo(event.path("result").path("index").path("percent").decimalValue()));
            assertTrue(event.path("result").path("index").has("standardError"));
        }

        // 75 % of the 25 survey points
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(platform.url("assessment"))
                .auth().oauth2(platform.token("appraiser")).get("/api/v1/periods/" + period + "/assessments/" + district + "/result")
                .then().statusCode(200).body("stages.HL", equalTo("SURVEY"))
                .body("areas.find { it.code == 'HL' }.points", equalTo(18.75f)));
    }

    private void prepareAssessment(String run, String province, String district, String wave, String period) {
        for (String unit : new String[] {
                "{\"code\": \"%s\", \"name\": \"Tỉnh Thử\", \"level\": \"PROVINCE\", \"validFrom\": \"2020-01-01\"}".formatted(province),
                "{\"code\": \"%s\", \"name\": \"Huyện Thử\", \"level\": \"DISTRICT\", \"parentCode\": \"%s\", \"validFrom\": \"2020-01-01\"}"
                        .formatted(district, province) }) {
            given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("admin")).contentType(ContentType.JSON)
                    .body(unit).post("/api/v1/units").then().statusCode(201);
        }
        given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("admin")).contentType(ContentType.JSON).body("""
                {"code": "HUYEN-%s", "name": "Chỉ số CCHC cấp huyện (thử)", "index": "PAR_INDEX", "unitLevel": "DISTRICT",
                 "yearFrom": 2022, "yearTo": 2022,
                 "areas": [{"code": "TTHC", "name": "Cải cách TTHC", "maxPoints": 75, "rule": {"type": "MANUAL"}},
                           {"code": "HL", "name": "Mức độ hài lòng", "maxPoints": 25, "channel": "SURVEY", "rule": {"type": "SURVEY"}}]}
                """.formatted(run)).post("/api/v1/methodologies").then().statusCode(201);
        OffsetDateTime deadline = OffsetDateTime.now().plusDays(30);
        given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("admin")).contentType(ContentType.JSON).body("""
                {"code": "%s", "name": "Huyện 2022", "methodologyCode": "HUYEN-%s", "year": 2022, "unitLevel": "DISTRICT",
                 "parentKey": "%s@2020-01-01", "selfAssessmentDeadline": "%s", "explanationDeadline": "%s", "surveyWave": "%s"}
                """.formatted(period, run, province, deadline, deadline.plusDays(30), wave))
                .post("/api/v1/periods").then().statusCode(201);
    }

    private String response(String id, String wave, String unit, int answer) throws Exception {
        Map<String, Object> answers = new java.util.LinkedHashMap<>();
        ITEMS.forEach(item -> answers.put(item, answer));
        return json.writeValueAsString(Map.of("id", id, "wave", wave, "unit", unit, "answers", answers));
    }

    /** Signed in as the survey partner of deploy/k8s/agencies/survey-partner.yaml: its ACL lets it write the responses. */
    private static KafkaProducer<String, String> producer() throws java.io.IOException {
        KafkaUsers.apply(Platform.REPO.resolve("deploy/k8s/agencies/survey-partner.yaml"));
        Properties props = new Properties();
        props.putAll(KafkaUsers.client("khao-sat-vnpost"));
        props.put("acks", "all");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put("bootstrap.servers", BOOTSTRAP);
        props.put("group.id", "e2e-" + UUID.randomUUID());
        props.put("auto.offset.reset", "latest");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
