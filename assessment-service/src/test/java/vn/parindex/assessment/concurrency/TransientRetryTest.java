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
}
