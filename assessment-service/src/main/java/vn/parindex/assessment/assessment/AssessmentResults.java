package vn.parindex.assessment.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.parindex.assessment.assessment.messaging.AssessmentResultChanged;
import vn.parindex.assessment.messaging.EventType;
import vn.parindex.assessment.messaging.Outbox;
import vn.parindex.assessment.methodology.MethodologyCatalog;
import vn.parindex.assessment.period.AssessmentPeriod;
import vn.parindex.assessment.scoring.AssessmentScore;
import vn.parindex.assessment.scoring.Channel;
import vn.parindex.assessment.scoring.CriterionInput;
import vn.parindex.assessment.scoring.CriterionNode;
import vn.parindex.assessment.scoring.NodeScore;
import vn.parindex.assessment.scoring.ResultCalculator;
import vn.parindex.assessment.scoring.ScoringRule;
import vn.parindex.assessment.scoring.ScoringScheme;
import vn.parindex.assessment.workflow.AssessmentStatus;
import vn.parindex.assessment.workflow.Stage;

/**
 * Keeps each assessment's result consistent with its inputs: recomputes it from the most advanced stage of every
 * criterion (FINAL, else APPRAISED, else SELF; SURVEY for survey criteria) and, when it changed, stores it with the next
 * version and publishes it through the outbox in the caller's transaction.
 *
 * <p>A request recomputes only its own assessment, with the period's best values as the period step last stored them.
 * Where the methodology scores a criterion relative to the best unit, the request also leaves a note for the period
 * step (period.PeriodScoring), which recomputes the best values and, when they moved, the other results.
 */
@ApplicationScoped
public class AssessmentResults {

    private static final Logger LOG = Logger.getLogger(AssessmentResults.class);
    private static final List<Stage> PRECEDENCE = List.of(Stage.FINAL, Stage.APPRAISED, Stage.SELF);
    private static final TypeReference<Map<String, BigDecimal>> BEST_VALUES = new TypeReference<>() {
    };

    /** Fired when a period's scoring must look at other units again; the period step wakes up once the transaction commits. */
    public record RescoreRequested(String periodCode) {
    }

    private final MethodologyCatalog catalog;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Event<RescoreRequested> rescoreRequested;

    AssessmentResults(MethodologyCatalog catalog, Outbox outbox, ObjectMapper json, Event<RescoreRequested> rescoreRequested) {
        this.catalog = catalog;
        this.outbox = outbox;
        this.json = json;
        this.rescoreRequested = rescoreRequested;
    }

    /** Recomputes the assessment's result (the caller holds its row); in a period scored relative to the best, asks the period step to look again. */
    public void refresh(Assessment changed) {
        ScoringScheme scheme = scheme(changed.period);
        refresh(scheme, List.of(changed), storedBestValues(changed.period));
        if (dependsOnOtherUnits(scheme)) {
            noteRescore(changed);
            rescoreRequested.fire(new RescoreRequested(changed.period.code));
        }
    }

    /** Leaves the note "this assessment's inputs changed" in the caller's transaction, for the period step to take. */
    private static void noteRescore(Assessment changed) {
        Assessment.getEntityManager()
                .createNativeQuery("INSERT INTO period_rescore (period_code, assessment_id) VALUES (?1, ?2)")
                .setParameter(1, changed.period.code).setParameter(2, changed.id).executeUpdate();
    }

