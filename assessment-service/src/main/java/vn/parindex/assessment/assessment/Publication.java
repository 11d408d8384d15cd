package vn.parindex.assessment.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.concurrency.RetryTransient;
import vn.parindex.assessment.concurrency.VersionClaim;
import vn.parindex.assessment.period.AssessmentPeriod;
import vn.parindex.assessment.period.PeriodScoring;
import vn.parindex.assessment.workflow.AssessmentStatus;

/**
 * The publication of a period's results, and the completeness every official result needs: a result with empty
 * criteria (no input at any stage) is not finalized or published unless an admin gives the reason, kept with it and
 * audited.
 */
@ApplicationScoped
@RetryTransient
public class Publication {

    private static final Logger LOG = Logger.getLogger(Publication.class);

    private final AssessmentResults results;
    private final PeriodScoring periodScoring;
    private final Clock clock;

    Publication(AssessmentResults results, PeriodScoring periodScoring) {
        this.results = results;
        this.periodScoring = periodScoring;
        this.clock = Clock.systemUTC();
    }

    /**
     * Publishes the period: every FINAL assessment becomes PUBLISHED in this one transaction, with results recomputed
     * against the period's final best values, so the official tables of the period appear at once. An assessment not
     * final yet stays unpublished and is published on its own once final. An assessment with empty criteria is
     * published only by an admin who gives the reason, kept with it and audited.
     */
    @Transactional
    public AssessmentPeriod publish(String periodCode, long expectedVersion, String incompleteReason, Actor actor) {
        VersionClaim.claim("AssessmentPeriod", "code", periodCode, expectedVersion, "period " + periodCode);
        AssessmentPeriod period = AssessmentPeriod.findById(periodCode);
        if (period.isPublished()) {
            throw Refusal.conflict("period " + periodCode + " was published on " + period.publishedAt
                    + "; corrections are per unit (final points)");
        }
        List<Assessment> all = Assessment.lockedIn(period);
        List<Assessment> assessments = all.stream().filter(a -> a.status == AssessmentStatus.FINAL).toList();
        if (assessments.isEmpty()) {
            throw Refusal.conflict("no assessment of period " + periodCode + " is final yet; there is nothing to publish");
        }
        Map<Assessment, List<String>> incomplete = new LinkedHashMap<>();
        for (Assessment assessment : assessments) {
            List<String> empty = AssessmentResults.emptyCriteria(results.current(assessment));
            if (!empty.isEmpty() && assessment.incompleteReason == null) {
                incomplete.put(assessment, empty);
            }
        }
        checkComplete(incomplete, incompleteReason, actor, "publish period " + periodCode);
        Instant now = Instant.now(clock);
        for (Assessment assessment : assessments) {
            Assessments.audit(assessment, actor, "status", assessment.status, AssessmentStatus.PUBLISHED);
            assessment.status = AssessmentStatus.PUBLISHED;
            assessment.publishedAt = now;
            assessment.version++; // the row is ours: locked and read fresh above
            assessment.updatedAt = now;
            if (incomplete.containsKey(assessment)) {
                Assessments.audit(assessment, actor, "incompleteReason", assessment.incompleteReason, incompleteReason);
                assessment.incompleteReason = incompleteReason;
            }
        }
        period.publishedAt = now;
        period.publishedBy = actor.name();
        period.updatedAt = now;
        // one recomputation of every result, against the period's final best values and with the new statuses
        periodScoring.rescore(period, null);
        LOG.infof("period %s published by %s: %d of %d results official%s", periodCode, actor.name(), assessments.size(), all.size(),
                incomplete.isEmpty() ? "" : ", " + incomplete.size() + " incomplete (" + incompleteReason + ")");
        return period;
    }

    /** Empty criteria are refused, naming them, unless an admin gives the reason for going on without them. */
    static void checkComplete(Map<Assessment, List<String>> incomplete, String reason, Actor actor, String what) {
        if (incomplete.isEmpty()) {
            return;
        }
        if (actor.isAdmin() && reason != null && !reason.isBlank()) {
            return;
        }
        List<Refusal.FieldError> errors = new ArrayList<>();
        boolean oneUnit = incomplete.size() == 1;
        incomplete.forEach((assessment, codes) -> codes.forEach(code -> errors.add(new Refusal.FieldError(
                (oneUnit ? "" : "units." + assessment.unit.code + ".") + "criteria." + code, "no points entered at any stage"))));
        throw Refusal.conflict("cannot " + what + ": " + errors.size() + " criteria have no points ("
                + errors.stream().map(Refusal.FieldError::field).limit(10).collect(Collectors.joining(", "))
                + (errors.size() > 10 ? ", …" : "") + "); fill them in, or an admin may go on with a reason (incompleteReason)", errors);
    }
}
