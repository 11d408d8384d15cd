package vn.parindex.assessment.concurrency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A transient database conflict is retried in a new transaction, then answered 503 with Retry-After; never a 500. */
@QuarkusTest
class TransientRetryTest {

    /** Writes a row, then fails with the given SQL state the first {@code failures} times. */
    @ApplicationScoped
    @RetryTransient
    public static class Flaky {
        private final AtomicInteger attempts = new AtomicInteger();

        public void reset() {
            attempts.set(0);
        }

        public int attempts() {
            return attempts.get();
        }

        @Inject
        EntityManager entityManager;

        @Transactional
        public void hold() {
            entityManager.createNativeQuery("SELECT pg_sleep(0.3)").getSingleResult();
        }

        @Transactional
        public long write(String marker, int failures, String sqlState) {
            int attempt = attempts.incrementAndGet();
            entityManager.createNativeQuery("INSERT INTO survey_result_applied (wave_code, unit_code, version, applied_at) "
                    + "VALUES (?1, ?2, 1, now())").setParameter(1, marker).setParameter(2, "attempt-" + attempt).executeUpdate();
            if (attempt <= failures) {
                throw new PersistenceException(new SQLException("simulated", sqlState));
            }
            return ((Number) entityManager.createNativeQuery("SELECT count(*) FROM survey_result_applied WHERE wave_code = ?1")
                    .setParameter(1, marker).getSingleResult()).longValue();
        }
    }

    @Path("/test/flaky")
    public static class FlakyResource {
        @Inject
        Flaky flaky;

        @GET
        public long call(@QueryParam("marker") String marker, @QueryParam("failures") int failures, @QueryParam("state") String state) {
            flaky.reset();
            return flaky.write(marker, failures, state);
        }

        /** Holds a connection for a moment: concurrent calls make the pool open several. */
        @GET
        @Path("/hold")
        public int hold() {
            flaky.hold();
            return 1;
        }
    }

    @Inject
    Flaky flaky;

    @Inject
    EntityManager entityManager;

    @Test
    @Transactional
    void noStatementWaitsForALockForEverNorDoesATransactionStayOpenIdle() {
        // a wait past the lock timeout fails with 55P03, which the retries above turn into a 503
        assertEquals("15s", entityManager.createNativeQuery("SHOW lock_timeout").getSingleResult());
        assertEquals("5min", entityManager.createNativeQuery("SHOW idle_in_transaction_session_timeout").getSingleResult());
    }

    @Test
    void aDeadlockIsRetriedInAFreshTransactionAndOnlyTheLastAttemptIsWritten() {
        flaky.reset();
        assertEquals(1, flaky.write("deadlock-" + System.nanoTime(), 2, "40P01"), "the two failed attempts were rolled back");
        assertEquals(3, flaky.attempts());
    }

    @Test
    void aConflictThatPersistsIsA503WithRetryAfter() {
        given().queryParam("marker", "busy-" + System.nanoTime()).queryParam("failures", 100).queryParam("state", "40001")
                .get("/test/flaky").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "1").body("detail", containsString("send the same request again"));
        assertEquals(5, flaky.attempts(), "bounded: five attempts");
    }

    @Test
    void aFailureCausedByTheDataIsNotRetried() {
        flaky.reset();
        assertThrows(PersistenceException.class, () -> flaky.write("bad-" + System.nanoTime(), 1, "22021"));
        assertEquals(1, flaky.attempts());
        given().queryParam("marker", "dup-" + System.nanoTime()).queryParam("failures", 1).queryParam("state", "23505").get("/test/flaky")
                .then().statusCode(409).body("title", equalTo("Conflict"));
    }

    /**
     * The database server restarted (here: every other session of this database ended by the administrator, 57P01): the
     * pool drops each broken connection and the request is retried on another, or answered 503; never a 500.
     */
    @Test
    void aConnectionTheServerEndedIsRetriedOnAnotherNeverA500() throws Exception {
        flaky.reset();
        // several connections in the pool, all of which the restart will break
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            java.util.List<java.util.concurrent.Future<Integer>> held = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                held.add(clients.submit(() -> given().get("/test/flaky/hold").then().statusCode(200).extract().statusCode()));
            }
            for (java.util.concurrent.Future<Integer> call : held) {
                call.get();
            }
        } finally {
            clients.shutdown();
        }
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.datasource.username", String.class),
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("quarkus.datasource.password", String.class));
                java.sql.Statement statement = admin.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND pid <> pg_backend_pid()");
        }
        assertEquals(true, TransientFailure.is(new PersistenceException(new SQLException("terminated", "57P01"))));
        assertEquals(true, TransientFailure.is(new PersistenceException(new SQLException("broken pipe", "08006"))));
        for (int i = 0; i < 3; i++) {
            given().queryParam("marker", "restart-" + i + "-" + System.nanoTime()).queryParam("failures", 0).queryParam("state", "")
                    .get("/test/flaky").then().statusCode(200);
        }
        // a read outside the retries: a 503 at worst, and each broken connection is dropped, so a few reads find a live one
        int status = 0;
        for (int i = 0; i < 5 && status != 200; i++) {
            status = given().get("/api/v1/units/01").then().statusCode(org.hamcrest.Matchers.oneOf(200, 503)).extract().statusCode();
        }
        assertEquals(200, status);
    }
}