    /**
     * Recomputes the results of these assessments of one period (loaded fresh and locked by the caller) with the given
     * best values; their inputs are read in two queries whatever their number.
     */
    public void refresh(ScoringScheme scheme, List<Assessment> assessments, Map<String, BigDecimal> best) {
        if (assessments.isEmpty()) {
            return;
        }
        List<Long> ids = assessments.stream().map(a -> a.id).toList();
        Map<Long, List<CriterionEntry>> entries = CriterionEntry.<CriterionEntry>list("assessmentId in ?1", ids).stream()
                .collect(Collectors.groupingBy(entry -> entry.assessmentId));
        Map<Long, List<AdjustmentAward>> awards = AdjustmentAward.<AdjustmentAward>list("assessmentId in ?1", ids).stream()
                .collect(Collectors.groupingBy(award -> award.assessmentId));
        // how many of the period's results are official now: a reader of the events waits for that many before showing the
        // period's official table, so a publication of the whole period appears at once, never unit by unit. Counted only
        // when a published result is among these: the writes before publication, the most, do not pay for it.
        long published = assessments.stream().anyMatch(a -> a.status == AssessmentStatus.PUBLISHED)
                ? Assessment.count("period.code = ?1 and status = ?2", assessments.get(0).period.code, AssessmentStatus.PUBLISHED)
                : 0;
        for (Assessment assessment : assessments) {
            store(assessment, compute(scheme, assessment, entries.getOrDefault(assessment.id, List.of()),
                    awards.getOrDefault(assessment.id, List.of()), best, published));
        }
    }

    public ScoringScheme scheme(AssessmentPeriod period) {
        return catalog.document(period.methodology).scheme();
    }

    /** Whether a unit's points depend on the other units of the period (a RELATIVE_TO_BEST criterion). */
    public static boolean dependsOnOtherUnits(ScoringScheme scheme) {
        return scheme.nodes().anyMatch(node -> node.rule() instanceof ScoringRule.RelativeToBest);
    }

