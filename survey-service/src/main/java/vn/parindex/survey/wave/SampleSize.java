package vn.parindex.survey.wave;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The SIPAS sample size for a population of N transactions or users and an allowed error e (domain §2.4, 2012
 * method): n = N / (1 + N·e²), rounded up to whole respondents and never more than N.
 */
public final class SampleSize {

    private SampleSize() {
    }

    public static long of(long population, BigDecimal margin) {
        if (population < 1) {
            throw new IllegalArgumentException("population must be at least 1");
        }
        if (margin.signum() <= 0 || margin.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("margin must be between 0 and 1");
        }
        BigDecimal n = BigDecimal.valueOf(population);
        BigDecimal size = n.divide(BigDecimal.ONE.add(n.multiply(margin.pow(2))), MathContext.DECIMAL64);
        return Math.min(population, size.setScale(0, RoundingMode.CEILING).longValueExact());
    }
}
