package vn.parindex.assessment.scoring;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a unit (or an appraiser) enters for one leaf criterion; which fields matter depends on the criterion's rule.
 * A criterion marked not applicable leaves the maximum.
 */
@Schema(name = "CriterionInput", description = "What is entered for one leaf criterion; which field counts depends on "
        + "the criterion's rule: points (MANUAL), achieved (BOOLEAN), numerator and denominator (RATIO), value (THRESHOLDS, "
        + "RELATIVE_TO_BEST, SURVEY). notApplicable takes the criterion out of the maximum instead.")
public record CriterionInput(
        @Schema(description = "The points, within 0 and the criterion's maximum (MANUAL).", example = "7.92") BigDecimal points,
        @Schema(description = "Whether the criterion is achieved (BOOLEAN).", example = "true") Boolean achieved,
        @Schema(description = "The count achieved, 0 or more (RATIO).", example = "45") BigDecimal numerator,
        @Schema(description = "The count it is measured against, more than 0 (RATIO).", example = "60") BigDecimal denominator,
        @Schema(description = "The measured value (THRESHOLDS, RELATIVE_TO_BEST), or the satisfaction percentage 0 to 100 "
                + "(SURVEY).", example = "81.56") BigDecimal value,
        @Schema(description = "The criterion does not apply to this unit (only where the methodology allows it).",
                example = "false") boolean notApplicable) {

    public static CriterionInput points(String points) {
        return new CriterionInput(new BigDecimal(points), null, null, null, null, false);
    }

    public static CriterionInput achieved(boolean achieved) {
        return new CriterionInput(null, achieved, null, null, null, false);
    }

    public static CriterionInput ratio(String numerator, String denominator) {
        return new CriterionInput(null, null, new BigDecimal(numerator), new BigDecimal(denominator), null, false);
    }

    public static CriterionInput value(String value) {
        return new CriterionInput(null, null, null, null, new BigDecimal(value), false);
    }

    public static CriterionInput notApplicableInput() {
        return new CriterionInput(null, null, null, null, null, true);
    }
}
