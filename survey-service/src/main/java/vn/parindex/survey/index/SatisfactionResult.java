package vn.parindex.survey.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.survey.questionnaire.Questionnaire;
import vn.parindex.survey.questionnaire.QuestionnaireDocument;

/**
 * A unit's satisfaction in a wave: the index, each factor and each item, with their uncertainty and the group reached.
 * Percentages are unrounded; standard errors and interval bounds have four decimals.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SatisfactionResult(long respondents, Estimate index, List<FactorEstimate> factors, List<ItemEstimate> items,
        String group, String groupName) {

    /** A percentage with its bootstrap standard error and 95 % interval (null when not computable). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Estimate(BigDecimal percent, BigDecimal standardError, BigDecimal ciLow, BigDecimal ciHigh) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FactorEstimate(String code, String name, BigDecimal percent, BigDecimal standardError, BigDecimal ciLow,
            BigDecimal ciHigh) {
    }

    /** One item: its counts, its share satisfied and the Wilson 95 % interval of that share. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemEstimate(String code, String factor, long satisfied, long valid, BigDecimal percent, BigDecimal ciLow,
            BigDecimal ciHigh) {
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
