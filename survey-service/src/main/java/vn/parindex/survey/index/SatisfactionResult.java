package vn.parindex.survey.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.parindex.survey.questionnaire.Questionnaire;
import vn.parindex.survey.questionnaire.QuestionnaireDocument;

/**
 * A unit's satisfaction in a wave: the index, each factor and each item, with their uncertainty and the group reached.
 * Percentages are unrounded; standard errors and interval bounds have four decimals.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SatisfactionResult", description = "A unit's SIPAS satisfaction (chỉ số hài lòng) in a wave: the index, each "
        + "factor and each item, with their uncertainty and the group reached. Percentages are unrounded; standard errors and "
        + "interval bounds have four decimals. A figure that cannot be computed (no valid answers) is left out.")
public record SatisfactionResult(@Schema(description = "Respondents counted (n).", example = "400") long respondents,
        @Schema(description = "The satisfaction index: the (weighted) mean of the factors that have a value.") Estimate index,
        @Schema(description = "Each factor, in questionnaire order.") List<FactorEstimate> factors,
        @Schema(description = "Each item, in questionnaire order.") List<ItemEstimate> items,
        @Schema(description = "The group (nhóm) the unrounded index reaches; left out when the questionnaire has no bands or "
                + "there is no index.", example = "A") String group,
        @Schema(description = "The group's name.", example = "Từ 90 % trở lên") String groupName) {

    /** A percentage with its bootstrap standard error and 95 % interval (null when not computable). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SatisfactionEstimate", description = "A satisfaction percentage with its bootstrap standard error and 95 % "
            + "percentile interval; a part that cannot be computed is left out.")
    public record Estimate(@Schema(description = "The percentage, unrounded.", example = "92.5") BigDecimal percent,
            @Schema(description = "The bootstrap standard error, in percentage points.") BigDecimal standardError,
            @Schema(description = "The lower bound of the 95 % interval (%).") BigDecimal ciLow,
            @Schema(description = "The upper bound of the 95 % interval (%).") BigDecimal ciHigh) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "FactorSatisfaction", description = "One factor's (yếu tố) satisfaction: the (weighted) mean of its items "
            + "that have valid answers, with its bootstrap standard error and 95 % interval; figures that cannot be computed "
            + "are left out.")
    public record FactorEstimate(@Schema(description = "The factor's code.", example = "TC") String code,
            @Schema(description = "The factor's name.", example = "Tiếp cận dịch vụ") String name,
            @Schema(description = "The factor's percentage, unrounded.", example = "93") BigDecimal percent,
            @Schema(description = "The bootstrap standard error, in percentage points.") BigDecimal standardError,
            @Schema(description = "The lower bound of the 95 % interval (%).") BigDecimal ciLow,
            @Schema(description = "The upper bound of the 95 % interval (%).") BigDecimal ciHigh) {
    }

    /** One item: its counts, its share satisfied and the Wilson 95 % interval of that share. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ItemSatisfaction", description = "One item (tiêu chí): its counts, its share satisfied (satisfied ÷ valid × "
            + "100) and the Wilson 95 % interval of that share; figures that cannot be computed are left out.")
    public record ItemEstimate(@Schema(description = "The item's code.", example = "TC1") String code,
            @Schema(description = "The code of the item's factor.", example = "TC") String factor,
            @Schema(description = "Answers that count as satisfied.", example = "372") long satisfied,
            @Schema(description = "Valid answers (the item answered on the scale).", example = "400") long valid,
            @Schema(description = "satisfied ÷ valid × 100, unrounded.", example = "93") BigDecimal percent,
            @Schema(description = "The lower bound of the Wilson 95 % interval (%).") BigDecimal ciLow,
            @Schema(description = "The upper bound of the Wilson 95 % interval (%).") BigDecimal ciHigh) {
    }

    /** Combines the exact point estimates from the tallies with the bootstrap spread of the same respondents. */
    public static SatisfactionResult of(Questionnaire questionnaire, Tallies tallies, Bootstrap.Result spread) {
        SatisfactionIndex point = SatisfactionIndex.of(questionnaire, tallies);
        List<ItemEstimate> items = new ArrayList<>();
        for (int i = 0; i < questionnaire.itemCount(); i++) {
            double[] wilson = WilsonInterval.of(tallies.satisfied(i), tallies.valid(i));
            items.add(new ItemEstimate(questionnaire.items().get(i).code(), questionnaire.items().get(i).factor(),
                    tallies.satisfied(i), tallies.valid(i), point.items()[i],
                    wilson == null ? null : Percent.shown(wilson[0]), wilson == null ? null : Percent.shown(wilson[1])));
        }
        List<FactorEstimate> factors = new ArrayList<>();
        for (int f = 0; f < questionnaire.factors().size(); f++) {
            QuestionnaireDocument.Factor factor = questionnaire.factors().get(f);
            Bootstrap.Spread s = point.factors()[f] == null ? Bootstrap.Spread.NONE : spread.factors()[f];
            factors.add(new FactorEstimate(factor.code(), factor.name(), point.factors()[f], Percent.shown(s.standardError()),
                    Percent.shown(s.low()), Percent.shown(s.high())));
        }
        Bootstrap.Spread s = point.index() == null ? Bootstrap.Spread.NONE : spread.index();
        Estimate index = new Estimate(point.index(), Percent.shown(s.standardError()), Percent.shown(s.low()), Percent.shown(s.high()));
        QuestionnaireDocument.Band band = band(questionnaire.document().bands(), point.index());
        return new SatisfactionResult(tallies.respondents(), index, factors, items, band == null ? null : band.group(),
                band == null ? null : band.name());
    }

    /** The highest band whose threshold the unrounded index reaches. */
    static QuestionnaireDocument.Band band(List<QuestionnaireDocument.Band> bands, BigDecimal index) {
        if (index == null) {
            return null;
        }
        return bands.stream().filter(b -> index.compareTo(b.minPercent()) >= 0)
                .max((a, b) -> a.minPercent().compareTo(b.minPercent())).orElse(null);
    }
}
