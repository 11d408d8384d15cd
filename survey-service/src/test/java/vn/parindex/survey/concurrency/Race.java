package vn.parindex.survey.concurrency;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Concurrent clients for the write-race tests: every call waits at one gate, and all are let loose at once. */
public final class Race {

    private Race() {
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
