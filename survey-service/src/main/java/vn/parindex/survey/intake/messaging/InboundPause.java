package vn.parindex.survey.intake.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Holds back the inbound topic's consumers, for maintenance (a recount, a database upgrade) or to let a backlog build
 * up on purpose. The pause is a row in the database, so every pod sees it. Nothing is lost: the records wait in Kafka,
 * each consumer keeps the batch it has polled unprocessed and uncommitted. A pause ends by itself after at most
 * {@link #LONGEST}, so a forgotten pause never stops intake for good, and a batch is never held long enough for the
 * consumer's stuck-record check (ten minutes) to fail the channel.
 */
@ApplicationScoped
public class InboundPause {

    public static final int LONGEST_MINUTES = 5;
    public static final Duration LONGEST = Duration.ofMinutes(LONGEST_MINUTES);
    private static final String CHANNEL = "survey-responses";
    /** How soon a waiting consumer notices a resume. */
    private static final Duration LOOK_AGAIN = Duration.ofMillis(200);

    /** Whether intake is paused, until when and by whom. */
    @Schema(name = "IntakeState", description = "Whether intake of responses from the inbound Kafka topic is paused, until "
            + "when and by whom.")
    public record State(@Schema(description = "Whether intake from the inbound topic is paused now.", example = "true") boolean paused,
            @Schema(description = "When the pause ends by itself; null when not paused.") Instant until,
            @Schema(description = "Who paused it (the token's user name); null when not paused.", example = "admin") String by) {
        static final State RUNNING = new State(false, null, null);
    }

    private final EntityManager entityManager;
    private final Clock clock;

    @Inject
    InboundPause(EntityManager entityManager) {
        this(entityManager, Clock.systemUTC());
    }

    InboundPause(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public State pause(Duration length, String by) {
        if (length.isNegative() || length.isZero() || length.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a pause lasts more than 0 and at most " + LONGEST.toMinutes() + " minutes");
        }
        Instant until = clock.instant().plus(length).truncatedTo(ChronoUnit.MILLIS); // as the database keeps it
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO intake_pause (channel, paused_until, paused_by) VALUES (?1, ?2, ?3)
                ON CONFLICT (channel) DO UPDATE SET paused_until = excluded.paused_until, paused_by = excluded.paused_by""")
                .setParameter(1, CHANNEL).setParameter(2, Timestamp.from(until)).setParameter(3, by).executeUpdate());
        return new State(true, until, by);
    }

    public State resume() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("DELETE FROM intake_pause WHERE channel = ?1")
                .setParameter(1, CHANNEL).executeUpdate());
        return State.RUNNING;
    }

    public State state() {
        List<?> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT paused_until, paused_by FROM intake_pause WHERE channel = ?1").setParameter(1, CHANNEL).getResultList());
        if (rows.isEmpty()) {
            return State.RUNNING;
        }
        Object[] row = (Object[]) rows.get(0);
        Instant until = row[0] instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) row[0];
        return clock.instant().isBefore(until) ? new State(true, until, (String) row[1]) : State.RUNNING;
    }

    /** Returns once intake is not paused: at once, soon after a resume, or when the pause runs out. */
    void awaitOpen() throws InterruptedException {
        for (State state = stateOrRunning(); state.paused(); state = stateOrRunning()) {
            Thread.sleep(Math.max(1, Math.min(LOOK_AGAIN.toMillis(), Duration.between(clock.instant(), state.until()).toMillis())));
        }
    }

    // without the database there is no pause to honour; the ingestion's own retry waits for the database
    private State stateOrRunning() {
        try {
            return state();
        } catch (RuntimeException e) {
            return State.RUNNING;
        }
    }
}
