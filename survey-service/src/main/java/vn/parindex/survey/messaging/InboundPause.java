package vn.parindex.survey.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Holds back the inbound topic's consumers, for maintenance (a recount, a database upgrade) or to let a backlog build
 * up on purpose. Nothing is lost: the records wait in Kafka, each consumer keeps the batch it has polled unprocessed and
 * uncommitted. A pause ends by itself after at most {@link #LONGEST}, so a forgotten pause never stops intake for
 * good, and a batch is never held long enough for the consumer's stuck-record check (ten minutes) to fail the channel.
 */
@ApplicationScoped
public class InboundPause {

    public static final Duration LONGEST = Duration.ofMinutes(5);

    /** Whether intake is paused, until when and by whom. */
    public record State(boolean paused, Instant until, String by) {
    }

    private final Clock clock;
    private State state = new State(false, null, null);

    InboundPause() {
        this(Clock.systemUTC());
    }

    InboundPause(Clock clock) {
        this.clock = clock;
    }

    public synchronized State pause(Duration length, String by) {
        if (length.isNegative() || length.isZero() || length.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a pause lasts more than 0 and at most " + LONGEST.toMinutes() + " minutes");
        }
        state = new State(true, clock.instant().plus(length), by);
        return state;
    }

    public synchronized State resume() {
        state = new State(false, null, null);
        notifyAll();
        return state;
    }

    public synchronized State state() {
        if (state.paused() && !clock.instant().isBefore(state.until())) {
            state = new State(false, null, null);
        }
        return state;
    }

    /** Returns once intake is not paused: at once, on {@link #resume}, or when the pause runs out. */
    synchronized void awaitOpen() throws InterruptedException {
        while (state().paused()) {
            wait(Math.max(1, Duration.between(clock.instant(), state.until()).toMillis()));
        }
    }
}
