package vn.parindex.assessment.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.concurrency.RetryTransient;
import vn.parindex.assessment.concurrency.VersionClaim;
import vn.parindex.assessment.period.PeriodScoring;
import vn.parindex.assessment.workflow.AssessmentStatus;
import vn.parindex.assessment.workflow.Workflow;

/**
 * Reading the assessments of a period: one unit's assessment, whether the caller may see it before publication, and its
 * audit trail. Also the steps every write of an assessment shares ({@link ScoreSheets}, {@link WorkflowSteps},
 * {@link Publication}): it checks the caller's role and units, claims the optimistic version in the same statement as
 * its first write ({@link VersionClaim}), checks the status and the deadline, records an audit entry per changed value,
 * and refreshes the result. A write touches its own assessment only; what depends on other units is the period step's
 * ({@link PeriodScoring}).
 */
@ApplicationScoped
@RetryTransient
public class Assessments {

    public Assessment get(String periodCode, String unitReference) {
        Assessment assessment = Assessment.of(periodCode, unitReference);
        if (assessment == null) {
            throw Refusal.notFound("no assessment of " + unitReference + " in period " + periodCode);
        }
        return assessment;
    }

    /** The assessment, if the actor may see it before publication (staff, or the unit itself); published ones are public. */
    public Assessment readable(String periodCode, String unitReference, Optional<Actor> actor) {
        Assessment assessment = get(periodCode, unitReference);
        if (assessment.status == AssessmentStatus.PUBLISHED) {
            return assessment;
        }
        Actor who = actor.orElseThrow(() -> Refusal.notFound("no published result of " + unitReference + " in period " + periodCode));
        if (!who.isStaff() && !(who.roles().contains(Workflow.UNIT) && who.actsFor(assessment.unit))) {
            throw Refusal.forbidden("results before publication are visible to admins, appraisers and the unit itself");
        }
        return assessment;
    }

    public List<AuditEntry> audit(Assessment assessment) {
        return AuditEntry.list("assessmentId = ?1 order by id", assessment.id);
    }

    /**
     * The assessment, after checking the actor may write it and claiming its version: of concurrent writers holding the
     * same version one goes on, the others get a 409 with the current version.
     */
    static Assessment claim(String periodCode, String unitReference, long expectedVersion, Actor actor) {
        Object[] found = Assessment.identify(periodCode, unitReference)
                .orElseThrow(() -> Refusal.notFound("no assessment of " + unitReference + " in period " + periodCode));
        String unitCode = (String) found[1];
        if (!actor.isStaff() && !actor.units().contains(unitCode) && !actor.units().contains((String) found[2])) {
            throw Refusal.forbidden("this account acts for " + actor.units() + ", not for unit " + unitCode);
        }
        VersionClaim.claim("Assessment", "id", found[0], expectedVersion, "assessment " + periodCode + "/" + unitCode);
        return Assessment.findById(found[0]);
    }

    static void checkDeadline(Clock clock, Instant deadline, String what) {
        if (Instant.now(clock).isAfter(deadline)) {
            throw Refusal.conflict(what + " (" + deadline + ") has passed");
        }
    }

    /** After a write: the assessment's time of change, and its result recomputed. */
    static Assessment changed(Assessment assessment, AssessmentResults results, Clock clock) {
        assessment.updatedAt = Instant.now(clock);
        results.refresh(assessment);
        return assessment;
    }

    /** An audit entry for the field, if its value changed (decimals compared by value). */
    static void audit(Assessment assessment, Actor actor, String field, Object oldValue, Object newValue) {
        boolean same = oldValue instanceof BigDecimal a && newValue instanceof BigDecimal b ? a.compareTo(b) == 0 : Objects.equals(oldValue, newValue);
        if (!same) {
            AuditEntry.record(assessment.id, actor.name(), field, oldValue, newValue);
        }
    }
}
