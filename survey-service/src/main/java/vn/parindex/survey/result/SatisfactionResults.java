package vn.parindex.survey.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import vn.parindex.survey.Refusal;
import vn.parindex.survey.Seeds;
import vn.parindex.survey.concurrency.RetryTransient;
import vn.parindex.survey.config.ResultsConfig;
import vn.parindex.survey.index.Bootstrap;
import vn.parindex.survey.index.Percent;
import vn.parindex.survey.index.Respondents;
import vn.parindex.survey.index.SatisfactionResult;
import vn.parindex.survey.index.Tallies;
import vn.parindex.survey.messaging.EventType;
import vn.parindex.survey.messaging.Outbox;
import vn.parindex.survey.questionnaire.Questionnaire;
import vn.parindex.survey.result.messaging.SurveyResultChanged;
import vn.parindex.survey.wave.Wave;
import vn.parindex.survey.wave.WaveUnit;
import vn.parindex.survey.wave.Waves;

/**
 * Computes a unit's result in a wave from its tallies (the point estimates) and its respondents (the bootstrap), stores
 * it with the next version and publishes it through the outbox, all in one transaction. The bootstrap's seed comes from
 * the wave and unit codes and respondents are resampled in response-id order, so every run gives the same numbers.
 */
@ApplicationScoped
@RetryTransient
public class SatisfactionResults {

    private static final Logger LOG = Logger.getLogger(SatisfactionResults.class);
    private static final TypeReference<LinkedHashMap<String, Integer>> ANSWERS = new TypeReference<>() {
    };

    /** A wave's tallies compared with the ones its stored responses give. */
    @Schema(name = "WaveRecount", description = "A survey wave's (đợt khảo sát) running tallies compared with a count from "
            + "scratch over its stored responses (phiếu trả lời).")
    public record Recount(@Schema(description = "The wave's code.", example = "SIPAS-2020") String waveCode,
            @Schema(description = "The units in the wave's scope that were counted.", example = "63") int units,
            @Schema(description = "The stored responses counted.", example = "25200") long responses,
            @Schema(description = "One line per unit whose running tallies differ from the count (unit code, then both "
                    + "respondent counts); empty when they agree.") List<String> differences,
            @Schema(description = "Whether differences were corrected (repair=true and something differed); the corrected "
                    + "units' results are then recomputed and published.", example = "false") boolean repaired) {
    }

    private final Waves waves;
    private final TallyStore tallies;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final ObjectReader answersReader;
    private final int replicates;
    private final long provisionalDraws;

    SatisfactionResults(Waves waves, TallyStore tallies, Outbox outbox, EntityManager entityManager, ObjectMapper json,
            ResultsConfig config) {
        this.waves = waves;
        this.tallies = tallies;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.json = json;
        this.answersReader = json.readerFor(ANSWERS);
        this.replicates = config.bootstrapReplicates();
        this.provisionalDraws = config.provisionalDrawBudget();
    }

    /**
     * The bootstrap's size: the configured replicates for a final result (the wave closed); while the wave runs, no more
     * than the draw budget allows (at least 100), so that provisional results of large units stay cheap to refresh.
     */
    int replicates(long respondents, boolean isFinal) {
        if (isFinal || respondents == 0) {
            return replicates;
        }
        return (int) Math.min(replicates, Math.max(100, provisionalDraws / respondents));
    }

    /** A unit whose tallies moved past its last computed result; final when its wave is closed. */
    public record Stale(String waveCode, String unitCode, boolean isFinal) {
    }

