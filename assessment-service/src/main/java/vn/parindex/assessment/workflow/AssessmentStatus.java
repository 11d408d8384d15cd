package vn.parindex.assessment.workflow;

/** Where an assessment stands (domain §1.5): self-assessment, appraisal, explanation, final points, publication. */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, APPRAISED, EXPLANATION_REQUESTED, EXPLAINED, FINAL, PUBLISHED
}
