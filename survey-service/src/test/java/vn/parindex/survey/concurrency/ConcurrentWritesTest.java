package vn.parindex.survey.concurrency;

import static vn.parindex.survey.concurrency.Race.race;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.survey.SurveyFixtures.admin;
import static vn.parindex.survey.SurveyFixtures.surveyor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.parindex.survey.SurveyFixtures;

/** Twenty clients holding the same version write at once, over the real database: exactly one wins, never a 5xx. */
@QuarkusTest
class ConcurrentWritesTest {

    private static final int CLIENTS = 20;

    @Test
    void oneOfTwentyClosesWithTheSameVersionClosesTheWaveWhileResponsesArrive() throws Exception {
        String wave = SurveyFixtures.openWave(false);

        List<Response> responses = race(CLIENTS + 10, client -> client < CLIENTS
                ? given().auth().oauth2(admin()).header("If-Match", "1").post("/api/v1/waves/" + wave + "/close").andReturn()
                : given().auth().oauth2(surveyor()).contentType(ContentType.JSON)
                        .body(SurveyFixtures.response(SurveyFixtures.id(), "24", 4)).post("/api/v1/waves/" + wave + "/responses").andReturn());

        List<Response> closes = responses.subList(0, CLIENTS);
        assertEquals(Map.of(200, 1L, 409, 19L), count(closes), bodies(closes));
        closes.stream().filter(r -> r.statusCode() == 409).forEach(r -> {
            assertEquals(2, r.<Integer>path("currentVersion"), r.asString());
            assertEquals("\"2\"", r.header("ETag"));
        });
        List<Response> submissions = responses.subList(CLIENTS, responses.size());
        assertTrue(submissions.stream().allMatch(r -> r.statusCode() == 201 || r.statusCode() == 409), bodies(submissions));
        long accepted = submissions.stream().filter(r -> r.statusCode() == 201).count();
        given().get("/api/v1/waves/" + wave).then().statusCode(200).body("status", equalTo("CLOSED")).body("version", equalTo(2))
                .body("units.find { it.code == '24' }.responses", equalTo((int) accepted));
    }

    /**
     * Eight batches at once share half their ids, each in an order of its own (the same responses sent through several
     * gateways at once), and carry half of their own: every response is stored and counted once, whether its batch was
     * copied in first or met the others' rows, and the running tallies equal a count from scratch.
     */
    @Test
    void batchesSharingIdsAtOnceStoreAndCountEachResponseOnce() throws Exception {
        String wave = SurveyFixtures.openWave(false);
        int batches = 8;
        int shared = 25;
        int own = 25;
        List<String> sharedIds = java.util.stream.IntStream.range(0, shared).mapToObj(i -> SurveyFixtures.id()).toList();

        List<Response> answers = race(batches, client -> {
            List<Object> rows = new ArrayList<>();
            List<String> inTheirOrder = new ArrayList<>(sharedIds);
            java.util.Collections.shuffle(inTheirOrder, new java.util.Random(client));
            inTheirOrder.forEach(id -> rows.add(SurveyFixtures.response(id, "24", 4)));
            for (int i = 0; i < own; i++) {
                rows.add(SurveyFixtures.response(SurveyFixtures.id(), i % 2 == 0 ? "24" : "06", 2));
            }
            return given().auth().oauth2(surveyor()).contentType(ContentType.JSON).body(rows)
                    .post("/api/v1/waves/" + wave + "/response-batches?report=problems").andReturn();
        });

        assertEquals(Map.of(200, (long) batches), count(answers), bodies(answers));
        int accepted = answers.stream().mapToInt(r -> r.<Integer>path("accepted")).sum();
        int duplicates = answers.stream().mapToInt(r -> r.<Integer>path("duplicates")).sum();
        assertEquals(shared + batches * own, accepted, bodies(answers));
        assertEquals((batches - 1) * shared, duplicates, bodies(answers));
        answers.forEach(r -> assertEquals(0, r.<Integer>path("conflicts"), r.asString()));
        given().auth().oauth2(admin()).get("/api/v1/waves/" + wave).then().statusCode(200)
                .body("responses", equalTo(shared + batches * own));
        given().auth().oauth2(admin()).post("/api/v1/waves/" + wave + "/recount").then().statusCode(200)
                .body("responses", equalTo(shared + batches * own)).body("differences", org.hamcrest.Matchers.empty());
    }

    @Test
    void oneOfTwentyNewQuestionnaireVersionsIsStoredAndTheOthersAreConflicts() throws Exception {
        String code = "QC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String document = """
                {"code": "%s", "name": "Khảo sát đồng thời", "factors": [{"code": "F", "name": "Yếu tố"}],
                 "items": [{"code": "F1", "text": "%s", "factor": "F"}]}""";
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(document.formatted(code, "Câu gốc"))
                .post("/api/v1/questionnaires").then().statusCode(201).header("ETag", "\"1\"");

        List<Response> responses = race(CLIENTS, client -> given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .header("If-Match", "1").body(document.formatted(code, "Câu " + client)).put("/api/v1/questionnaires/" + code).andReturn());

        assertEquals(Map.of(201, 1L, 409, 19L), count(responses), bodies(responses));
        String winner = responses.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow().path("version").toString();
        assertEquals("2", winner);
        given().get("/api/v1/questionnaires/" + code + "/versions").then().body("version", equalTo(List.of(1, 2)));
    }

    @Test
    void twentyImportsOfOneNewQuestionnaireCodeCreateItOnce() throws Exception {
        String code = "QN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String document = """
                {"code": "%s", "name": "Khảo sát mới", "factors": [{"code": "F", "name": "Yếu tố"}],
                 "items": [{"code": "F1", "text": "%s", "factor": "F"}]}""";

        List<Response> responses = race(CLIENTS, client -> given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(document.formatted(code, "Câu " + client)).post("/api/v1/questionnaires").andReturn());

        assertEquals(Map.of(201, 1L, 409, 19L), count(responses), bodies(responses));
        given().get("/api/v1/questionnaires/" + code + "/versions").then().body("version", equalTo(List.of(1)));
    }

    @Test
    void twentyCreationsOfOneWaveCodeCreateItOnce() throws Exception {
        String code = "WC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String wave = """
                {"code": "%s", "name": "SIPAS đồng thời", "questionnaire": {"code": "SIPAS-2017"}, "year": 2020,
                 "unitLevel": "PROVINCE", "opensOn": "%s", "closesOn": "%s", "units": [{"code": "24", "name": "Bắc Giang", "target": 10}]}
                """.formatted(code, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));

        List<Response> responses = race(CLIENTS, client -> given().auth().oauth2(admin()).contentType(ContentType.JSON).body(wave)
                .post("/api/v1/waves").andReturn());

        assertEquals(Map.of(201, 1L, 409, 19L), count(responses), bodies(responses));
    }

    private static Map<Integer, Long> count(List<Response> responses) {
        return responses.stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
    }

    private static String bodies(List<Response> responses) {
        return responses.stream().map(r -> r.statusCode() + " " + r.asString()).distinct().limit(5).toList().toString();
    }
}
