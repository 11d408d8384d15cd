package vn.parindex.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A change committed while Kafka is down is published when Kafka returns: nothing is lost. */
class OutboxSurvivesKafkaOutageIT {

    private static final Pattern PENDING = Pattern.compile("(?m)^parindex_outbox_pending(?:\\{[^}]*\\})? ([0-9.E]+)$");
    private final Platform platform = Platform.get();

    @Test
    void aUnitRegisteredWhileKafkaIsDownReachesRankingAfterKafkaReturns() {
        String code = "K" + UUID.randomUUID().toString().substring(0, 8);
        Platform.script("kafka", "stop");
        try {
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    given().baseUri(platform.url("assessment")).get("/q/health/ready").statusCode() == 503);

            given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("admin")).contentType(ContentType.JSON)
                    .body("""
                            {"code": "%s", "name": "Bắc Kạn", "level": "PROVINCE", "validFrom": "1997-01-01"}
                            """.formatted(code))
                    .post("/api/v1/units").then().statusCode(201);

            await().atMost(Duration.ofSeconds(10)).until(() -> pendingEvents() >= 1);
            Platform.sleep(Duration.ofSeconds(3));
            given().baseUri(platform.url("ranking")).get("/api/v1/units/" + code).then().statusCode(404);
        } finally {
            Platform.script("kafka", "start");
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(platform.url("ranking"))
                .get("/api/v1/units/" + code).then().statusCode(200).body("name", equalTo("Bắc Kạn")));
        await().atMost(Duration.ofSeconds(15)).until(() -> pendingEvents() == 0);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                given().baseUri(platform.url("assessment")).get("/q/health/ready").statusCode() == 200);
    }

    private double pendingEvents() {
        String metrics = given().baseUri(platform.url("assessment")).get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher matcher = PENDING.matcher(metrics);
        assertTrue(matcher.find(), "assessment-service exposes parindex_outbox_pending");
        return Double.parseDouble(matcher.group(1));
    }
}
