package vn.parindex.ranking.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How sure a rank is, when the scores are estimates with standard errors (SIPAS): a seeded parametric bootstrap draws
 * every unit's score from N(estimate, se²) at once, ranks the draw (standard competition), and repeats; a unit's 90 %
 * rank interval runs from the 5th to the 95th percentile of its ranks (nearest rank). A unit without a standard
 * error keeps its estimate in every draw. Also: whether two neighbours differ significantly (90 %, two-sided):
 * |a − b| > 1.645 · √(se_a² + se_b²).
 */
public final class RankIntervals {

    static final double Z90 = 1.6448536269514722;

    /** A score with its standard error (null when the score is exact). */
    public record Estimate(String key, BigDecimal value, BigDecimal standardError) {
    }

    public record Interval(int low, int high) {
    }

    private RankIntervals() {
    }

    public static Map<String, Interval> of(List<Estimate> estimates, int replicates, long seed) {
        int n = estimates.size();
        List<Estimate> ordered = new ArrayList<>(estimates);
        ordered.sort(Comparator.comparing(Estimate::key));
        double[] mean = new double[n];
        double[] se = new double[n];
        for (int i = 0; i < n; i++) {
            mean[i] = ordered.get(i).value().doubleValue();
            se[i] = ordered.get(i).standardError() == null ? 0 : ordered.get(i).standardError().doubleValue();
        }
        int[][] ranks = new int[n][replicates];
        SplittableRandom random = new SplittableRandom(seed);
        double[] draw = new double[n];
        Integer[] order = new Integer[n];
        for (int b = 0; b < replicates; b++) {
            for (int i = 0; i < n; i++) {
                draw[i] = se[i] == 0 ? mean[i] : mean[i] + se[i] * random.nextGaussian();
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Double.compare(draw[y], draw[x]));
            int rank = 0;
            for (int position = 0; position < n; position++) {
                if (position == 0 || draw[order[position]] != draw[order[position - 1]]) {
                    rank = position + 1;
                }
                ranks[order[position]][b] = rank;
            }
        }
        Map<String, Interval> intervals = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int[] sorted = ranks[i].clone();
            Arrays.sort(sorted);
            intervals.put(ordered.get(i).key(), new Interval(nearestRank(sorted, 0.05), nearestRank(sorted, 0.95)));
        }
        return intervals;
    }

    /** Whether a and b differ at the 90 % level; exact scores (no standard errors) differ whenever they are unequal. */
    public static boolean differ(Estimate a, Estimate b) {
        double difference = Math.abs(a.value().doubleValue() - b.value().doubleValue());
        double seA = a.standardError() == null ? 0 : a.standardError().doubleValue();
        double seB = b.standardError() == null ? 0 : b.standardError().doubleValue();
        return difference > Z90 * Math.sqrt(seA * seA + seB * seB);
    }

    /** The p-th percentile by the nearest-rank method: the ⌈p·n⌉-th smallest value. */
    static int nearestRank(int[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
