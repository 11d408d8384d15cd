package vn.parindex.survey.index;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Percentages: computed unrounded (16 significant digits), shown with four decimals. */
public final class Percent {

    public static final MathContext PRECISION = MathContext.DECIMAL64;
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SHOWN_DECIMALS = 4;

    private Percent() {
    }

    /** part ÷ whole × 100, unrounded; null when there is no whole. */
    public static BigDecimal of(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), PRECISION);
    }

    public static BigDecimal shown(BigDecimal value) {
        return value == null ? null : value.setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP);
    }

    /** A statistic computed in floating point (bootstrap, Wilson), shown like every other percentage. */
    public static BigDecimal shown(double value) {
        return Double.isNaN(value) ? null : BigDecimal.valueOf(value).setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP);
    }
}