    /** The result as last stored (computed at the last change). */
    public AssessmentResultChanged current(Assessment assessment) {
        try {
            return json.readValue(assessment.result, AssessmentResultChanged.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result of assessment " + assessment.id + " is unreadable", e);
        }
    }

    /** The best values the period step last stored for the period. */
    public Map<String, BigDecimal> storedBestValues(AssessmentPeriod period) {
        try {
            return period.bestValues == null ? Map.of() : json.readValue(period.bestValues, BEST_VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored best values of period " + period.code + " are unreadable", e);
        }
    }

    public String bestValuesJson(Map<String, BigDecimal> best) {
        try {
            return json.writeValueAsString(new TreeMap<>(best));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For each RELATIVE_TO_BEST criterion, the highest effective value among the period's assessments, read in one query. */
    public Map<String, BigDecimal> bestValues(ScoringScheme scheme, String periodCode) {
        Map<String, Channel> channels = channels(scheme);
        List<String> relative = scheme.nodes().filter(node -> node.rule() instanceof ScoringRule.RelativeToBest)
                .map(CriterionNode::code).toList();
        if (relative.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CriterionEntry>> byAssessment = CriterionEntry.<CriterionEntry>list(
                "criterionCode in ?1 and assessmentId in (select a.id from Assessment a where a.period.code = ?2)", relative, periodCode)
                .stream().collect(Collectors.groupingBy(entry -> entry.assessmentId));
        Map<String, BigDecimal> best = new TreeMap<>();
        byAssessment.values().forEach(entries -> effectiveInputs(channels, entries, new HashMap<>()).forEach((code, input) -> {
            if (input.value() != null && !input.notApplicable()) {
                best.merge(code, input.value(), BigDecimal::max);
            }
        }));
        // read before the assessments are locked: let go of them, so the recomputation that follows reads them afresh
        byAssessment.values().forEach(entries -> entries.forEach(CriterionEntry.getEntityManager()::detach));
        return best;
    }

    /** The criteria a result leaves without points (no input at any stage), by code. */
    public static List<String> emptyCriteria(AssessmentResultChanged result) {
        return result.areas().stream().flatMap(NodeScore::leaves)
                .filter(leaf -> !leaf.complete()).map(NodeScore::code).toList();
    }

    private AssessmentResultChanged compute(ScoringScheme scheme, Assessment assessment, List<CriterionEntry> entries,
            List<AdjustmentAward> awards, Map<String, BigDecimal> best, long periodPublishedUnits) {
        Map<String, Stage> stages = new TreeMap<>();
        Map<String, CriterionInput> inputs = effectiveInputs(channels(scheme), entries, stages);
        AssessmentScore score = ResultCalculator.calculate(scheme, inputs, effectiveAdjustments(awards), best);
        AssessmentPeriod period = assessment.period;
        return new AssessmentResultChanged(period.code, period.name, period.year, period.methodology.code,
                period.methodology.version, scheme.tieRule(), assessment.unit.key, assessment.unit.code, assessment.unit.name,
                assessment.unit.parentKey, assessment.status, score.areas(), stages, score.areaPoints(), score.bonus(),
                score.penalty(), score.total(), score.applicableMaxPoints(), score.applicableMaxPoints(), score.indexPercent(),
                score.band() == null ? null : score.band().code(), score.band() == null ? null : score.band().name(),
                scheme.bands(), score.complete(), assessment.publishedAt, periodPublishedUnits, 0);
    }

    private void store(Assessment assessment, AssessmentResultChanged computed) {
        if (assessment.result != null && current(assessment).withVersion(0).equals(computed)) {
            return;
        }
        assessment.resultVersion++;
        AssessmentResultChanged versioned = computed.withVersion(assessment.resultVersion);
        try {
            assessment.result = json.writeValueAsString(versioned);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String key = assessment.period.code + "/" + assessment.unit.code;
        outbox.append(EventType.ASSESSMENT_PROGRESS, key, versioned);
        if (assessment.status == AssessmentStatus.PUBLISHED) {
            // other agencies see a result once it is official, and every correction after; versions skip what they never saw
            outbox.append(EventType.ASSESSMENT_RESULT_CHANGED, key, versioned);
        }
        LOG.infof("result %s/%s %s: %s of %s points, version %d", assessment.period.code, assessment.unit.code,
                assessment.status, versioned.total().toPlainString(), versioned.applicableMaxPoints().toPlainString(), versioned.version());
    }

    private static Map<String, Channel> channels(ScoringScheme scheme) {
        return scheme.nodes().filter(CriterionNode::isLeaf).collect(Collectors.toMap(CriterionNode::code, CriterionNode::channel));
    }

    /** Per criterion, the input of the most advanced stage that has one; {@code stages} says which stage that was. */
    private static Map<String, CriterionInput> effectiveInputs(Map<String, Channel> channels, List<CriterionEntry> entries,
            Map<String, Stage> stages) {
        Map<String, List<CriterionEntry>> byCriterion = entries.stream()
                .filter(CriterionEntry::hasInput)
                .collect(Collectors.groupingBy(entry -> entry.criterionCode));
        Map<String, CriterionInput> inputs = new HashMap<>();
        byCriterion.forEach((code, candidates) -> {
            List<Stage> order = channels.get(code) == Channel.SURVEY ? List.of(Stage.SURVEY) : PRECEDENCE;
            candidates.stream()
                    .filter(entry -> order.contains(entry.stage))
                    .min(Comparator.comparingInt(entry -> order.indexOf(entry.stage)))
                    .ifPresent(entry -> {
                        inputs.put(code, entry.input());
                        stages.put(code, entry.stage);
                    });
        });
        return inputs;
    }

    private static Map<String, BigDecimal> effectiveAdjustments(List<AdjustmentAward> awards) {
        Map<String, List<AdjustmentAward>> byLine = awards.stream().collect(Collectors.groupingBy(award -> award.lineCode));
        Map<String, BigDecimal> awarded = new HashMap<>();
        byLine.forEach((line, candidates) -> candidates.stream()
                .min(Comparator.comparingInt(award -> PRECEDENCE.indexOf(award.stage)))
                .ifPresent(award -> awarded.put(line, award.points)));
        return awarded;
    }
}
