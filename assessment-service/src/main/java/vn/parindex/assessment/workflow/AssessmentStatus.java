package vn.parindex.assessment.workflow;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an assessment stands (domain §1.5): self-assessment, appraisal, explanation, final points, publication. */
@Schema(name = "AssessmentStatus", description = "Where an assessment stands: DRAFT (the unit self-assesses, tự chấm), "
        + "SUBMITTED (self-assessment locked, awaiting appraisal, thẩm định), APPRAISED (appraised), EXPLANATION_REQUESTED "
        + "(the appraiser asks the unit to explain, giải trình), EXPLAINED (explained, to be appraised again), FINAL (final "
        + "points set) or PUBLISHED (official, public; corrections still possible through final points).")
public enum AssessmentStatus {
    DRAFT, SUBMITTED, APPRAISED, EXPLANATION_REQUESTED, EXPLAINED, FINAL, PUBLISHED
}
