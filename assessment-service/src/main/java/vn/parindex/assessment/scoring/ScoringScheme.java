package vn.parindex.assessment.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a methodology says about scoring: the tree of areas, the bonus and penalty lines with their caps, the groups
 * and the tie rule for ranking.
 *
 * @param bonusCap the most bonus points a unit can get in all, or null for the sum of the lines' caps
 * @param penaltyCap the most penalty points a unit can lose in all, or null for the sum of the lines' caps
 */
public record ScoringScheme(List<CriterionNode> areas, List<Adjustment> adjustments, BigDecimal bonusCap,
        BigDecimal penaltyCap, List<Band> bands, TieRule tieRule) {

    public ScoringScheme {
        areas = List.copyOf(areas);
        adjustments = adjustments == null ? List.of() : List.copyOf(adjustments);
        bands = bands == null ? List.of() : List.copyOf(bands);
        tieRule = tieRule == null ? TieRule.STANDARD_COMPETITION : tieRule;
    }

    public BigDecimal maxPoints() {
        return areas.stream().map(CriterionNode::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Stream<CriterionNode> nodes() {
        return areas.stream().flatMap(CriterionNode::flatten);
    }
}
