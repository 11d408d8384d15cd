package vn.parindex.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The path every later feature builds on: a change committed in assessment-service reaches ranking-service through Kafka. */
class WalkingSkeletonIT {

    private final Platform platform = Platform.get();

    @Test
    void aUnitRegisteredInAssessmentAppearsInRankingsReplicaWithinOneTrace() {
        String code = "W" + UUID.randomUUID().toString().substring(0, 8);
        String traceId = UUID.randomUUID().toString().replace("-", "");

        given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("admin")).contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
                .body("""
                        {"code": "%s", "name": "Bắc Giang", "level": "PROVINCE", "validFrom": "1997-01-01", "validTo": "2025-06-30"}
                        """.formatted(code))
                .post("/api/v1/units").then().statusCode(201);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().baseUri(platform.url("ranking"))
                .get("/api/v1/units/" + code).then().statusCode(200)
                .body("name", equalTo("Bắc Giang")).body("version", equalTo(1)).body("validTo", equalTo("2025-06-30")));
        await().atMost(Duration.ofSeconds(5)).until(() -> replicationLoggedInTrace(code, traceId));
    }

    @Test
    void everyServiceIsReadyOnlyWithItsDatabaseAndKafkaAndIsDocumented() {
        for (String service : new String[] { "assessment", "ranking", "survey" }) {
            given().baseUri(platform.url(service)).get("/q/health/ready").then().statusCode(200)
                    .body("status", equalTo("UP"))
                    .body("checks.name", hasItems("Database connections health check", "Kafka broker"));
            given().baseUri(platform.url(service)).get("/q/health/live").then().statusCode(200);
            given().baseUri(platform.url(service)).accept("application/json").get("/q/openapi").then().statusCode(200)
                    .body("info.title", containsString(service + "-service"));
            given().baseUri(platform.url(service)).get("/q/metrics").then().statusCode(200)
                    .body(containsString("jvm_memory_used_bytes"));
            given().baseUri(platform.url(service)).get("/q/swagger-ui/").then().statusCode(200);
        }
        given().baseUri(platform.url("assessment")).get("/asyncapi.yaml").then().statusCode(200)
                .body(containsString("parindex.unit.changed.v1"));
    }

    @Test
    void badRequestsToEveryServiceAreProblemDocumentsNotErrors() {
        given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("admin")).contentType(ContentType.JSON)
                .body("{\"code\": ").post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json");
        given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("admin")).contentType(ContentType.JSON)
                .body("{\"code\": \"X\", \"name\": \"Hà Nội\", \"level\": \"CITY\", \"validFrom\": \"2008-08-01\"}")
                .post("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("level"));
        given().baseUri(platform.url("survey")).contentType(ContentType.JSON)
                .body("{\"margin\": \"a lot\", \"populations\": {}}").post("/api/v1/sample-sizes")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("margin"));
        given().baseUri(platform.url("ranking")).queryParam("validOn", "30/06/2025").get("/api/v1/units")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("validOn"));
    }

    /** ranking-service logs JSON here; its "replicated" line carries the trace id of the HTTP write in assessment-service. */
    private boolean replicationLoggedInTrace(String code, String traceId) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(platform.log("ranking"))) {
            if (line.startsWith("{") && line.contains("unit " + code + "@")) {
                JsonNode entry = json.readTree(line);
                String logged = entry.path("mdc").path("traceId").asText(entry.path("traceId").asText());
                assertTrue(traceId.equals(logged), "replication of " + code + " logged in trace " + logged + ", not " + traceId
                        + ": " + line);
                return true;
            }
        }
        return false;
    }
}
