package vn.parindex.assessment.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes an assessment's result from the scheme and the inputs, exactly: a leaf scores by its rule; a node scores
 * the sum of its children, capped at its applicable maximum; the total is the sum of the areas plus the bonus minus
 * the penalty (each line within its cap, all lines within the scheme's caps), kept within 0 and the applicable
 * maximum. A missing input scores 0 and leaves the result incomplete.
 */
public final class ResultCalculator {

    private ResultCalculator() {
    }

    /**
     * @param inputs per leaf code
     * @param adjustments points awarded per bonus or penalty line code (positive numbers for both)
     * @param bestValues per RELATIVE_TO_BEST leaf code, the best value among the period's units
     */
    public static AssessmentScore calculate(ScoringScheme scheme, Map<String, CriterionInput> inputs,
            Map<String, BigDecimal> adjustments, Map<String, BigDecimal> bestValues) {
        adjustments.keySet().stream()
                .filter(code -> scheme.adjustments().stream().noneMatch(line -> line.code().equals(code)))
                .findFirst().ifPresent(code -> {
                    throw ScoringException.adjustment(code, "the methodology has no bonus or penalty line " + code);
                });
        List<NodeScore> areas = new ArrayList<>();
        for (CriterionNode area : scheme.areas()) {
            areas.add(score(area, inputs, bestValues));
        }
        BigDecimal areaPoints = sum(areas.stream().map(NodeScore::points).toList());
        BigDecimal applicableMax = sum(areas.stream().map(NodeScore::applicableMaxPoints).toList());
        BigDecimal bonus = adjustment(scheme, Adjustment.Kind.BONUS, adjustments, scheme.bonusCap());
        BigDecimal penalty = adjustment(scheme, Adjustment.Kind.PENALTY, adjustments, scheme.penaltyCap());
        BigDecimal total = Points.min(applicableMax, areaPoints.add(bonus).subtract(penalty)).max(BigDecimal.ZERO);
        BigDecimal percent = Points.percent(total, applicableMax);
        return new AssessmentScore(areas, Points.of(areaPoints), bonus, penalty, Points.of(total), Points.of(applicableMax),
                percent, Band.of(scheme.bands(), percent).orElse(null), areas.stream().allMatch(NodeScore::complete));
    }

    private static NodeScore score(CriterionNode node, Map<String, CriterionInput> inputs, Map<String, BigDecimal> bestValues) {
        if (node.isLeaf()) {
            return scoreLeaf(node, inputs.get(node.code()), bestValues.get(node.code()));
        }
        List<NodeScore> children = node.children().stream().map(child -> score(child, inputs, bestValues)).toList();
        BigDecimal applicableMax = sum(children.stream().map(NodeScore::applicableMaxPoints).toList());
        boolean notApplicable = children.stream().allMatch(NodeScore::notApplicable);
        BigDecimal points = Points.min(applicableMax, sum(children.stream().map(NodeScore::points).toList()));
        return nodeScore(node, points, applicableMax, notApplicable, children.stream().allMatch(NodeScore::complete), children);
    }

    private static NodeScore scoreLeaf(CriterionNode node, CriterionInput input, BigDecimal best) {
        if (input != null && input.notApplicable()) {
            if (!node.mayBeNotApplicable()) {
                throw new ScoringException(node.code(), "notApplicable", "this criterion cannot be marked not applicable");
            }
            return nodeScore(node, Points.of(BigDecimal.ZERO), BigDecimal.ZERO, true, true, List.of());
        }
        if (input == null) {
            return nodeScore(node, Points.of(BigDecimal.ZERO), node.maxPoints(), false, false, List.of());
        }
        BigDecimal points = node.rule().points(node.code(), node.maxPoints(), input, best);
        return nodeScore(node, points, node.maxPoints(), false, true, List.of());
    }

    private static NodeScore nodeScore(CriterionNode node, BigDecimal points, BigDecimal applicableMax, boolean notApplicable,
            boolean complete, List<NodeScore> children) {
        return new NodeScore(node.code(), node.name(), Points.of(points), Points.of(node.maxPoints()), Points.of(applicableMax),
                Points.percent(points, applicableMax), Points.of(applicableMax.subtract(points)), notApplicable, complete, children);
    }

    private static BigDecimal adjustment(ScoringScheme scheme, Adjustment.Kind kind, Map<String, BigDecimal> awarded, BigDecimal cap) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal capsTotal = BigDecimal.ZERO;
        for (Adjustment line : scheme.adjustments()) {
            if (line.kind() != kind) {
                continue;
            }
            capsTotal = capsTotal.add(line.cap());
            BigDecimal points = awarded.get(line.code());
            if (points == null) {
                continue;
            }
            if (points.signum() < 0 || points.compareTo(line.cap()) > 0) {
                throw ScoringException.adjustment(line.code(), points.toPlainString() + " is outside 0.." + line.cap().toPlainString());
            }
            sum = sum.add(points);
        }
        return Points.of(Points.min(sum, cap == null ? capsTotal : cap));
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
