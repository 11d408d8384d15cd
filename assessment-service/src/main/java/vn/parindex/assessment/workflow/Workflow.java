package vn.parindex.assessment.workflow;

import java.util.EnumSet;
import java.util.Set;

/**
 * The assessment workflow: DRAFT → SUBMITTED (self-assessment locked) → APPRAISED → EXPLANATION_REQUESTED → EXPLAINED
 * → FINAL → PUBLISHED; an appraisal that needs no explanation goes straight to FINAL, and an explanation is appraised
 * again. Which role may take each step and which stage of points each role may write, in which statuses.
 */
public final class Workflow {

    public static final String UNIT = "unit";
    public static final String APPRAISER = "appraiser";

    /** Why a step or a write is refused; {@code forbidden} when the role is wrong rather than the moment. */
    public record Refusal(boolean forbidden, String reason) {
    }

    public static final String ADMIN = "admin";

    private record Step(Set<String> roles, Set<AssessmentStatus> from, AssessmentStatus to) {
    }

    private Workflow() {
    }

    private static Step step(Action action) {
        return switch (action) {
            case SUBMIT -> new Step(Set.of(UNIT), EnumSet.of(AssessmentStatus.DRAFT), AssessmentStatus.SUBMITTED);
            case APPRAISE -> new Step(Set.of(APPRAISER), EnumSet.of(AssessmentStatus.SUBMITTED, AssessmentStatus.EXPLAINED), AssessmentStatus.APPRAISED);
            case REQUEST_EXPLANATION -> new Step(Set.of(APPRAISER), EnumSet.of(AssessmentStatus.APPRAISED), AssessmentStatus.EXPLANATION_REQUESTED);
            case EXPLAIN -> new Step(Set.of(UNIT), EnumSet.of(AssessmentStatus.EXPLANATION_REQUESTED), AssessmentStatus.EXPLAINED);
            // an admin may close the appraisal too: the one who can accept a result with empty criteria, giving the reason
            case FINALIZE -> new Step(Set.of(APPRAISER, ADMIN), EnumSet.of(AssessmentStatus.APPRAISED, AssessmentStatus.EXPLAINED), AssessmentStatus.FINAL);
            case PUBLISH -> new Step(Set.of(APPRAISER, ADMIN), EnumSet.of(AssessmentStatus.FINAL), AssessmentStatus.PUBLISHED);
        };
    }

    /** The status after the action, or a refusal. */
    public static AssessmentStatus next(AssessmentStatus status, Action action, Set<String> roles) {
        Step step = step(action);
        if (step.roles().stream().noneMatch(roles::contains)) {
            throw new WorkflowException(new Refusal(true, action + " is for the " + String.join(" or ", step.roles().stream().sorted().toList())
                    + " role"));
        }
        if (!step.from().contains(status)) {
            throw new WorkflowException(new Refusal(false, action + " is possible from " + step.from() + ", not from " + status));
        }
        return step.to();
    }

    /** Whether the role may write points of that stage while the assessment has that status. */
    public static void checkWrite(AssessmentStatus status, Stage stage, Set<String> roles) {
        String role = switch (stage) {
            case SELF -> UNIT;
            case APPRAISED, FINAL -> APPRAISER;
            // survey results measured outside the platform (MOHA's sociological survey) are entered by an admin
            case SURVEY -> ADMIN;
        };
        if (!roles.contains(role)) {
            throw new WorkflowException(new Refusal(true, stage + " points are written by the " + role + " role"));
        }
        Set<AssessmentStatus> open = switch (stage) {
            case SELF -> EnumSet.of(AssessmentStatus.DRAFT);
            case APPRAISED -> EnumSet.of(AssessmentStatus.SUBMITTED, AssessmentStatus.EXPLAINED);
            // final points may be corrected after publication; every correction is audited and republished
            case FINAL -> EnumSet.of(AssessmentStatus.APPRAISED, AssessmentStatus.EXPLAINED, AssessmentStatus.FINAL, AssessmentStatus.PUBLISHED);
            case SURVEY -> EnumSet.allOf(AssessmentStatus.class);
        };
        if (!open.contains(status)) {
            throw new WorkflowException(new Refusal(false, stage + " points can be written while the assessment is " + open
                    + "; it is " + status));
        }
    }

    /** Whether the unit may write explanations now. */
    public static void checkExplanation(AssessmentStatus status, Set<String> roles) {
        if (!roles.contains(UNIT)) {
            throw new WorkflowException(new Refusal(true, "explanations are written by the unit role"));
        }
        if (status != AssessmentStatus.EXPLANATION_REQUESTED) {
            throw new WorkflowException(new Refusal(false, "explanations are written while an explanation is requested; the assessment is " + status));
        }
    }
}
