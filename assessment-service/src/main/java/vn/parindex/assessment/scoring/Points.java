package vn.parindex.assessment.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The arithmetic of points: stored to four decimal places (NUMERIC(12,4)), rounded half up; quotients carried with
 * 34 significant digits until they become points. Percentages are computed from unrounded points and rounded only
 * when shown.
 */
public final class Points {

    public static final int SCALE = 4;
    public static final MathContext PRECISION = MathContext.DECIMAL128;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Points() {
    }

    public static BigDecimal of(BigDecimal value) {
        return value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal of(String value) {
        return of(new BigDecimal(value));
    }

    /** part ÷ whole × 100, unrounded (zero when the whole is zero). */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return part.multiply(HUNDRED).divide(whole, PRECISION);
    }

    public static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
