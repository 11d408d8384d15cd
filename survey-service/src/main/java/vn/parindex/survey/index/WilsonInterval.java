package vn.parindex.survey.index;

/** The Wilson score interval for one item's share of satisfied answers, in percent (95 %: z = 1.96). */
public final class WilsonInterval {

    public static final double Z95 = 1.959963984540054;

    private WilsonInterval() {
    }

    /** {low, high} in percent; null when the item has no valid answers. */
    public static double[] of(long satisfied, long valid) {
        if (valid == 0) {
            return null;
        }
        double n = valid;
        double p = satisfied / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = Z95 / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new double[] { Math.max(0, centre - half) * 100, Math.min(1, centre + half) * 100 };
    }
}
