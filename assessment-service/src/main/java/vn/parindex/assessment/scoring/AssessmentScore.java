package vn.parindex.assessment.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The computed result of one assessment: area scores (with their criteria), bonus and penalty, the total, the
 * index percentage (total ÷ applicable maximum × 100, unrounded) and the group it falls into.
 */
@Schema(name = "AssessmentScore", description = "Inputs scored against a methodology version, exactly as an assessment's "
        + "result would be (nothing is stored): area scores with their criteria, bonus (điểm thưởng) and penalty (điểm "
        + "trừ), the total, the index % (total ÷ applicable maximum × 100, unrounded) and the group (nhóm) it falls into.")
public record AssessmentScore(
        @Schema(description = "The score of each area (lĩnh vực), with its criteria below it.") List<NodeScore> areas,
        @Schema(description = "The sum of the areas' points.", example = "85.5900") BigDecimal areaPoints,
        @Schema(description = "Bonus points counted, within the lines' and the methodology's caps.", example = "0.0000")
        BigDecimal bonus,
        @Schema(description = "Penalty points counted, within the lines' and the methodology's caps.", example = "0.0000")
        BigDecimal penalty,
        @Schema(description = "areaPoints + bonus - penalty, within 0 and applicableMaxPoints.", example = "85.5900")
        BigDecimal total,
        @Schema(description = "The maximum that applies: the methodology's maximum with the criteria marked not applicable "
                + "taken out.", example = "100.0000") BigDecimal applicableMaxPoints,
        @Schema(description = "total ÷ applicableMaxPoints × 100, unrounded.", example = "85.59") BigDecimal indexPercent,
        @Schema(description = "The group the unrounded index falls into; null when the methodology has no groups or the "
                + "index reaches none.") Band band,
        @Schema(description = "Whether every applicable criterion has an input; a missing input scores 0.", example = "true")
        boolean complete) {
}
