package vn.parindex.assessment.sipas.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.parindex.assessment.assessment.Actor;
import vn.parindex.assessment.assessment.ScoreSheets;
import vn.parindex.assessment.concurrency.RetryTransient;

/**
 * Fills SURVEY criteria from {@code parindex.internal.survey-progress.v1}: a result for a unit and year goes to that unit's
 * assessments in the periods of that year (only the period's own wave, when it names one). Applied only when its
 * version is newer than the one applied before for the wave and unit, so a replay changes nothing. A published
 * assessment takes only final results (the wave closed), never provisional ones.
 */
@ApplicationScoped
@RetryTransient
public class SurveyResultConsumer {

    private static final Logger LOG = Logger.getLogger(SurveyResultConsumer.class);
    static final String TYPE = "parindex.survey-result.changed.v1";

    private final ObjectReader reader;
    private final ScoreSheets scoreSheets;
    private final EntityManager entityManager;

    SurveyResultConsumer(ObjectMapper json, ScoreSheets scoreSheets, EntityManager entityManager) {
        this.reader = json.readerFor(SurveyResultChanged.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.scoreSheets = scoreSheets;
        this.entityManager = entityManager;
    }

    @Incoming("survey-results")
    @Blocking
    @Transactional
    public void apply(ConsumerRecord<String, String> record) throws JsonProcessingException {
        Header type = record.headers().lastHeader("ce_type");
        if (type == null || !TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            throw new IllegalArgumentException("record " + record.key() + " is not a " + TYPE + " CloudEvent");
        }
        SurveyResultChanged event = reader.readValue(record.value());
        if (event.waveCode() == null || event.unitCode() == null || event.version() < 1 || event.result() == null) {
            throw new IllegalArgumentException("record " + record.key() + " is not a valid survey result");
        }
        int updated = entityManager.createNativeQuery("""
                INSERT INTO survey_result_applied (wave_code, unit_code, version, applied_at) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (wave_code, unit_code) DO UPDATE SET version = excluded.version, applied_at = excluded.applied_at
                WHERE survey_result_applied.version < excluded.version""")
                .setParameter(1, event.waveCode()).setParameter(2, event.unitCode()).setParameter(3, event.version())
                .setParameter(4, Instant.now()).executeUpdate();
        if (updated == 0) {
            LOG.debugf("survey result %s/%s version %d is not newer than the one applied", event.waveCode(), event.unitCode(),
                    event.version());
            return;
        }
        if (event.result().index() == null || event.result().index().percent() == null) {
            return;
        }
        List<Long> matching = entityManager.createQuery("select a.id from Assessment a where a.period.year = ?1 and a.unit.code = ?2 "
                + "and (a.period.surveyWave is null or a.period.surveyWave = ?3) order by a.id", Long.class)
                .setParameter(1, event.year()).setParameter(2, event.unitCode()).setParameter(3, event.waveCode()).getResultList();
        Actor survey = new Actor("survey-service:" + event.waveCode(), Set.of("admin"), Set.of());
        String note = "%s: %s %% satisfied, n = %d, 95 %% CI %s–%s, %s (survey result version %d)".formatted(event.waveCode(),
                event.result().index().percent().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                event.result().respondents(), plain(event.result().index().ciLow()), plain(event.result().index().ciHigh()),
                event.isFinal() ? "final" : "provisional", event.version());
        for (Long assessment : matching) {
            if (scoreSheets.recordSurvey(assessment, event.result().index().percent(), event.isFinal(), note, survey)) {
                LOG.infof("survey criteria of assessment %d (unit %s) set from %s version %d", assessment, event.unitCode(),
                        event.waveCode(), event.version());
            }
        }
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "?" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
