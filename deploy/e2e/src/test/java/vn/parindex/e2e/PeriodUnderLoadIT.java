package vn.parindex.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * 63 units taken through the workflow by 8 clients at once, in a period with a RELATIVE_TO_BEST criterion, then
 * published: ranking-service's official table is exactly the one assessment-service's stored results give (every
 * unit, its points, ranks in order of points), with no 5xx on the way.
 */
class PeriodUnderLoadIT {

    private static final int UNITS = 63;
    private static final int CLIENTS = 8;

    private final Platform platform = Platform.get();
    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();

    @Test
    void theOfficialTableEqualsTheStoredResultsAfterEightClientsWorkedAtOnce() throws Exception {
        String province = "LP" + run;
        registerUnit(province, "Tỉnh Tải Nặng", "PROVINCE", null);
        List<String> units = IntStream.rangeClosed(1, UNITS).mapToObj(i -> "L%02d%s".formatted(i, run)).toList();
        units.forEach(code -> registerUnit(code, "Sở " + code.substring(1, 3), "DEPARTMENT", province));
        admin().body("""
                {"code": "LOAD-%s", "name": "Chỉ số CCHC các sở (tải nặng)", "index": "PAR_INDEX", "unitLevel": "DEPARTMENT",
                 "yearFrom": 2025, "yearTo": 2025,
                 "areas": [{"code": "1", "name": "Dịch vụ công trực tuyến", "maxPoints": 30, "rule": {"type": "RELATIVE_TO_BEST"}},
                           {"code": "2", "name": "Thủ tục hành chính", "maxPoints": 70, "rule": {"type": "MANUAL"}}],
                 "bands": [{"code": "A", "name": "Tốt", "minPercent": 80}, {"code": "B", "name": "Khá", "minPercent": 0}]}
                """.formatted(run)).post("/api/v1/methodologies").then().statusCode(201);
        String period = "LOAD-2025-" + run;
        OffsetDateTime deadline = OffsetDateTime.now().plusDays(30);
        admin().body("""
                {"code": "%s", "name": "Kỳ tải nặng", "methodologyCode": "LOAD-%s", "year": 2025, "unitLevel": "DEPARTMENT",
                 "parentKey": "%s@2024-01-01", "selfAssessmentDeadline": "%s", "explanationDeadline": "%s"}
                """.formatted(period, run, province, deadline, deadline.plusDays(10))).post("/api/v1/periods").then().statusCode(201);

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                for (int i = client + 1; i <= UNITS; i += CLIENTS) {
                    takeToFinal(period, units.get(i - 1), i);
                }
            }));
        }
        for (Future<?> client : clients) {
            client.get();
        }
        pool.shutdown();
        assertEquals(List.of(), List.copyOf(failures));
        appraiser().header("If-Match", "1").post("/api/v1/periods/" + period + "/actions/publish").then().statusCode(200);

        Map<String, BigDecimal> stored = new TreeMap<>();
        List<Map<String, Object>> lines = appraiser().get("/api/v1/periods/" + period + "/assessments").then().statusCode(200)
                .extract().path("");
        lines.forEach(line -> stored.put((String) line.get("unitCode"), new BigDecimal(line.get("total").toString())));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Map<String, Object>> rows = given().baseUri(platform.url("ranking")).get("/api/v1/league-tables/" + period)
                    .then().statusCode(200).extract().path("rows");
            Map<String, BigDecimal> ranked = rows.stream().collect(Collectors.toMap(row -> (String) row.get("unitCode"),
                    row -> new BigDecimal(row.get("points").toString()), (a, b) -> a, TreeMap::new));
            assertEquals(stored, ranked);
            for (int i = 1; i < rows.size(); i++) {
                BigDecimal above = new BigDecimal(rows.get(i - 1).get("points").toString());
                BigDecimal below = new BigDecimal(rows.get(i).get("points").toString());
                int rank = (Integer) rows.get(i).get("rank");
                assertEquals(above.compareTo(below) == 0 ? rows.get(i - 1).get("rank") : i + 1, rank, "rank of row " + (i + 1));
            }
        });
    }

    /** Self-assessment, submission, appraisal (every fourth unit's relative value changed), finalization. */
    private void takeToFinal(String period, String code, int i) {
        String path = "/api/v1/periods/" + period + "/assessments/" + code;
        RequestSpecification self = unit(code);
        String version = answered(code, self.header("If-Match", "1").body("""
                {"criteria": {"1": {"value": %d}, "2": {"points": %d}}}""".formatted(10 + i, 30 + i % 40)).put(path + "/scores/self"));
        version = answered(code, unit(code).header("If-Match", version).post(path + "/actions/submit"));
        if (i % 4 == 0) {
            version = answered(code, appraiser().header("If-Match", version)
                    .body("{\"criteria\": {\"1\": {\"value\": " + 2 * i + "}}}").put(path + "/scores/appraised"));
        }
        version = answered(code, appraiser().header("If-Match", version).post(path + "/actions/appraise"));
        answered(code, appraiser().header("If-Match", version).post(path + "/actions/finalize"));
    }

    private String answered(String code, Response response) {
        if (response.statusCode() != 200) {
            failures.add(code + ": " + response.statusCode() + " " + response.asString());
        }
        return response.header("ETag");
    }

    private void registerUnit(String code, String name, String level, String parent) {
        admin().body("""
                {"code": "%s", "name": "%s", "level": "%s", "parentCode": %s, "validFrom": "2024-01-01"}
                """.formatted(code, name, level, parent == null ? "null" : "\"" + parent + "\""))
                .post("/api/v1/units").then().statusCode(201);
    }

    private RequestSpecification admin() {
        return given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("admin")).contentType(ContentType.JSON);
    }

    private RequestSpecification appraiser() {
        return given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("appraiser")).contentType(ContentType.JSON);
    }

    private RequestSpecification unit(String code) {
        return given().baseUri(platform.url("assessment")).auth().oauth2(platform.token("unit", code)).contentType(ContentType.JSON);
    }
}
