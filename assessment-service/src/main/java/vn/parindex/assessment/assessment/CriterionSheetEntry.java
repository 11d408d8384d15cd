package vn.parindex.assessment.assessment;

import java.math.BigDecimal;
import vn.parindex.assessment.scoring.CriterionInput;

/** One criterion's input for a stage, with the note that goes with it. */
public record CriterionSheetEntry(BigDecimal points, Boolean achieved, BigDecimal numerator, BigDecimal denominator,
        BigDecimal value, boolean notApplicable, String note) {

    CriterionInput input() {
        return new CriterionInput(points, achieved, numerator, denominator, value, notApplicable);
    }
}
