package vn.parindex.survey.index;

import java.math.BigDecimal;
import java.util.Arrays;
import vn.parindex.survey.questionnaire.Questionnaire;

/**
 * The satisfaction arithmetic of a questionnaire (domain §2.5): item % = satisfied ÷ valid answers × 100; factor % =
 * the (weighted) mean of its items that have valid answers; index = the (weighted) mean of the factors that have a
 * value. An item or factor without valid answers has no value and is left out of the mean above it, rather than
 * counted as 0 %. All unrounded.
 *
 * @param items per item, null when it has no valid answers
 * @param factors per factor, null when none of its items has valid answers
 * @param index null when no factor has a value
 */
public record SatisfactionIndex(BigDecimal[] items, BigDecimal[] factors, BigDecimal index) {

    public static SatisfactionIndex of(Questionnaire questionnaire, Tallies tallies) {
        int itemCount = questionnaire.itemCount();
        int factorCount = questionnaire.factors().size();
        BigDecimal[] items = new BigDecimal[itemCount];
        WeightedMean[] factorMeans = new WeightedMean[factorCount];
        for (int f = 0; f < factorCount; f++) {
            factorMeans[f] = new WeightedMean();
        }
        for (int i = 0; i < itemCount; i++) {
            items[i] = Percent.of(tallies.satisfied(i), tallies.valid(i));
            factorMeans[questionnaire.factorOf(i)].add(items[i], questionnaire.itemWeight(i));
        }
        BigDecimal[] factors = new BigDecimal[factorCount];
        WeightedMean indexMean = new WeightedMean();
        for (int f = 0; f < factorCount; f++) {
            factors[f] = factorMeans[f].value();
            indexMean.add(factors[f], questionnaire.factorWeight(f));
        }
        return new SatisfactionIndex(items, factors, indexMean.value());
    }

    /**
     * The same arithmetic in floating point, for the bootstrap: a final result draws a thousand replicates per unit, and
     * their spread is a floating-point statistic anyway (decimal arithmetic made it fifty times dearer). NaN stands for
     * "no value".
     */
    static final class Replicates {
        private final int[] factorOf;
        private final double[] itemWeights;
        private final double[] factorWeights;
        private final double[] factorSums;
        private final double[] factorWeightSums;

        Replicates(Questionnaire questionnaire) {
            int itemCount = questionnaire.itemCount();
            int factorCount = questionnaire.factors().size();
            factorOf = new int[itemCount];
            itemWeights = new double[itemCount];
            for (int i = 0; i < itemCount; i++) {
                factorOf[i] = questionnaire.factorOf(i);
                itemWeights[i] = questionnaire.itemWeight(i).doubleValue();
            }
            factorWeights = new double[factorCount];
            for (int f = 0; f < factorCount; f++) {
                factorWeights[f] = questionnaire.factorWeight(f).doubleValue();
            }
            factorSums = new double[factorCount];
            factorWeightSums = new double[factorCount];
        }

        /** The index of one replicate's counts per item; its factors are written into {@code factors}. */
        double index(long[] satisfied, long[] valid, double[] factors) {
            Arrays.fill(factorSums, 0);
            Arrays.fill(factorWeightSums, 0);
            for (int i = 0; i < factorOf.length; i++) {
                if (valid[i] > 0) {
                    factorSums[factorOf[i]] += satisfied[i] * 100.0 / valid[i] * itemWeights[i];
                    factorWeightSums[factorOf[i]] += itemWeights[i];
                }
            }
            double sum = 0;
            double weights = 0;
            for (int f = 0; f < factors.length; f++) {
                factors[f] = factorWeightSums[f] == 0 ? Double.NaN : factorSums[f] / factorWeightSums[f];
                if (factorWeightSums[f] != 0) {
                    sum += factors[f] * factorWeights[f];
                    weights += factorWeights[f];
                }
            }
            return weights == 0 ? Double.NaN : sum / weights;
        }
    }

    /** Σ wᵢxᵢ ÷ Σ wᵢ over the parts that have a value. */
    private static final class WeightedMean {
        private BigDecimal sum = BigDecimal.ZERO;
        private BigDecimal weights = BigDecimal.ZERO;

        void add(BigDecimal value, BigDecimal weight) {
            if (value != null) {
                sum = sum.add(value.multiply(weight));
                weights = weights.add(weight);
            }
        }

        BigDecimal value() {
            return weights.signum() == 0 ? null : sum.divide(weights, Percent.PRECISION);
        }
    }
}
