package vn.parindex.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.parindex.assessment.messaging.AssessmentResultChanged;
import vn.parindex.assessment.messaging.EventType;
import vn.parindex.assessment.messaging.Outbox;
import vn.parindex.assessment.scoring.AssessmentScore;
import vn.parindex.assessment.scoring.Channel;
import vn.parindex.assessment.scoring.CriterionInput;
import vn.parindex.assessment.scoring.CriterionNode;
import vn.parindex.assessment.scoring.ResultCalculator;
import vn.parindex.assessment.scoring.ScoringRule;
import vn.parindex.assessment.scoring.ScoringScheme;
import vn.parindex.assessment.workflow.Stage;

/**
 * Keeps each assessment's result consistent with its inputs: recomputes it from the most advanced stage of every
 * criterion (FINAL, else APPRAISED, else SELF; SURVEY for survey criteria) and, when it changed, stores it with the next
 * version and publishes it through the outbox in the caller's transaction.
 */
@ApplicationScoped
public class AssessmentResults {

    private static final Logger LOG = Logger.getLogger(AssessmentResults.class);
    private static final List<Stage> PRECEDENCE = List.of(Stage.FINAL, Stage.APPRAISED, Stage.SELF);

    private final MethodologyCatalog catalog;
    private final Outbox outbox;
    private final ObjectMapper json;

    AssessmentResults(MethodologyCatalog catalog, Outbox outbox, ObjectMapper json) {
        this.catalog = catalog;
        this.outbox = outbox;
        this.json = json;
    }

    /**
     * Recomputes the assessment's result, or every result of its period when the methodology scores a criterion
     * relative to the best unit (one unit's value then moves everyone's points).
     */
    public void refresh(Assessment changed) {
        ScoringScheme scheme = scheme(changed.period);
        boolean relative = scheme.nodes().anyMatch(node -> node.rule() instanceof ScoringRule.RelativeToBest);
        List<Assessment> assessments = relative
                ? Assessment.list("period.code = ?1 order by id", changed.period.code)
                : List.of(changed);
        Map<String, BigDecimal> best = relative ? bestValues(scheme, changed.period) : Map.of();
        for (Assessment assessment : assessments) {
            store(assessment, compute(scheme, assessment, best));
        }
    }

    public ScoringScheme scheme(AssessmentPeriod period) {
        return catalog.document(period.methodology).scheme();
    }

    /** The result as last stored (computed at the last change). */
    public AssessmentResultChanged current(Assessment assessment) {
        try {
            return json.readValue(assessment.result, AssessmentResultChanged.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result of assessment " + assessment.id + " is unreadable", e);
        }
    }

    private AssessmentResultChanged compute(ScoringScheme scheme, Assessment assessment, Map<String, BigDecimal> best) {
        Map<String, Stage> stages = new TreeMap<>();
        Map<String, CriterionInput> inputs = effectiveInputs(scheme, assessment.id, stages);
        Map<String, BigDecimal> adjustments = effectiveAdjustments(assessment.id);
        AssessmentScore score = ResultCalculator.calculate(scheme, inputs, adjustments, best);
        AssessmentPeriod period = assessment.period;
        return new AssessmentResultChanged(period.code, period.name, period.year, period.methodology.code,
                period.methodology.version, scheme.tieRule(), assessment.unit.key, assessment.unit.code, assessment.unit.name,
                assessment.unit.parentKey, assessment.status, score.areas(), stages, score.areaPoints(), score.bonus(),
                score.penalty(), score.total(), score.applicableMaxPoints(), score.indexPercent(),
                score.band() == null ? null : score.band().code(), score.band() == null ? null : score.band().name(),
                scheme.bands(), score.complete(), assessment.publishedAt, 0);
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
        outbox.append(EventType.ASSESSMENT_RESULT_CHANGED, assessment.period.code + "/" + assessment.unit.code, versioned);
        LOG.infof("result %s/%s %s: %s of %s points, version %d", assessment.period.code, assessment.unit.code,
                assessment.status, versioned.total().toPlainString(), versioned.maxPoints().toPlainString(), versioned.version());
    }

    private static Map<String, CriterionInput> effectiveInputs(ScoringScheme scheme, Long assessmentId, Map<String, Stage> stages) {
        Map<String, Channel> channels = scheme.nodes().filter(CriterionNode::isLeaf)
                .collect(Collectors.toMap(CriterionNode::code, CriterionNode::channel));
        Map<String, List<CriterionEntry>> byCriterion = CriterionEntry.<CriterionEntry>list("assessmentId", assessmentId).stream()
                .filter(CriterionEntry::hasInput)
                .collect(Collectors.groupingBy(entry -> entry.criterionCode));
        Map<String, CriterionInput> inputs = new HashMap<>();
        byCriterion.forEach((code, entries) -> {
            List<Stage> order = channels.get(code) == Channel.SURVEY ? List.of(Stage.SURVEY) : PRECEDENCE;
            entries.stream()
                    .filter(entry -> order.contains(entry.stage))
                    .min(Comparator.comparingInt(entry -> order.indexOf(entry.stage)))
                    .ifPresent(entry -> {
                        inputs.put(code, entry.input());
                        stages.put(code, entry.stage);
                    });
        });
        return inputs;
    }

    private static Map<String, BigDecimal> effectiveAdjustments(Long assessmentId) {
        Map<String, List<AdjustmentAward>> byLine = AdjustmentAward.<AdjustmentAward>list("assessmentId", assessmentId).stream()
                .collect(Collectors.groupingBy(award -> award.lineCode));
        Map<String, BigDecimal> awarded = new HashMap<>();
        byLine.forEach((line, awards) -> awards.stream()
                .min(Comparator.comparingInt(award -> PRECEDENCE.indexOf(award.stage)))
                .ifPresent(award -> awarded.put(line, award.points)));
        return awarded;
    }

    /** For each RELATIVE_TO_BEST criterion, the highest effective value among the period's assessments. */
    private static Map<String, BigDecimal> bestValues(ScoringScheme scheme, AssessmentPeriod period) {
        Map<String, BigDecimal> best = new HashMap<>();
        List<String> relative = scheme.nodes().filter(node -> node.rule() instanceof ScoringRule.RelativeToBest)
                .map(CriterionNode::code).toList();
        for (Assessment assessment : Assessment.<Assessment>list("period.code", period.code)) {
            Map<String, CriterionInput> inputs = effectiveInputs(scheme, assessment.id, new HashMap<>());
            for (String code : relative) {
                CriterionInput input = inputs.get(code);
                if (input != null && input.value() != null) {
                    best.merge(code, input.value(), BigDecimal::max);
                }
            }
        }
        return best;
    }
}
