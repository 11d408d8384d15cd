package vn.parindex.assessment.workflow;

/**
 * Who entered a criterion's points: the unit (SELF), the appraiser (APPRAISED), the final decision (FINAL), or a survey
 * result (SURVEY, for survey-channel criteria). A result uses the most advanced stage a criterion has.
 */
public enum Stage {
    SELF, APPRAISED, FINAL, SURVEY
}
