package vn.parindex.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.parindex.assessment.workflow.Action;
import vn.parindex.assessment.workflow.AssessmentStatus;
import vn.parindex.assessment.workflow.WorkflowException;

/**
 * One workflow step for many units of a period, as a portal sends it: each unit with the version it read, each in its
 * own transaction (all or nothing per unit), and a report of what became of each.
 */
@ApplicationScoped
public class PeriodActions {

    private static final Logger LOG = Logger.getLogger(PeriodActions.class);

    /** A unit and the version of its assessment the caller read. */
    public record UnitVersion(String unit, long version) {
    }

    /** What became of one unit: done (its new status and version) or refused (the problem, as a single call would get it). */
    public record Outcome(String unit, boolean done, AssessmentStatus status, Long version, Integer problemStatus, String detail,
            List<ApiProblem.FieldError> errors, Long currentVersion) {

        static Outcome done(String unit, Assessment assessment) {
            return new Outcome(unit, true, assessment.status, assessment.version, null, null, List.of(), null);
        }

        static Outcome refused(String unit, ApiProblem problem) {
            return new Outcome(unit, false, null, null, problem.status, problem.getMessage(), problem.errors, problem.currentVersion);
        }

        static Outcome refused(String unit, WorkflowException refusal) {
            return new Outcome(unit, false, null, null, refusal.refusal.forbidden() ? 403 : 409, refusal.getMessage(), List.of(), null);
        }
    }

    private final Assessments assessments;

    PeriodActions(Assessments assessments) {
        this.assessments = assessments;
    }

    /** Takes the step for each unit in turn; a unit refused does not stop the others. */
    public List<Outcome> apply(String periodCode, Action action, List<UnitVersion> units, String incompleteReason, Assessments.Actor actor) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            if (!seen.add(units.get(i).unit())) {
                throw ApiProblem.invalid("units[" + i + "].unit", "unit " + units.get(i).unit() + " appears twice");
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (UnitVersion unit : units) {
            try {
                outcomes.add(Outcome.done(unit.unit(),
                        assessments.act(periodCode, unit.unit(), action, unit.version(), incompleteReason, actor)));
            } catch (ApiProblem problem) {
                outcomes.add(Outcome.refused(unit.unit(), problem));
            } catch (WorkflowException refusal) {
                outcomes.add(Outcome.refused(unit.unit(), refusal));
            }
        }
        LOG.infof("%s on %d units of %s by %s: %d done", action, units.size(), periodCode, actor.name(),
                outcomes.stream().filter(Outcome::done).count());
        return outcomes;
    }
}
