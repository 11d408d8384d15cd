package vn.parindex.assessment.scoring;

import java.math.BigDecimal;

/**
 * What a unit (or an appraiser) enters for one leaf criterion; which fields matter depends on the criterion's rule.
 * A criterion marked not applicable leaves the maximum.
 */
public record CriterionInput(BigDecimal points, Boolean achieved, BigDecimal numerator, BigDecimal denominator,
        BigDecimal value, boolean notApplicable) {

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
