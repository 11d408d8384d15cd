package vn.parindex.assessment.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.parindex.assessment.Refusal;
import vn.parindex.assessment.concurrency.RetryTransient;
import vn.parindex.assessment.evidence.Evidence;
import vn.parindex.assessment.workflow.Action;
import vn.parindex.assessment.workflow.AssessmentStatus;
import vn.parindex.assessment.workflow.Stage;
import vn.parindex.assessment.workflow.Workflow;

/**
 * The workflow's steps on one assessment (submit, appraise, request-explanation, explain, finalize, publish), each
 * with what it checks beyond the workflow's rules: the deadlines, the evidence a submission needs, and the completeness
 * of a result that is finalized or published ({@link Publication}).
 */
@ApplicationScoped
@RetryTransient
public class WorkflowSteps {

    private static final Logger LOG = Logger.getLogger(WorkflowSteps.class);

    private final AssessmentResults results;
    private final Clock clock;

    WorkflowSteps(AssessmentResults results) {
        this.results = results;
        this.clock = Clock.systemUTC();
    }

    /**
     * Takes a workflow step. Finalizing or publishing a result with empty criteria needs an admin and a reason
     * ({@code incompleteReason}, kept and audited); publishing one unit is for corrections after the period was published.
     */
    @Transactional
    public Assessment act(String periodCode, String unitReference, Action action, long expectedVersion, String incompleteReason,
            Actor actor) {
        Assessment assessment = Assessments.claim(periodCode, unitReference, expectedVersion, actor);
        AssessmentStatus next = Workflow.next(assessment.status, action, actor.roles());
        if (action == Action.SUBMIT) {
            Assessments.checkDeadline(clock, assessment.period.selfAssessmentDeadline, "the self-assessment deadline");
            checkEvidence(assessment);
        } else if (action == Action.EXPLAIN) {
            Assessments.checkDeadline(clock, assessment.period.explanationDeadline, "the explanation deadline");
        } else if (action == Action.PUBLISH && !assessment.period.isPublished()) {
            throw Refusal.conflict("the results of period " + periodCode + " become official together: publish the period "
                    + "(POST /api/v1/periods/" + periodCode + "/actions/publish) once every assessment is final");
        }
        if ((action == Action.FINALIZE || action == Action.PUBLISH) && assessment.incompleteReason == null) {
            // an admin who accepted empty criteria at finalization need not say so again at publication
            List<String> empty = AssessmentResults.emptyCriteria(results.current(assessment));
            Publication.checkComplete(empty.isEmpty() ? Map.of() : Map.of(assessment, empty), incompleteReason, actor,
                    action.name().toLowerCase(java.util.Locale.ROOT) + " " + periodCode + "/" + assessment.unit.code);
            if (!empty.isEmpty()) {
                Assessments.audit(assessment, actor, "incompleteReason", assessment.incompleteReason, incompleteReason);
                assessment.incompleteReason = incompleteReason;
            }
        }
        Assessments.audit(assessment, actor, "status", assessment.status, next);
        LOG.infof("assessment %s/%s %s → %s by %s", periodCode, assessment.unit.code, assessment.status, next, actor.name());
        assessment.status = next;
        if (next == AssessmentStatus.PUBLISHED && assessment.publishedAt == null) {
            assessment.publishedAt = Instant.now(clock);
        }
        return Assessments.changed(assessment, results, clock);
    }

    /** Criteria that require evidence and were scored need a file or link, or a note explaining why there is none. */
    private void checkEvidence(Assessment assessment) {
        Set<String> withEvidence = Evidence.<Evidence>list("assessmentId", assessment.id).stream()
                .map(evidence -> evidence.criterionCode).collect(Collectors.toSet());
        Map<String, CriterionEntry> self = CriterionEntry.<CriterionEntry>list("assessmentId = ?1 and stage = ?2", assessment.id, Stage.SELF)
                .stream().collect(Collectors.toMap(entry -> entry.criterionCode, entry -> entry));
        List<Refusal.FieldError> missing = results.scheme(assessment.period).nodes()
                .filter(node -> node.isLeaf() && node.evidenceRequired())
                .filter(node -> self.containsKey(node.code()) && self.get(node.code()).hasInput() && !self.get(node.code()).notApplicable)
                .filter(node -> !withEvidence.contains(node.code()))
                .filter(node -> self.get(node.code()).note == null || self.get(node.code()).note.isBlank())
                .map(node -> new Refusal.FieldError("criteria." + node.code(), "attach evidence, or say in the note why there is none"))
                .toList();
        if (!missing.isEmpty()) {
            throw Refusal.invalid(missing);
        }
    }
}
