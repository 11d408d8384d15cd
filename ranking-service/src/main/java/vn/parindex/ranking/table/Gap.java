package vn.parindex.ranking.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a unit lost points and what it takes to move up. Points lost are what the result says each node is below its
 * applicable maximum, sorted from the largest; a node not applicable to the unit lost nothing and is not listed; the points needed to reach a rank are what lifts the unit's unrounded percentage to the percentage of the
 * unit now holding that rank (equal percentages share a rank), over the unit's own applicable maximum; the criteria
 * where those points are available are the ones with the most lost points, taken until they cover the need.
 */
public final class Gap {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * A node of the unit's result: an area, or a criterion under it, as the producer scored it.
     *
     * @param maxPoints the maximum that applies to the unit
     * @param lost the points below that maximum
     */
    public record Node(String code, String name, BigDecimal points, BigDecimal maxPoints, BigDecimal lost, boolean notApplicable,
            List<Node> children) {
    }

    /** @param maxPoints the maximum that applies to the unit */
    public record Lost(String code, String name, BigDecimal points, BigDecimal maxPoints, BigDecimal lost) {
    }

    /**
     * To reach {@code rank} (or the group {@code group}): {@code points} more, available in {@code criteria} (which
     * together hold at least that).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Target(Integer rank, String group, BigDecimal percent, BigDecimal points, boolean reachable, List<Lost> criteria) {
    }

    private Gap() {
    }

    /** Areas by points lost, largest first; ties by code. */
    public static List<Lost> areas(List<Node> areas) {
        return sorted(areas.stream().filter(area -> !area.notApplicable()).map(Gap::lost).toList());
    }

    /** Leaf criteria (an area without criteria counts as one) by points lost, largest first. */
    public static List<Lost> criteria(List<Node> areas) {
        List<Lost> leaves = new ArrayList<>();
        areas.forEach(area -> collectLeaves(area, leaves));
        return sorted(leaves);
    }

    /**
     * The points a unit with {@code total} of {@code maxPoints} needs to reach {@code targetPercent}: max(0, target% ×
     * max ÷ 100 − total). Unreachable when that exceeds the points it lost in all.
     */
    public static Target target(int rank, BigDecimal targetPercent, BigDecimal total, BigDecimal maxPoints, List<Node> areas) {
        return target(rank, null, targetPercent, total, maxPoints, areas);
    }

    /** The same for a group reached from {@code minPercent}. */
    public static Target group(String group, BigDecimal minPercent, BigDecimal total, BigDecimal maxPoints, List<Node> areas) {
        return target(null, group, minPercent, total, maxPoints, areas);
    }

    private static Target target(Integer rank, String group, BigDecimal targetPercent, BigDecimal total, BigDecimal maxPoints,
            List<Node> areas) {
        BigDecimal needed = targetPercent.multiply(maxPoints).divide(HUNDRED, MathContext.DECIMAL64).subtract(total).max(BigDecimal.ZERO);
        List<Lost> available = new ArrayList<>();
        BigDecimal covered = BigDecimal.ZERO;
        for (Lost criterion : criteria(areas)) {
            if (covered.compareTo(needed) >= 0 || criterion.lost().signum() == 0) {
                break;
            }
            available.add(criterion);
            covered = covered.add(criterion.lost());
        }
        return new Target(rank, group, targetPercent, needed, covered.compareTo(needed) >= 0, available);
    }

    private static void collectLeaves(Node node, List<Lost> leaves) {
        if (node.notApplicable()) {
            return;
        }
        if (node.children() == null || node.children().isEmpty()) {
            leaves.add(lost(node));
        } else {
            node.children().forEach(child -> collectLeaves(child, leaves));
        }
    }

    private static Lost lost(Node node) {
        return new Lost(node.code(), node.name(), node.points(), node.maxPoints(), node.lost());
    }

    private static List<Lost> sorted(List<Lost> lost) {
        return lost.stream().sorted(Comparator.comparing(Lost::lost).reversed().thenComparing(Lost::code)).toList();
    }
}
