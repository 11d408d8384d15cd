package vn.parindex.assessment.workflow;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkflowTest {

    private static final Set<String> UNIT = Set.of("unit");
    private static final Set<String> APPRAISER = Set.of("appraiser");

    @Test
    void theFullPathWithAnExplanationRound() {
        AssessmentStatus status = AssessmentStatus.DRAFT;
        status = Workflow.next(status, Action.SUBMIT, UNIT);
        assertEquals(AssessmentStatus.SUBMITTED, status);
        status = Workflow.next(status, Action.APPRAISE, APPRAISER);
        status = Workflow.next(status, Action.REQUEST_EXPLANATION, APPRAISER);
        assertEquals(AssessmentStatus.EXPLANATION_REQUESTED, status);
        status = Workflow.next(status, Action.EXPLAIN, UNIT);
        assertEquals(AssessmentStatus.EXPLAINED, status);
        status = Workflow.next(status, Action.APPRAISE, APPRAISER);
        assertEquals(AssessmentStatus.APPRAISED, status, "an explanation is appraised again (round 2)");
        status = Workflow.next(status, Action.FINALIZE, APPRAISER);
        status = Workflow.next(status, Action.PUBLISH, APPRAISER);
        assertEquals(AssessmentStatus.PUBLISHED, status);
    }

    @Test
    void anAppraisalNeedingNoExplanationGoesStraightToFinal() {
        assertEquals(AssessmentStatus.FINAL, Workflow.next(AssessmentStatus.APPRAISED, Action.FINALIZE, APPRAISER));
    }

    @Test
    void theWrongRoleIsForbiddenAndTheWrongMomentIsAConflict() {
        WorkflowException wrongRole = assertThrows(WorkflowException.class,
                () -> Workflow.next(AssessmentStatus.DRAFT, Action.SUBMIT, APPRAISER));
        assertTrue(wrongRole.refusal.forbidden());
        WorkflowException wrongMoment = assertThrows(WorkflowException.class,
                () -> Workflow.next(AssessmentStatus.DRAFT, Action.PUBLISH, APPRAISER));
        assertFalse(wrongMoment.refusal.forbidden());
        assertThrows(WorkflowException.class, () -> Workflow.next(AssessmentStatus.PUBLISHED, Action.SUBMIT, UNIT));
    }

    @Test
    void selfAssessmentIsLockedOnceSubmitted() {
        assertDoesNotThrow(() -> Workflow.checkWrite(AssessmentStatus.DRAFT, Stage.SELF, UNIT));
        assertThrows(WorkflowException.class, () -> Workflow.checkWrite(AssessmentStatus.SUBMITTED, Stage.SELF, UNIT));
        assertThrows(WorkflowException.class, () -> Workflow.checkWrite(AssessmentStatus.DRAFT, Stage.APPRAISED, UNIT));
    }

    @Test
    void finalPointsMayBeCorrectedAfterPublication() {
        assertDoesNotThrow(() -> Workflow.checkWrite(AssessmentStatus.PUBLISHED, Stage.FINAL, APPRAISER));
        assertThrows(WorkflowException.class, () -> Workflow.checkWrite(AssessmentStatus.SUBMITTED, Stage.FINAL, APPRAISER));
    }

    @Test
    void onlyAnAdminEntersSurveyResults() {
        assertDoesNotThrow(() -> Workflow.checkWrite(AssessmentStatus.SUBMITTED, Stage.SURVEY, Set.of("admin")));
        assertThrows(WorkflowException.class, () -> Workflow.checkWrite(AssessmentStatus.DRAFT, Stage.SURVEY, Set.of("appraiser", "unit")));
    }

    @Test
    void explanationsOnlyWhileRequested() {
        assertDoesNotThrow(() -> Workflow.checkExplanation(AssessmentStatus.EXPLANATION_REQUESTED, UNIT));
        assertThrows(WorkflowException.class, () -> Workflow.checkExplanation(AssessmentStatus.EXPLAINED, UNIT));
    }
}
