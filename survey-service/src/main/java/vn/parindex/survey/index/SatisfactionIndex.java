package vn.parindex.survey.index;

import java.math.BigDecimal;
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
