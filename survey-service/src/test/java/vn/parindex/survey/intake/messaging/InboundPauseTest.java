package vn.parindex.survey.intake.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Over the real database: a pause is one row every pod reads. */
@QuarkusTest
class InboundPauseTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        volatile Instant now = Instant.now();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Inject
    EntityManager entityManager;

    @Inject
    InboundPause pause;

    @AfterEach
    void resume() {
        pause.resume();
    }

    @Test
    void aPauseEndsByItselfWhenItsTimeIsUp() {
        HandClock clock = new HandClock();
        InboundPause pod = new InboundPause(entityManager, clock);
        Instant start = clock.now;
        InboundPause.State state = pod.pause(Duration.ofMinutes(3), "admin");
        assertEquals(start.plusSeconds(180).truncatedTo(java.time.temporal.ChronoUnit.MILLIS), state.until());
        clock.now = state.until().minusMillis(1);
        assertTrue(pod.state().paused());
        assertEquals("admin", pod.state().by());
        clock.now = state.until();
        assertFalse(pod.state().paused());
    }

    @Test
    void aPauseLastsAtMostFiveMinutes() {
        assertThrows(IllegalArgumentException.class, () -> pause.pause(Duration.ofMinutes(6), "admin"));
        assertThrows(IllegalArgumentException.class, () -> pause.pause(Duration.ZERO, "admin"));
        assertFalse(pause.state().paused());
    }

    @Test
    void everyPodWaitsUntilAnyPodResumes() throws Exception {
        InboundPause otherPod = new InboundPause(entityManager);
        pause.pause(Duration.ofMinutes(5), "admin");
        assertTrue(otherPod.state().paused());
        CompletableFuture<Void> consumer = CompletableFuture.runAsync(() -> {
            try {
                otherPod.awaitOpen();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(600);
        assertFalse(consumer.isDone());
        pause.resume();
        consumer.get(5, TimeUnit.SECONDS);
    }
}
