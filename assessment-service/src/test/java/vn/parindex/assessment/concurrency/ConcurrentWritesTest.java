package vn.parindex.assessment.concurrency;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.assessment.TestApi.admin;
import static vn.parindex.assessment.concurrency.Race.race;
import static vn.parindex.assessment.TestApi.appraiser;
import static vn.parindex.assessment.TestApi.registerUnit;
import static vn.parindex.assessment.TestApi.unit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.AssessmentFixture;

/**
 * Twenty clients holding the same version write at once, over the real database: exactly one wins, the nineteen others
 * get a 409 carrying the version the winner left, and what is stored is the winner's.
 */
@QuarkusTest
class ConcurrentWritesTest {

    private static final int CLIENTS = 20;
    static final String METHODOLOGY = """
            {"code": "%s", "name": "%s", "index": "PAR_INDEX", "unitLevel": "DEPARTMENT", "yearFrom": 2024, "yearTo": 2026,
             "areas": [
               {"code": "1", "name": "Chỉ đạo, điều hành", "maxPoints": 40, "children": [
                 {"code": "1.1", "name": "Kế hoạch CCHC", "maxPoints": 10, "rule": {"type": "BOOLEAN"}},
                 {"code": "1.2", "name": "Số dịch vụ công trực tuyến", "maxPoints": 30, "rule": {"type": "RELATIVE_TO_BEST"}}]},
               {"code": "2", "name": "Thủ tục hành chính", "maxPoints": 60, "rule": {"type": "MANUAL"}}],
             "bands": [{"code": "A", "name": "Tốt", "minPercent": 80}, {"code": "B", "name": "Khá", "minPercent": 0}]}""";

    private String run;
    private String period;
    private String department;

    @BeforeEach
    void openAPeriod() {
        run = AssessmentFixture.run();
        String province = "CP" + run;
        department = "CD" + run;
        period = "CW-" + run;
        registerUnit(province, "Tỉnh Đồng Thời", "PROVINCE", null);
        registerUnit(department, "Sở Nội vụ", "DEPARTMENT", province);
        AssessmentFixture.methodology(METHODOLOGY.formatted("CW-" + run, "Bộ chỉ số đồng thời"));
        AssessmentFixture.openPeriod(period, "CW-" + run, 2025, "DEPARTMENT", province);
    }

    @Test
    void oneOfTwentySelfAssessmentsWithTheSameVersionWinsAndTheOthersAreToldTheNewVersion() throws Exception {
        String path = "/api/v1/periods/" + period + "/assessments/" + department;

        List<Response> responses = race(CLIENTS, client -> unit(department).header("If-Match", "1")
                .body("{\"criteria\": {\"2\": {\"points\": " + (client + 1) + "}}}").put(path + "/scores/self").andReturn());

        Response winner = onlyWinner(responses, 200);
        assertEquals("\"2\"", winner.header("ETag"));
        responses.stream().filter(r -> r != winner).forEach(ConcurrentWritesTest::isStaleAtVersion2);
        float written = winner.path("criteria.SELF.'2'.points");
        unit(department).get(path).then().statusCode(200).header("ETag", "\"2\"")
                .body("criteria.SELF.'2'.points", org.hamcrest.Matchers.equalTo(written));
        List<String> audited = unit(department).get(path + "/audit").then().statusCode(200).extract()
                .path("findAll { it.field == 'criteria.2.SELF.points' }.newValue");
        assertEquals(1, audited.size(), "one change audited, the winner's: " + audited);
        unit(department).get(path + "/result").then().body("total", org.hamcrest.Matchers.equalTo(written));
    }

    @Test
    void oneOfTwentyWorkflowStepsWithTheSameVersionIsTaken() throws Exception {
        String path = "/api/v1/periods/" + period + "/assessments/" + department;
        unit(department).header("If-Match", "1").body("{\"criteria\": {\"2\": {\"points\": 50}}}").put(path + "/scores/self")
                .then().statusCode(200);

        List<Response> responses = race(CLIENTS, client -> unit(department).header("If-Match", "2").post(path + "/actions/submit")
                .andReturn());

        onlyWinner(responses, 200);
        List<String> statuses = appraiser().get(path + "/audit").then().extract().path("findAll { it.field == 'status' }.newValue");
        assertEquals(List.of("SUBMITTED"), statuses);
    }

