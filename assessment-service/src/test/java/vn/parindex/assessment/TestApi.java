package vn.parindex.assessment;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Requests as the platform's roles, and N clients let loose at once. */
public final class TestApi {

    private TestApi() {
    }

    public static RequestSpecification admin() {
        return given().auth().oauth2(TestTokens.token("admin")).contentType(ContentType.JSON);
    }

    public static RequestSpecification appraiser() {
        return given().auth().oauth2(TestTokens.token("appraiser")).contentType(ContentType.JSON);
    }

    public static RequestSpecification unit(String code) {
        return given().auth().oauth2(TestTokens.token("unit", code)).contentType(ContentType.JSON);
    }

    public static void registerUnit(String code, String name, String level, String parent) {
        admin().body("""
                {"code": "%s", "name": "%s", "level": "%s", "parentCode": %s, "validFrom": "2020-01-01"}
                """.formatted(code, name, level, parent == null ? "null" : "\"" + parent + "\""))
                .post("/api/v1/units").then().statusCode(201);
    }

    /** Runs {@code clients} calls released together by one gate, and returns their responses in client order. */
    public static List<Response> race(int clients, IntFunction<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Response>> calls = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int client = i;
                calls.add(pool.submit(() -> {
                    gate.await();
                    return call.apply(client);
                }));
            }
            gate.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> response : calls) {
                responses.add(response.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
