package vn.parindex.survey.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class InboundPauseTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-27T08:00:00Z");

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

    @Test
    void aPauseEndsByItselfWhenItsTimeIsUp() {
        HandClock clock = new HandClock();
        InboundPause pause = new InboundPause(clock);
        InboundPause.State state = pause.pause(Duration.ofMinutes(3), "admin");
        assertEquals(Instant.parse("2026-11-27T08:03:00Z"), state.until());
        clock.now = clock.now.plusSeconds(179);
        assertTrue(pause.state().paused());
        clock.now = clock.now.plusSeconds(1);
        assertFalse(pause.state().paused());
    }

    @Test
    void aPauseLastsAtMostFiveMinutes() {
        InboundPause pause = new InboundPause(new HandClock());
        assertThrows(IllegalArgumentException.class, () -> pause.pause(Duration.ofMinutes(6), "admin"));
        assertThrows(IllegalArgumentException.class, () -> pause.pause(Duration.ZERO, "admin"));
        assertFalse(pause.state().paused());
    }

    @Test
    void consumersWaitUntilResumed() throws Exception {
        InboundPause pause = new InboundPause();
        pause.pause(Duration.ofMinutes(5), "admin");
        CompletableFuture<Void> consumer = CompletableFuture.runAsync(() -> {
            try {
                pause.awaitOpen();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        assertFalse(consumer.isDone());
        pause.resume();
        consumer.get(5, TimeUnit.SECONDS);
    }
}