    @Test
    void oneOfTwentyNewMethodologyVersionsIsStoredAndTheOthersAreConflicts() throws Exception {
        String code = "CW-" + run;

        List<Response> responses = race(CLIENTS, client -> admin().header("If-Match", "1")
                .body(METHODOLOGY.formatted(code, "Phiên bản " + client)).put("/api/v1/methodologies/" + code).andReturn());

        Response winner = onlyWinner(responses, 201);
        responses.stream().filter(r -> r != winner).forEach(r -> {
            assertEquals(409, r.statusCode(), r.asString());
            assertEquals(2, r.<Integer>path("currentVersion"));
        });
        given().get("/api/v1/methodologies/" + code).then().statusCode(200).header("ETag", "\"2\"")
                .body("document.name", org.hamcrest.Matchers.equalTo(winner.path("document.name")));
    }

    @Test
    void twentyImportsOfOneNewMethodologyCodeCreateItOnce() throws Exception {
        String code = "CN-" + run;

        List<Response> different = race(CLIENTS, client -> admin().body(METHODOLOGY.formatted(code, "Nội dung " + client))
                .post("/api/v1/methodologies").andReturn());
        onlyWinner(different, 201);

        String same = "CS-" + run;
        List<Response> identical = race(CLIENTS, client -> admin().body(METHODOLOGY.formatted(same, "Cùng nội dung"))
                .post("/api/v1/methodologies").andReturn());
        assertEquals(Map.of(201, 1L, 200, 19L), countByStatus(identical), "the same document again is a no-op");
    }

    @Test
    void oneOfTwentyPeriodChangesWithTheSameVersionWins() throws Exception {
        OffsetDateTime deadline = OffsetDateTime.now().plusDays(45).truncatedTo(ChronoUnit.SECONDS);

        List<Response> responses = race(CLIENTS, client -> admin().header("If-Match", "1").body("""
                {"name": "Kỳ gia hạn %d", "selfAssessmentDeadline": "%s", "explanationDeadline": "%s"}
                """.formatted(client, deadline, deadline.plusDays(client + 1))).put("/api/v1/periods/" + period).andReturn());

        Response winner = onlyWinner(responses, 200);
        responses.stream().filter(r -> r != winner).forEach(ConcurrentWritesTest::isStaleAtVersion2);
        given().get("/api/v1/periods/" + period).then().statusCode(200).header("ETag", "\"2\"")
                .body("name", org.hamcrest.Matchers.equalTo(winner.path("name")))
                .body("explanationDeadline", org.hamcrest.Matchers.equalTo(winner.path("explanationDeadline")));
    }

    @Test
    void oneOfTwentyUnitChangesWithTheSameVersionWins() throws Exception {
        String key = department + "@2020-01-01";

        List<Response> responses = race(CLIENTS, client -> admin().header("If-Match", "1").body("""
                {"code": "%s", "name": "Sở Nội vụ %d", "level": "DEPARTMENT", "parentCode": "CP%s", "validFrom": "2020-01-01"}
                """.formatted(department, client, run)).put("/api/v1/units/" + key).andReturn());

        Response winner = onlyWinner(responses, 200);
        responses.stream().filter(r -> r != winner).forEach(ConcurrentWritesTest::isStaleAtVersion2);
        given().get("/api/v1/units/" + key).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo(winner.path("name"))).body("version", org.hamcrest.Matchers.equalTo(2));
    }

    private static Response onlyWinner(List<Response> responses, int winning) {
        Map<Integer, Long> statuses = countByStatus(responses);
        assertEquals(Map.of(winning, 1L, 409, (long) CLIENTS - 1), statuses, "exactly one winner, the others conflicts: "
                + responses.stream().filter(r -> r.statusCode() != winning && r.statusCode() != 409).map(Response::asString).toList());
        return responses.stream().filter(r -> r.statusCode() == winning).findFirst().orElseThrow();
    }

    private static Map<Integer, Long> countByStatus(List<Response> responses) {
        return responses.stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
    }

    private static void isStaleAtVersion2(Response response) {
        assertEquals(409, response.statusCode(), response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"), response.contentType());
        assertEquals(2, response.<Integer>path("currentVersion"), response.asString());
        assertEquals("\"2\"", response.header("ETag"));
    }
}
