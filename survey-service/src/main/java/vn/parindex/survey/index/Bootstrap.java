package vn.parindex.survey.index;

import java.util.Arrays;
import java.util.SplittableRandom;
import vn.parindex.survey.questionnaire.Questionnaire;

/**
 * The nonparametric bootstrap over respondents: draw n respondents with replacement, recompute the index with the
 * questionnaire's own arithmetic ({@link SatisfactionIndex}), repeat. The standard error is the standard deviation of
 * the replicates, the 95 % interval their 2.5th and 97.5th percentiles. Seeded: the same respondents in the same order
 * and the same seed give the same numbers.
 */
public final class Bootstrap {

    /** Standard error and 95 % percentile interval of one estimate, in percentage points; NaN when undefined. */
    public record Spread(double standardError, double low, double high) {
        static final Spread NONE = new Spread(Double.NaN, Double.NaN, Double.NaN);
    }

    public record Result(Spread index, Spread[] factors) {
    }

    private Bootstrap() {
    }

    public static Result of(Respondents respondents, int replicates, long seed) {
        Questionnaire questionnaire = respondents.questionnaire();
        int factorCount = questionnaire.factors().size();
        int n = respondents.size();
        if (n == 0 || replicates < 2) {
            Spread[] none = new Spread[factorCount];
            Arrays.fill(none, Spread.NONE);
            return new Result(Spread.NONE, none);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] indexValues = new double[replicates];
        double[][] factorValues = new double[factorCount][replicates];
        int items = questionnaire.itemCount();
        int words = respondents.words();
        BitSlicedCounters valid = new BitSlicedCounters(words, n);
        BitSlicedCounters satisfied = new BitSlicedCounters(words, n);
        SatisfactionIndex.Replicates estimate = new SatisfactionIndex.Replicates(questionnaire);
        long[] satisfiedCounts = new long[items];
        long[] validCounts = new long[items];
        double[] replicateFactors = new double[factorCount];
        // most respondents answer every item: their draws are counted once per word instead of added item by item
        long[] everyItem = new long[words];
        for (int i = 0; i < items; i++) {
            everyItem[i / 64] |= 1L << (i % 64);
        }
        long[] answeredAll = new long[words];
        for (int b = 0; b < replicates; b++) {
            valid.clear();
            satisfied.clear();
            Arrays.fill(answeredAll, 0);
            for (int draw = 0; draw < n; draw++) {
                int r = random.nextInt(n);
                for (int w = 0; w < words; w++) {
                    long answered = respondents.validBits(r, w);
                    if (answered == everyItem[w]) {
                        answeredAll[w]++;
                    } else {
                        valid.add(w, answered);
                    }
                    satisfied.add(w, respondents.satisfiedBits(r, w));
                }
            }
            for (int i = 0; i < items; i++) {
                satisfiedCounts[i] = satisfied.count(i);
                validCounts[i] = valid.count(i) + answeredAll[i / 64];
            }
            indexValues[b] = estimate.index(satisfiedCounts, validCounts, replicateFactors);
            for (int f = 0; f < factorCount; f++) {
                factorValues[f][b] = replicateFactors[f];
            }
        }
        Spread[] factors = new Spread[factorCount];
        for (int f = 0; f < factorCount; f++) {
            factors[f] = spread(factorValues[f]);
        }
        return new Result(spread(indexValues), factors);
    }

    /**
     * One counter per item, kept "bit-sliced": plane p holds bit p of every item's count, one item per bit lane, so
     * adding a respondent's 64-item mask to all its counters is a ripple carry over a few planes (two on average)
     * instead of one addition per item. This is what makes the bootstrap of a 20,000-respondent unit cheap.
     */
    static final class BitSlicedCounters {
        private final long[][] planes;

        BitSlicedCounters(int words, int maxCount) {
            planes = new long[words][64 - Long.numberOfLeadingZeros(Math.max(1, maxCount)) + 1];
        }

        void clear() {
            for (long[] word : planes) {
                Arrays.fill(word, 0);
            }
        }

        void add(int word, long mask) {
            long[] p = planes[word];
            long carry = mask;
            for (int plane = 0; carry != 0; plane++) {
                long next = p[plane] & carry;
                p[plane] ^= carry;
                carry = next;
            }
        }

        long count(int item) {
            long[] p = planes[item / 64];
            int lane = item % 64;
            long count = 0;
            for (int plane = 0; plane < p.length; plane++) {
                count |= ((p[plane] >>> lane) & 1L) << plane;
            }
            return count;
        }
    }

    /** Over the replicates where the estimate exists (a factor may lose all its answers in a small resample). */
    static Spread spread(double[] values) {
        double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (defined.length < 2) {
            return Spread.NONE;
        }
        double mean = Arrays.stream(defined).average().orElseThrow();
        double squares = Arrays.stream(defined).map(v -> (v - mean) * (v - mean)).sum();
        return new Spread(Math.sqrt(squares / (defined.length - 1)), quantile(defined, 0.025), quantile(defined, 0.975));
    }

    /** The p-quantile of sorted values, interpolating between order statistics (Hyndman and Fan type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lower = (int) Math.floor(h);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
    }
}
