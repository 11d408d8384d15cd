package vn.parindex.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DatabindContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonTypeIdResolver;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.jsontype.impl.TypeIdResolverBase;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * How a leaf criterion turns its input into points, within 0..max (domain §1.4: the rule types Vietnamese index
 * documents use). In JSON a rule is an object whose {@code type} names the rule ({@link Type}), with the rule's own
 * fields beside it: {@code {"type": "THRESHOLDS", "steps": [{"atLeast": 4, "points": 20}]}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonTypeIdResolver(ScoringRule.TypeNames.class)
@Schema(name = "ScoringRule", description = "How a leaf criterion (tiêu chí) turns its input into points, within 0 and "
        + "the criterion's maxPoints. type names the rule: MANUAL (points entered directly), BOOLEAN (achieved or not: "
        + "all or nothing), RATIO (numerator ÷ denominator × max), THRESHOLDS (a step table on a value), RELATIVE_TO_BEST "
        + "(value ÷ the best value among the period's units × max) or SURVEY (the satisfaction percentage of a survey "
        + "result × max; SURVEY criteria only). Any other type is refused, naming these.",
        oneOf = { ScoringRule.Manual.class, ScoringRule.Achieved.class, ScoringRule.Ratio.class, ScoringRule.Thresholds.class,
                ScoringRule.RelativeToBest.class, ScoringRule.SurveyShare.class },
        discriminatorProperty = "type",
        discriminatorMapping = {
                @DiscriminatorMapping(value = "MANUAL", schema = ScoringRule.Manual.class),
                @DiscriminatorMapping(value = "BOOLEAN", schema = ScoringRule.Achieved.class),
                @DiscriminatorMapping(value = "RATIO", schema = ScoringRule.Ratio.class),
                @DiscriminatorMapping(value = "THRESHOLDS", schema = ScoringRule.Thresholds.class),
                @DiscriminatorMapping(value = "RELATIVE_TO_BEST", schema = ScoringRule.RelativeToBest.class),
                @DiscriminatorMapping(value = "SURVEY", schema = ScoringRule.SurveyShare.class) })
public sealed interface ScoringRule {

    /** The rule types, by the name a rule's {@code type} gives them. */
    enum Type {
        MANUAL(Manual.class), BOOLEAN(Achieved.class), RATIO(Ratio.class), THRESHOLDS(Thresholds.class),
        RELATIVE_TO_BEST(RelativeToBest.class), SURVEY(SurveyShare.class);

        private final Class<? extends ScoringRule> rule;

        Type(Class<? extends ScoringRule> rule) {
            this.rule = rule;
        }

        /** The type of a rule class. */
        static Type of(Class<?> rule) {
            return Arrays.stream(values()).filter(type -> type.rule == rule).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no rule type for " + rule));
        }

        /** Every type's name, in order, for a refusal: "MANUAL, BOOLEAN, …". */
        static String names() {
            return Arrays.stream(values()).map(Type::name).collect(Collectors.joining(", "));
        }
    }

    /**
     * Reads and writes a rule's {@code type}. A name that is no rule type is refused as a value of the wrong format
     * at {@code rule.type}, naming the types there are: "'THRESHOLD' is not a rule type; use one of MANUAL, …".
     */
    final class TypeNames extends TypeIdResolverBase {

        @Override
        public String idFromValue(Object rule) {
            return Type.of(rule.getClass()).name();
        }

        @Override
        public String idFromValueAndType(Object rule, Class<?> type) {
            return Type.of(rule == null ? type : rule.getClass()).name();
        }

        /** The interface itself names no rule type. */
        @Override
        public String idFromBaseType() {
            return null;
        }

        @Override
        public JavaType typeFromId(DatabindContext context, String id) throws InvalidFormatException {
            for (Type type : Type.values()) {
                if (type.name().equals(id)) {
                    return context.constructType(type.rule);
                }
            }
            InvalidFormatException refusal = InvalidFormatException.from(
                    context instanceof DeserializationContext deserialization ? deserialization.getParser() : null,
                    "'" + id + "' is not a rule type; use one of " + Type.names(), id, Type.class);
            refusal.prependPath(new JsonMappingException.Reference(null, "type"));
            throw refusal;
        }

        @Override
        public String getDescForKnownTypeIds() {
            return Type.names();
        }

        @Override
        public JsonTypeInfo.Id getMechanism() {
            return JsonTypeInfo.Id.NAME;
        }
    }

    /** The points for this input; {@code best} is the best value among the period's units (RELATIVE_TO_BEST only). */
    BigDecimal points(String criterion, BigDecimal max, CriterionInput input, BigDecimal best);

    /** Whether the rule fits a criterion of that channel. */
    default boolean fits(Channel channel) {
        return channel == Channel.SELF_ASSESSED;
    }

    /** Points entered directly, 0..max. */
    @Schema(name = "ManualRule", description = "MANUAL: the points are entered directly (input points), within 0 and the "
            + "criterion's maxPoints.", requiredProperties = "type", example = "{\"type\": \"MANUAL\"}",
            properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "MANUAL",
                    description = "The rule type: MANUAL."))
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
    @Schema(name = "BooleanRule", description = "BOOLEAN: achieved or not (đạt / không đạt), input achieved: true scores "
            + "the criterion's maxPoints, false scores 0.", requiredProperties = "type", example = "{\"type\": \"BOOLEAN\"}",
            properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "BOOLEAN",
                    description = "The rule type: BOOLEAN."))
    record Achieved() implements ScoringRule {
        @Override
        public BigDecimal points(String criterion, BigDecimal max, CriterionInput input, BigDecimal best) {
            return required(criterion, "achieved", input.achieved()) ? Points.of(max) : Points.of(BigDecimal.ZERO);
        }
    }

    /** numerator ÷ denominator × max, capped at max ("Tỷ lệ = a/b; Điểm = Tỷ lệ × Điểm tối đa"). */
    @Schema(name = "RatioRule", description = "RATIO: input numerator ÷ denominator × the criterion's maxPoints, at most "
            + "maxPoints (\"Tỷ lệ = a/b; Điểm = Tỷ lệ × Điểm tối đa\"); both inputs 0 or more, the denominator not 0 (mark "
            + "the criterion not applicable instead).", requiredProperties = "type", example = "{\"type\": \"RATIO\"}",
            properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "RATIO",
                    description = "The rule type: RATIO."))
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
    @Schema(name = "ThresholdsRule", description = "THRESHOLDS: a step table on the input value (a count or a rate): "
            + "the points of the highest step whose atLeast the value reaches, 0 below every step. Domain §1.4: 4 meetings "
            + "a year → 20 points, 3 → 15, 2 → 10, 1 → 5, otherwise 0.", requiredProperties = { "type", "steps" },
            example = "{\"type\": \"THRESHOLDS\", \"steps\": [{\"atLeast\": 1, \"points\": 5}, {\"atLeast\": 2, \"points\": 10}, "
                    + "{\"atLeast\": 3, \"points\": 15}, {\"atLeast\": 4, \"points\": 20}]}",
            properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "THRESHOLDS",
                    description = "The rule type: THRESHOLDS."))
    record Thresholds(
            @Schema(description = "The steps, in any order: at least one, each starting at a distinct atLeast, each step's "
                    + "points within 0 and the criterion's maxPoints.", minItems = 1) List<Step> steps) implements ScoringRule {

        /** value ≥ atLeast earns points. */
        @Schema(name = "ThresholdStep", description = "One step of a THRESHOLDS rule: a value of at least atLeast earns "
                + "points.", requiredProperties = { "atLeast", "points" })
        public record Step(@Schema(description = "The smallest value that reaches this step.", example = "4") BigDecimal atLeast,
                @Schema(description = "The points a value reaching this step (and no higher one) earns.", example = "20")
                BigDecimal points) {
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
    @Schema(name = "RelativeToBestRule", description = "RELATIVE_TO_BEST: input value ÷ the best value among the "
            + "period's units × the criterion's maxPoints, at most maxPoints; 0 while no unit has a value above 0. The best "
            + "value is the period's, so these points settle when the period is published.", requiredProperties = "type",
            example = "{\"type\": \"RELATIVE_TO_BEST\"}",
            properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "RELATIVE_TO_BEST",
                    description = "The rule type: RELATIVE_TO_BEST."))
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
    @Schema(name = "SurveyRule", description = "SURVEY: the satisfaction percentage (chỉ số hài lòng, input value, 0 to "
            + "100) of a survey result × the criterion's maxPoints ÷ 100 (Đức Trọng 2022: 81.56 % of 25 = 20.39). Only for "
            + "criteria of channel SURVEY, and SURVEY criteria take only this rule.", requiredProperties = "type",
            example = "{\"type\": \"SURVEY\"}",
            properties = @SchemaProperty(name = "type", type = SchemaType.STRING, enumeration = "SURVEY",
                    description = "The rule type: SURVEY."))
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
