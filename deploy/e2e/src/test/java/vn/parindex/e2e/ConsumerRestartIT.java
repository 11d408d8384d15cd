package vn.parindex.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * ranking-service is killed (SIGKILL) while results stream in and started again; its table must equal, byte for byte,
 * the table a second instance builds from scratch by replaying the topics into an empty database. The stream carries
 * redeliveries and older versions arriving late, which must change nothing.
 */
class ConsumerRestartIT {

    private static final String BOOTSTRAP = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS",
            "127.0.0.1:" + System.getenv().getOrDefault("KAFKA_PORT", "19092"));
    private static final int UNITS = 40;

    private final Platform platform = Platform.get();

    @Test
    void aKilledConsumerCatchesUpToExactlyTheTableAFromScratchRebuildGives() throws Exception {
        String period = "REPLAY-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        try (KafkaProducer<String, String> producer = producer()) {
            for (int u = 0; u < UNITS / 2; u++) {
                send(producer, period, u, 1, total(u, 1));
            }
            producer.flush();
            await().atMost(Duration.ofSeconds(30)).until(() -> fieldSize(platform.url("ranking"), period) == UNITS / 2);

            platform.kill("ranking");
            for (int u = UNITS / 2; u < UNITS; u++) {
                send(producer, period, u, 1, total(u, 1));
            }
            for (int u = 0; u < UNITS; u += 3) {
                send(producer, period, u, 2, total(u, 2));
            }
            for (int u = 0; u < UNITS; u += 5) {
                send(producer, period, u, 1, "10.0000"); // an older version arriving late: ignored
            }
            producer.flush();
            platform.start("ranking");
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> fieldSize(platform.url("ranking"), period) == UNITS
                && table(platform.url("ranking"), period).contains("\"unitCode\":\"R39\""));

        Platform.Service rebuilt = platform.rebuild("ranking", Platform.database("parindex_ranking_e2e_rebuild"));
        // the rebuild replays every result on the topic, those of the other tests too: a generous bound, not a timing claim
        await().atMost(Duration.ofSeconds(240)).until(() -> fieldSize(rebuilt.url(), period) == UNITS);
        await().atMost(Duration.ofSeconds(30)).until(() -> table(rebuilt.url(), period).equals(table(platform.url("ranking"), period)));
        assertEquals(table(rebuilt.url(), period), table(platform.url("ranking"), period));
        assertEquals(csv(rebuilt.url(), period), csv(platform.url("ranking"), period));
    }

    /** Distinct unrounded totals with ties every seventh unit, so the tie rule is exercised too. */
    private static String total(int unit, int version) {
        return String.format(java.util.Locale.ROOT, "%.4f", 60 + (unit % 7 == 0 ? 7 : unit * 0.731 % 30) + version * 0.5);
    }

    private static void send(KafkaProducer<String, String> producer, String period, int unit, int version, String total) {
        String code = String.format("R%02d", unit);
        String payload = """
                {"periodCode":"%s","periodName":"Bảng thử phát lại","year":2031,"methodologyCode":"REPLAY-2031","methodologyVersion":1,\
                "tieRule":"STANDARD_COMPETITION","unitKey":"%s@2030-01-01","unitCode":"%s","unitName":"Đơn vị %s","parentKey":null,\
                "status":"PUBLISHED","areas":[{"code":"1","name":"Lĩnh vực 1","points":%s,"maxPoints":100,"percent":%s,"children":[]}],\
                "total":%s,"maxPoints":100,"indexPercent":%s,"band":"B","bandName":"B","complete":true,"version":%d}"""
                .formatted(period, code, code, code, total, total, total, total, version);
        ProducerRecord<String, String> record = new ProducerRecord<>("parindex.internal.assessment-progress.v1", period + "/" + code, payload);
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", "parindex.assessment-result.changed.v1".getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }

    private static int fieldSize(String url, String period) {
        var response = given().baseUri(url).get("/api/v1/league-tables/" + period);
        return response.statusCode() == 200 ? response.jsonPath().getInt("fieldSize") : -1;
    }

    private static String table(String url, String period) {
        return given().baseUri(url).get("/api/v1/league-tables/" + period).then().statusCode(200).extract().asString();
    }

    private static String csv(String url, String period) {
        return given().baseUri(url).accept("text/csv").get("/api/v1/league-tables/" + period).then().statusCode(200).extract().asString();
    }

    private static KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put("bootstrap.servers", BOOTSTRAP);
        props.put("acks", "all");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
