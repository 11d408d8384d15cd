package vn.parindex.assessment.period;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.assessment.Actor;
import vn.parindex.assessment.assessment.AdjustmentAward;
import vn.parindex.assessment.assessment.Assessment;
import vn.parindex.assessment.assessment.AssessmentResults;
import vn.parindex.assessment.assessment.Assessments;
import vn.parindex.assessment.assessment.CriterionEntry;
import vn.parindex.assessment.assessment.CriterionSheetEntry;
import vn.parindex.assessment.assessment.ScoreSheet;
import vn.parindex.assessment.assessment.ScoreSheets;
import vn.parindex.assessment.assessment.WorkflowSteps;
import vn.parindex.assessment.concurrency.TransientFailure;
import vn.parindex.assessment.scoring.ScoringException;
import vn.parindex.assessment.workflow.Action;
import vn.parindex.assessment.workflow.AssessmentStatus;
import vn.parindex.assessment.workflow.Stage;
import vn.parindex.assessment.workflow.WorkflowException;

/**
 * Many units of a period at once, as a portal or an appraiser's workbook sends them: one workflow step, or one stage's
 * points, for each unit with the version it read; each unit in its own transaction (all or nothing per unit), and a
 * report of what became of each.
 */
@ApplicationScoped
public class PeriodActions {

    private static final Logger LOG = Logger.getLogger(PeriodActions.class);

    /** A unit and the version of its assessment the caller read. */
    public record UnitVersion(String unit, long version) {
    }

    /** DONE: written; UNCHANGED: the sheet held what is stored, nothing written; REFUSED: see the problem. */
    @Schema(name = "UnitOutcomeResult", description = "DONE: written or stepped; UNCHANGED: the unit already held what "
            + "was sent, nothing written; REFUSED: see the problem beside it.")
    public enum Result {
        DONE, UNCHANGED, REFUSED
    }

    /**
     * What became of one unit: its status and version after, or the problem a single call would have got: its kind, the
     * detail, the fields and the current version. A unit whose write failed unexpectedly (rolled back, the detail quoting
     * the incident) is REFUSED without a kind: see {@link #failed()}.
     */
    public record Outcome(String unit, Result result, AssessmentStatus status, Long version, Refusal.Kind problem, String detail,
            List<Refusal.FieldError> errors, Long currentVersion) {

        static Outcome of(String unit, Result result, Assessment assessment) {
            return new Outcome(unit, result, assessment.status, assessment.version, null, null, List.of(), null);
        }

        static Outcome refused(String unit, RuntimeException refusal) {
            if (refusal instanceof Refusal problem) {
                return new Outcome(unit, Result.REFUSED, null, null, problem.kind, problem.getMessage(), problem.errors,
                        problem.currentVersion);
            }
            if (refusal instanceof WorkflowException workflow) {
                return new Outcome(unit, Result.REFUSED, null, null, workflow.refusal.forbidden() ? Refusal.Kind.FORBIDDEN
                        : Refusal.Kind.CONFLICT, workflow.getMessage(), List.of(), null);
            }
            ScoringException scoring = (ScoringException) refusal;
            return new Outcome(unit, Result.REFUSED, null, null, Refusal.Kind.INVALID, scoring.getMessage(),
                    List.of(new Refusal.FieldError(scoring.path(), scoring.getMessage())), null);
        }

        static Outcome failure(String unit, String incident) {
            return new Outcome(unit, Result.REFUSED, null, null, null, "the unit's write failed and was rolled back; quote incident "
                    + incident, List.of(), null);
        }

        /** Whether the unit's write failed for a reason no rule gave (a fault of the service, not of the request). */
        public boolean failed() {
            return result == Result.REFUSED && problem == null;
        }
    }

    private final Assessments assessments;
    private final ScoreSheets scoreSheets;
    private final WorkflowSteps workflowSteps;
    private final AssessmentResults results;

    PeriodActions(Assessments assessments, ScoreSheets scoreSheets, WorkflowSteps workflowSteps, AssessmentResults results) {
        this.assessments = assessments;
        this.scoreSheets = scoreSheets;
        this.workflowSteps = workflowSteps;
        this.results = results;
    }

