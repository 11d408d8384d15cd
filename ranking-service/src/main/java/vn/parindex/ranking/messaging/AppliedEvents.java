package vn.parindex.ranking.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What the consumers have applied: a redelivered event is recognised by its id, and every event read is recorded in
 * the transaction of its effect, with the outcome counted in {@code parindex_events_consumed_total}.
 */
@ApplicationScoped
public class AppliedEvents {

    public enum Outcome {
        APPLIED, STALE, REDELIVERED
    }

    private final MeterRegistry registry;

    AppliedEvents(MeterRegistry registry) {
        this.registry = registry;
    }

    /** True, and counted, when the event was applied or judged stale before. */
    public boolean seenBefore(String eventId, ConsumerRecord<String, String> record) {
        if (ConsumedEvent.findById(eventId) == null) {
            return false;
        }
        count(record, Outcome.REDELIVERED);
        return true;
    }

    /**
     * Applies the event unless the replica row it concerns (locked by the caller) already holds this version or a
     * newer one, and records it either way.
     *
     * @param heldVersion the version the row holds, 0 when there is no row yet
     */
    public Outcome applyIfNewer(String eventId, ConsumerRecord<String, String> record, long version, long heldVersion, Runnable apply) {
        Outcome outcome = heldVersion >= version ? Outcome.STALE : Outcome.APPLIED;
        if (outcome == Outcome.APPLIED) {
            apply.run();
        }
        count(record, outcome);
        ConsumedEvent.of(eventId, record.topic(), record.key(), version).persist();
        return outcome;
    }

    private void count(ConsumerRecord<String, String> record, Outcome outcome) {
        registry.counter("parindex.events.consumed", "topic", record.topic(), "outcome", outcome.name().toLowerCase(Locale.ROOT))
                .increment();
    }
}
