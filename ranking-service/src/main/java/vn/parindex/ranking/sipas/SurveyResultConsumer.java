package vn.parindex.ranking.sipas;

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
import vn.parindex.ranking.concurrency.RetryTransient;

import vn.parindex.ranking.messaging.CloudEventHeaders;
import vn.parindex.ranking.messaging.AppliedEvents;
import vn.parindex.ranking.table.OfficialTables;
import vn.parindex.ranking.table.TableView.Index;
import vn.parindex.ranking.table.TableStamps;
/** Keeps each unit's latest satisfaction per wave, applying only newer versions; the SIPAS tables are built from it. */
@ApplicationScoped
@RetryTransient
public class SurveyResultConsumer {

    static final String TYPE = "parindex.survey-result.changed.v1";

    private final TableStamps stamps;
    private final ObjectReader reader;
    private final AppliedEvents applied;

    private final OfficialTables officialTables;

    SurveyResultConsumer(ObjectMapper json, AppliedEvents applied, OfficialTables officialTables, TableStamps stamps) {
        this.stamps = stamps;
        this.reader = json.readerFor(SurveyResultChanged.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.applied = applied;
        this.officialTables = officialTables;
    }

    @Incoming("survey-results")
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) throws JsonProcessingException {
        String eventId = CloudEventHeaders.eventId(record, TYPE);
        if (applied.seenBefore(eventId, record)) {
            return;
        }
        // readers of this replica see the change as soon as it commits
        stamps.changing();
        SurveyResultChanged event = reader.readValue(record.value());
        if (event.waveCode() == null || event.unitCode() == null || event.version() < 1 || event.result() == null
                || event.waveStatus() == null || event.unitLevel() == null) {
            throw new IllegalArgumentException("event " + eventId + " is not a valid survey result (key " + record.key() + ")");
        }
        SurveyResult held = SurveyResult.findById(new SurveyResult.Id(event.waveCode(), event.unitCode()), LockModeType.PESSIMISTIC_WRITE);
        if (applied.applyIfNewer(eventId, record, event.version(), held == null ? 0 : held.version,
                () -> replicate(event, held)) == AppliedEvents.Outcome.APPLIED && "CLOSED".equals(event.waveStatus())) {
            // the table is published as it will be read back: from the stored rows, with the database's scale
            SurveyResult.getEntityManager().flush();
            SurveyResult.getEntityManager().clear();
            officialTables.refresh(Index.SIPAS, event.waveCode());
        }
    }

    private static void replicate(SurveyResultChanged event, SurveyResult held) {
        SurveyResult result = held;
        if (result == null) {
            result = new SurveyResult();
            result.waveCode = event.waveCode();
            result.unitCode = event.unitCode();
        }
        result.waveName = event.waveName();
        result.year = event.year();
        result.unitLevel = event.unitLevel();
        result.waveStatus = event.waveStatus();
        result.unitName = event.unitName();
        result.waveResults = event.waveResults();
        result.respondents = event.result().respondents();
        SurveyResultChanged.Estimate index = event.result().index();
        result.indexPercent = index == null ? null : index.percent();
        result.standardError = index == null ? null : index.standardError();
        result.ciLow = index == null ? null : index.ciLow();
        result.ciHigh = index == null ? null : index.ciHigh();
        result.band = event.result().group();
        result.bandName = event.result().groupName();
        result.factors = event.result().factors() == null ? List.of() : event.result().factors().stream()
                .map(f -> new SurveyResult.Factor(f.code(), f.name(), f.percent(), f.standardError(), f.ciLow(), f.ciHigh())).toList();
        result.version = event.version();
        result.replicatedAt = Instant.now();
        result.persist();
    }
}