    /** The period's workbook of a stage's points: every unit by code, with its entries and awards (three queries). */
    public byte[] workbook(AssessmentPeriod period, Stage stage) {
        List<Assessment> all = Assessment.list("from Assessment a join fetch a.unit where a.period.code = ?1 order by a.unit.code",
                period.code);
        List<Long> ids = all.stream().map(a -> a.id).toList();
        Map<Long, List<CriterionEntry>> entries = CriterionEntry.<CriterionEntry>list("assessmentId in ?1", ids).stream()
                .collect(Collectors.groupingBy(e -> e.assessmentId));
        Map<Long, List<AdjustmentAward>> awards = AdjustmentAward.<AdjustmentAward>list("assessmentId in ?1", ids).stream()
                .collect(Collectors.groupingBy(a -> a.assessmentId));
        return PeriodScoreWorkbook.write(results.scheme(period), period.code, stage, all.stream().map(a -> new PeriodScoreWorkbook.UnitScores(a,
                entries.getOrDefault(a.id, List.of()), awards.getOrDefault(a.id, List.of()))).toList());
    }

    /** Takes the step for each unit in turn; a unit refused does not stop the others. */
    public List<Outcome> apply(String periodCode, Action action, List<UnitVersion> units, String incompleteReason, Actor actor) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            if (!seen.add(units.get(i).unit())) {
                throw Refusal.invalid("units[" + i + "].unit", "unit " + units.get(i).unit() + " appears twice");
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (UnitVersion unit : units) {
            outcomes.add(each(unit.unit(), () -> Outcome.of(unit.unit(), Result.DONE,
                    workflowSteps.act(periodCode, unit.unit(), action, unit.version(), incompleteReason, actor))));
        }
        log(action.name(), periodCode, outcomes, actor);
        return outcomes;
    }

    /** Writes a stage's points for each unit of the workbook whose cells differ from what is stored. */
    public List<Outcome> write(String periodCode, Stage stage, List<PeriodScoreWorkbook.UnitSheet> units, Actor actor) {
        List<Outcome> outcomes = new ArrayList<>();
        for (PeriodScoreWorkbook.UnitSheet unit : units) {
            outcomes.add(each(unit.unit(), () -> {
                Assessment stored = assessments.get(periodCode, unit.unit());
                if (holds(stored, stage, unit.sheet())) {
                    return Outcome.of(unit.unit(), Result.UNCHANGED, stored);
                }
                return Outcome.of(unit.unit(), Result.DONE, scoreSheets.write(periodCode, unit.unit(), stage, unit.version(), unit.sheet(), actor));
            }));
        }
        log(stage + " points", periodCode, outcomes, actor);
        return outcomes;
    }

    /** One unit's work in its own transaction; whatever refuses it is reported, and the next unit goes on. */
    private static Outcome each(String unit, Supplier<Outcome> work) {
        try {
            return work.get();
        } catch (Refusal | WorkflowException | ScoringException refusal) {
            return Outcome.refused(unit, refusal);
        } catch (RuntimeException failure) {
            if (TransientFailure.is(failure)) {
                return Outcome.refused(unit, TransientFailure.unavailable());
            }
            String incident = UUID.randomUUID().toString();
            LOG.errorf(failure, "incident %s on unit %s", incident, unit);
            return Outcome.failure(unit, incident);
        }
    }

    /** Whether the stage's stored entries and awards are those of the sheet already. */
    private static boolean holds(Assessment stored, Stage stage, ScoreSheet sheet) {
        Map<String, CriterionEntry> entries = CriterionEntry.<CriterionEntry>list("assessmentId = ?1 and stage = ?2", stored.id, stage)
                .stream().collect(Collectors.toMap(entry -> entry.criterionCode, entry -> entry));
        Map<String, AdjustmentAward> awards = AdjustmentAward.<AdjustmentAward>list("assessmentId = ?1 and stage = ?2", stored.id, stage)
                .stream().collect(Collectors.toMap(award -> award.lineCode, award -> award));
        return sheet.criteria().entrySet().stream().allMatch(e -> entries.containsKey(e.getKey())
                && same(entries.get(e.getKey()), e.getValue()))
                && sheet.adjustments().entrySet().stream().allMatch(e -> awards.containsKey(e.getKey())
                        && awards.get(e.getKey()).points.compareTo(e.getValue()) == 0);
    }

    private static boolean same(CriterionEntry stored, CriterionSheetEntry sheet) {
        return same(stored.points, sheet.points()) && Objects.equals(stored.achieved, sheet.achieved())
                && same(stored.numerator, sheet.numerator()) && same(stored.denominator, sheet.denominator())
                && same(stored.value, sheet.value()) && stored.notApplicable == sheet.notApplicable()
                && Objects.equals(stored.note, sheet.note());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void log(String what, String periodCode, List<Outcome> outcomes, Actor actor) {
        Map<Result, Long> counts = outcomes.stream().collect(Collectors.groupingBy(Outcome::result, Collectors.counting()));
        LOG.infof("%s for %d units of %s by %s: %s", what, outcomes.size(), periodCode, actor.name(), counts);
    }
}
