package vn.parindex.assessment.assessment;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.parindex.assessment.scoring.CriterionInput;

/** One criterion's input for a stage, with the note that goes with it. */
@Schema(name = "CriterionSheetEntry", description = "One criterion's input for a stage, with its note; which field counts "
        + "depends on the criterion's rule: points (MANUAL), achieved (BOOLEAN), numerator and denominator (RATIO), value "
        + "(THRESHOLDS, RELATIVE_TO_BEST, SURVEY).")
public record CriterionSheetEntry(
        @Schema(description = "The points, within 0 and the criterion's maximum (MANUAL).", example = "7.92") BigDecimal points,
        @Schema(description = "Whether the criterion is achieved (BOOLEAN).", example = "true") Boolean achieved,
        @Schema(description = "The count achieved, 0 or more (RATIO).", example = "45") BigDecimal numerator,
        @Schema(description = "The count it is measured against, more than 0 (RATIO).", example = "60") BigDecimal denominator,
        @Schema(description = "The measured value (THRESHOLDS, RELATIVE_TO_BEST), or the satisfaction percentage 0 to 100 "
                + "(SURVEY).", example = "81.56") BigDecimal value,
        @Schema(description = "The criterion does not apply to this unit (only where the methodology allows it).",
                example = "false") boolean notApplicable,
        @Schema(description = "A note on the input (ghi chú).", example = "Theo báo cáo tự đánh giá") String note) {

    CriterionInput input() {
        return new CriterionInput(points, achieved, numerator, denominator, value, notApplicable);
    }
}
