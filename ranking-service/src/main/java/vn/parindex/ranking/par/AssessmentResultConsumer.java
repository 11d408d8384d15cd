package vn.parindex.ranking.par;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.parindex.ranking.concurrency.RetryTransient;

import vn.parindex.ranking.messaging.CloudEventHeaders;
import vn.parindex.ranking.messaging.AppliedEvents;
import vn.parindex.ranking.table.OfficialTables;
import vn.parindex.ranking.table.TableView.Index;
import vn.parindex.ranking.table.TableStamps;
/**
 * Keeps each unit's latest result per period, applying an event only if its version is newer than the one held and
 * recording it in the same transaction; the league tables are computed from these rows.
 */
@ApplicationScoped
@RetryTransient
public class AssessmentResultConsumer {

    private static final Logger LOG = Logger.getLogger(AssessmentResultConsumer.class);
    static final String TYPE = "parindex.assessment-result.changed.v1";

    private final TableStamps stamps;
    private final ObjectReader reader;
    private final AppliedEvents applied;
    private final OfficialTables officialTables;

    AssessmentResultConsumer(ObjectMapper json, AppliedEvents applied, OfficialTables officialTables, TableStamps stamps) {
        this.stamps = stamps;
        this.reader = json.readerFor(AssessmentResultChanged.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.applied = applied;
        this.officialTables = officialTables;
    }

    private static AssessmentResult.Area area(AssessmentResultChanged.Area a) {
        return new AssessmentResult.Area(a.code(), a.name(), a.points(), a.maxPoints(), a.applicableMaxPoints(), a.percent(),
                a.pointsBelowMax(), a.notApplicable(),
                a.children() == null ? List.of() : a.children().stream().map(AssessmentResultConsumer::area).toList());
    }

    @Incoming("assessment-results")
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) throws JsonProcessingException {
        String eventId = CloudEventHeaders.eventId(record, TYPE);
        if (applied.seenBefore(eventId, record)) {
            return;
        }
        // readers of this replica see the change as soon as it commits
        stamps.changing();
        AssessmentResultChanged event = reader.readValue(record.value());
        if (event.periodCode() == null || event.unitKey() == null || event.version() < 1 || event.total() == null
                || event.maxPoints() == null || event.indexPercent() == null || event.status() == null) {
            throw new IllegalArgumentException("event " + eventId + " is not a valid result (key " + record.key() + ")");
        }
        String badNode = badNode(event.areas());
        if (badNode != null) {
            throw new IllegalArgumentException("event " + eventId + " has an area or criterion without " + badNode + " (key " + record.key() + ")");
        }
        AssessmentResult held = AssessmentResult.findById(new AssessmentResult.Id(event.periodCode(), event.unitKey()),
                LockModeType.PESSIMISTIC_WRITE);
        if (applied.applyIfNewer(eventId, record, event.version(), held == null ? 0 : held.version,
                () -> replicate(event, held)) == AppliedEvents.Outcome.APPLIED && "PUBLISHED".equals(event.status())) {
            // only published results make the official table (drafts never change it); it is published as it will be
            // read back: from the stored rows, with the database's scale
            AssessmentResult.getEntityManager().flush();
            AssessmentResult.getEntityManager().clear();
            officialTables.refresh(Index.PAR, event.periodCode());
        }
    }

    /**
     * What the first node of the criteria tree lacks among what the tables and the gap analysis read (code, name, points,
     * maximum, percentage); null when every node has it. The producer's applicable maximum, points below it and not-applicable flag
     * may be absent (events from before they were sent): the stored area derives them then.
     */
    private static String badNode(List<AssessmentResultChanged.Area> nodes) {
        for (AssessmentResultChanged.Area node : nodes == null ? List.<AssessmentResultChanged.Area>of() : nodes) {
            String missing = node == null ? "anything" : node.code() == null ? "a code" : node.name() == null ? "a name"
                    : node.points() == null ? "points" : node.maxPoints() == null ? "a maximum" : node.percent() == null ? "a percentage"
                    : badNode(node.children());
            if (missing != null) {
                return missing;
            }
        }
        return null;
    }

    private static void replicate(AssessmentResultChanged event, AssessmentResult held) {
        AssessmentResult result = held;
        if (result == null) {
            result = new AssessmentResult();
            result.periodCode = event.periodCode();
            result.unitKey = event.unitKey();
        }
        result.unitCode = event.unitCode();
        result.unitName = event.unitName();
        result.parentKey = event.parentKey();
        result.periodName = event.periodName();
        result.year = event.year();
        result.methodologyCode = event.methodologyCode();
        result.methodologyVersion = event.methodologyVersion();
        result.tieRule = event.tieRule() == null ? "STANDARD_COMPETITION" : event.tieRule();
        result.status = event.status();
        result.total = event.total();
        result.maxPoints = event.maxPoints();
        result.indexPercent = event.indexPercent();
        result.band = event.band();
        result.bandName = event.bandName();
        result.areas = event.areas() == null ? List.of() : event.areas().stream().map(AssessmentResultConsumer::area).toList();
        result.bands = event.bands() == null ? null : event.bands().stream()
                .map(b -> new AssessmentResult.Band(b.code(), b.name(), b.minPercent())).toList();
        result.version = event.version();
        result.publishedAt = event.publishedAt();
        result.periodPublishedUnits = event.periodPublishedUnits();
        result.replicatedAt = Instant.now();
        result.persist();
        LOG.infof("result %s/%s %s: %s points, version %d", result.periodCode, result.unitCode, result.status,
                result.total.toPlainString(), result.version);
    }
}
