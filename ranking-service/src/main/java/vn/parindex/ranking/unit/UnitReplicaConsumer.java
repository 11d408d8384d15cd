package vn.parindex.ranking.unit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.parindex.ranking.concurrency.RetryTransient;
import vn.parindex.ranking.SearchName;

import vn.parindex.ranking.messaging.CloudEventHeaders;
import vn.parindex.ranking.messaging.AppliedEvents;
import vn.parindex.ranking.table.TableStamps;
/**
 * Keeps the unit replica at the newest version of each unit. Applies an event only if its version is newer than the
 * one held, and records it in the same transaction, so a redelivered or replayed event changes nothing. A record
 * that cannot be read throws, and the connector moves it to the dead-letter topic instead of stopping.
 */
@ApplicationScoped
@RetryTransient
public class UnitReplicaConsumer {

    private static final Logger LOG = Logger.getLogger(UnitReplicaConsumer.class);
    static final String TYPE = "parindex.unit.changed.v1";

    private final TableStamps stamps;
    private final ObjectReader reader;
    private final AppliedEvents applied;
    private final Event<UnitReplica.Changed> changed;

    UnitReplicaConsumer(ObjectMapper json, AppliedEvents applied, Event<UnitReplica.Changed> changed, TableStamps stamps) {
        this.stamps = stamps;
        // Tolerant reader: fields a newer producer adds are ignored.
        this.reader = json.readerFor(UnitChanged.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.applied = applied;
        this.changed = changed;
    }

    @Incoming("units")
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) throws JsonProcessingException {
        String eventId = CloudEventHeaders.eventId(record, TYPE);
        if (applied.seenBefore(eventId, record)) {
            return;
        }
        // readers of this replica see the change as soon as it commits
        stamps.changing();
        UnitChanged event = reader.readValue(record.value());
        if (event.key() == null || !event.key().equals(record.key()) || event.code() == null || event.version() < 1
                || event.name() == null || event.level() == null || event.validFrom() == null) {
            throw new IllegalArgumentException("event " + eventId + " is not a valid unit (key " + record.key() + ")");
        }
        UnitReplica held = UnitReplica.findById(event.key(), LockModeType.PESSIMISTIC_WRITE);
        AppliedEvents.Outcome outcome = applied.applyIfNewer(eventId, record, event.version(), held == null ? 0 : held.version,
                () -> replicate(event, held));
        if (outcome == AppliedEvents.Outcome.STALE) {
            LOG.debugf("unit %s version %d ignored: version %d already held", event.key(), event.version(), held.version);
        } else if (outcome == AppliedEvents.Outcome.APPLIED) {
            changed.fire(new UnitReplica.Changed(event.key()));
        }
    }

    private static void replicate(UnitChanged event, UnitReplica held) {
        UnitReplica replica = held;
        if (replica == null) {
            replica = new UnitReplica();
            replica.key = event.key();
        }
        replica.code = event.code();
        replica.name = event.name();
        replica.searchName = SearchName.fold(event.name());
        replica.level = event.level();
        replica.parentKey = event.parentKey();
        replica.validFrom = event.validFrom();
        replica.validTo = event.validTo();
        replica.version = event.version();
        replica.changedAt = event.changedAt();
        replica.replicatedAt = Instant.now();
        replica.links.clear();
        links(event.predecessors(), UnitReplica.Direction.PREDECESSOR, replica.links);
        links(event.successors(), UnitReplica.Direction.SUCCESSOR, replica.links);
        replica.persist();
        LOG.infof("unit %s (%s) replicated, version %d", replica.key, replica.name, replica.version);
    }

    private static void links(List<UnitChanged.Link> links, UnitReplica.Direction direction, List<UnitReplica.Link> into) {
        if (links != null) {
            links.forEach(link -> into.add(new UnitReplica.Link(direction, link.key(), link.kind(), link.effectiveDate())));
        }
    }
}