    /** The units whose tallies moved past their last computed result, those of closed waves (final results) first. */
    @Transactional
    public List<Stale> stale(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT t.wave_code, t.unit_code, w.closed_at IS NOT NULL FROM unit_tally t
                JOIN wave w ON w.code = t.wave_code
                LEFT JOIN unit_result r ON r.wave_code = t.wave_code AND r.unit_code = t.unit_code
                WHERE r.revision IS NULL OR r.revision < t.revision
                ORDER BY w.closed_at IS NULL, t.wave_code, t.unit_code LIMIT ?1""").setParameter(1, limit).getResultList();
        return rows.stream().map(row -> new Stale((String) row[0], (String) row[1], (Boolean) row[2])).toList();
    }

    /**
     * Recomputes and publishes one unit's result unless it is current. Runs in a repeatable-read transaction so that
     * the tallies and the respondents are read from the same snapshot; the advisory lock keeps two replicas from
     * computing the same unit at once.
     *
     * @return whether a new version was published
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean refresh(String waveCode, String unitCode) {
        entityManager.createNativeQuery("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ").executeUpdate();
        Boolean locked = (Boolean) entityManager.createNativeQuery("SELECT pg_try_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "survey-result/" + waveCode + "/" + unitCode).getSingleResult();
        if (!locked) {
            return false;
        }
        Waves.Spec spec = waves.spec(waveCode);
        WaveUnit unit = spec == null ? null : spec.units().get(unitCode);
        if (unit == null) {
            return false;
        }
        Questionnaire questionnaire = spec.questionnaire();
        TallyStore.Snapshot snapshot = tallies.read(waveCode, unitCode, questionnaire);
        UnitResult stored = UnitResult.findById(new UnitResult.Key(waveCode, unitCode));
        if (stored != null && stored.revision >= snapshot.revision()) {
            return false;
        }
        Respondents respondents = respondents(waveCode, unitCode, questionnaire, (int) snapshot.tallies().respondents());
        if (respondents.size() != snapshot.tallies().respondents()) {
            LOG.errorf("wave %s unit %s: tallies count %d respondents, the responses %d; run a recount", waveCode, unitCode,
                    snapshot.tallies().respondents(), respondents.size());
        }
        long seed = seed(waveCode, unitCode);
        Instant now = Instant.now();
        Wave.Status status = spec.wave().status(now);
        int size = replicates(respondents.size(), status == Wave.Status.CLOSED);
        SatisfactionResult result = SatisfactionResult.of(questionnaire, snapshot.tallies(), Bootstrap.of(respondents, size, seed));
        long version = stored == null ? 1 : stored.version + 1;
        Wave wave = spec.wave();
        // no response is taken in after the close, so by then the units with a tally are all the wave's results
        long waveResults = status != Wave.Status.CLOSED ? 0 : ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM unit_tally WHERE wave_code = ?1").setParameter(1, waveCode).getSingleResult()).longValue();
        SurveyResultChanged event = new SurveyResultChanged(wave.code, wave.name, wave.year, wave.unitLevel,
                wave.questionnaireCode, wave.questionnaireVersion, unitCode, unit.unitName, status, unit.target,
                Percent.shown(Percent.of(result.respondents(), unit.target)), result, size, seed, now, waveResults, version);
        if (stored == null) {
            stored = new UnitResult();
            stored.waveCode = waveCode;
            stored.unitCode = unitCode;
        }
        stored.revision = snapshot.revision();
        stored.version = version;
        stored.result = write(event);
        stored.computedAt = now;
        stored.persist();
        String key = waveCode + "/" + unitCode;
        outbox.append(EventType.SURVEY_PROGRESS, key, event);
        if (status == Wave.Status.CLOSED) {
            // other agencies see a wave's results once they are final; versions skip the provisional ones
            outbox.append(EventType.SURVEY_RESULT_CHANGED, key, event);
        }
        return true;
    }

    /** The stored results of a wave, as last published. */
    public List<SurveyResultChanged> results(String waveCode) {
        waves.find(waveCode);
        return UnitResult.<UnitResult>list("waveCode = ?1 order by unitCode", waveCode).stream().map(this::read).toList();
    }

    public SurveyResultChanged result(String waveCode, String unitCode) {
        UnitResult stored = UnitResult.findById(new UnitResult.Key(waveCode, unitCode));
        if (stored == null) {
            waves.find(waveCode);
            throw Refusal.notFound("no result yet for unit " + unitCode + " in wave " + waveCode);
        }
        return read(stored);
    }

    /**
     * Counts the wave's stored responses again from scratch and compares with the running tallies; with
     * {@code repair} a difference is corrected (and the results recomputed by the publisher).
     */
    @Transactional
    public Recount recount(String waveCode, boolean repair) {
        Waves.Spec spec = waves.spec(waveCode);
        if (spec == null) {
            throw Refusal.notFound("no survey wave " + waveCode);
        }
        Questionnaire questionnaire = spec.questionnaire();
        List<String> differences = new ArrayList<>();
        long responses = 0;
        for (String unitCode : spec.units().keySet()) {
            Tallies fresh = new Tallies(questionnaire.itemCount());
            forEachAnswers(waveCode, unitCode, answers -> fresh.add(questionnaire, questionnaire.stored(answers)));
            responses += fresh.respondents();
            Tallies running = tallies.read(waveCode, unitCode, questionnaire).tallies();
            if (!fresh.equals(running)) {
                differences.add(unitCode + ": running tallies count " + running.respondents() + " respondents, the responses "
                        + fresh.respondents());
                if (repair) {
                    tallies.replace(waveCode, unitCode, questionnaire, fresh);
                }
            }
        }
        return new Recount(waveCode, spec.units().size(), responses, differences, repair && !differences.isEmpty());
    }

    private Respondents respondents(String waveCode, String unitCode, Questionnaire questionnaire, int expected) {
        Respondents respondents = new Respondents(questionnaire, expected);
        forEachAnswers(waveCode, unitCode, answers -> respondents.add(questionnaire.stored(answers)));
        return respondents;
    }

    private void forEachAnswers(String waveCode, String unitCode, java.util.function.Consumer<Map<String, Integer>> action) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT answers FROM response WHERE wave_code = ? AND unit_code = ? ORDER BY id")) {
                select.setFetchSize(5000);
                select.setString(1, waveCode);
                select.setString(2, unitCode);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        action.accept(answersReader.readValue(rows.getString(1)));
                    }
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException("stored answers of wave " + waveCode + " are unreadable", e);
            }
        });
    }

    /** A fixed seed per unit and wave: SHA-256 of "wave/unit". */
    static long seed(String waveCode, String unitCode) {
        return Seeds.of(waveCode + "/" + unitCode);
    }

    private SurveyResultChanged read(UnitResult stored) {
        try {
            return json.readValue(stored.result, SurveyResultChanged.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result " + stored.waveCode + "/" + stored.unitCode + " is unreadable", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
