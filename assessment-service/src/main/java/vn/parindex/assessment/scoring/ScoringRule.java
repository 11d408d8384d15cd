package vn.parindex.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * How a leaf criterion turns its input into points, within 0..max (domain §1.4: the rule types Vietnamese index
 * documents use).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ScoringRule.Manual.class, name = "MANUAL"),
        @JsonSubTypes.Type(value = ScoringRule.Achieved.class, name = "BOOLEAN"),
        @JsonSubTypes.Type(value = ScoringRule.Ratio.class, name = "RATIO"),
        @JsonSubTypes.Type(value = ScoringRule.Thresholds.class, name = "THRESHOLDS"),
        @JsonSubTypes.Type(value = ScoringRule.RelativeToBest.class, name = "RELATIVE_TO_BEST"),
        @JsonSubTypes.Type(value = ScoringRule.SurveyShare.class, name = "SURVEY") })
public sealed interface ScoringRule {

    /** The points for this input; {@code best} is the best value among the period's units (RELATIVE_TO_BEST only). */
    BigDecimal points(String criterion, BigDecimal max, CriterionInput input, BigDecimal best);

    /** Whether the rule fits a criterion of that channel. */
    default boolean fits(Channel channel) {
        return channel == Channel.SELF_ASSESSED;
    }

    /** Points entered directly, 0..max. */
    record Manual() implements ScoringRule {
        @Override
        public BigDecimal points(String criterion, BigDecimal max, CriterionInput input, BigDecimal best) {
            BigDecimal points = required(criterion, "points", input.points());
            if (points.signum() < 0 || points.compareTo(max) > 0) {
                throw new ScoringException(criterion, "points", points.toPlainString() + " is outside 0.." + max.toPlainString());
            }
            return Points.of(points);
        }
    }

    /** Achieved → max, otherwise 0. */
    record Achieved() implements ScoringRule {
        @Override
        public BigDecimal points(String criterion, BigDecimal max, CriterionInput input, BigDecimal best) {
            return required(criterion, "achieved", input.achieved()) ? Points.of(max) : Points.of(BigDecimal.ZERO);
        }
    }

    /** numerator ÷ denominator × max, capped at max ("Tỷ lệ = a/b; Điểm = Tỷ lệ × Điểm tối đa"). */
    record Ratio() implements ScoringRule {
        @Override
        public BigDecimal points(String criterion, BigDecimal max, CriterionInput input, BigDecimal best) {
            BigDecimal numerator = nonNegative(criterion, "numerator", input.numerator());
            BigDecimal denominator = nonNegative(criterion, "denominator", input.denominator());
            if (denominator.signum() == 0) {
                throw new ScoringException(criterion, "denominator", "the denominator is 0; mark the criterion not applicable instead");
            }
            return Points.of(Points.min(max, numerator.multiply(max).divide(denominator, Points.PRECISION)));
        }
    }

    /** A step table on a value: the points of the highest step whose minimum the value reaches, else 0. */
    record Thresholds(List<Step> steps) implements ScoringRule {

        /** value ≥ atLeast earns points. */
        public record Step(BigDecimal atLeast, BigDecimal points) {
        }

        @Override
        public BigDecimal points(String criterion, BigDecimal max, CriterionInput input, BigDecimal best) {
            BigDecimal value = required(criterion, "value", input.value());
            return Points.of(steps.stream()
                    .filter(step -> value.compareTo(step.atLeast()) >= 0)
                    .max(Comparator.comparing(Step::atLeast))
                    .map(Step::points)
                    .orElse(BigDecimal.ZERO));
        }
    }

    /** value ÷ the best value among the period's units × max. */
    record RelativeToBest() implements ScoringRule {
        @Override
        public BigDecimal points(String criterion, BigDecimal max, CriterionInput input, BigDecimal best) {
            BigDecimal value = nonNegative(criterion, "value", input.value());
            if (best == null || best.signum() <= 0) {
                return Points.of(BigDecimal.ZERO);
            }
            return Points.of(Points.min(max, value.multiply(max).divide(best, Points.PRECISION)));
        }
    }

    /** The satisfaction percentage of a survey result × max (Đức Trọng 2022: 81.56 % of 25 = 20.39). */
    record SurveyShare() implements ScoringRule {
        @Override
        public BigDecimal points(String criterion, BigDecimal max, CriterionInput input, BigDecimal best) {
            BigDecimal percent = nonNegative(criterion, "value", input.value());
            if (percent.compareTo(Points.HUNDRED) > 0) {
                throw new ScoringException(criterion, "value", "a satisfaction of " + percent.toPlainString() + " % is above 100 %");
            }
            return Points.of(percent.multiply(max).divide(Points.HUNDRED, Points.PRECISION));
        }

        @Override
        public boolean fits(Channel channel) {
            return channel == Channel.SURVEY;
        }
    }

    private static <T> T required(String criterion, String field, T value) {
        if (value == null) {
            throw new ScoringException(criterion, field, "needs " + field);
        }
        return value;
    }

    private static BigDecimal nonNegative(String criterion, String field, BigDecimal value) {
        if (required(criterion, field, value).signum() < 0) {
            throw new ScoringException(criterion, field, field + " " + value.toPlainString() + " is negative");
        }
        return value;
    }
}
