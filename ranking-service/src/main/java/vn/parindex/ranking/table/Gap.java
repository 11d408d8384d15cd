package vn.parindex.ranking.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
    @Schema(name = "LostPoints", description = "Points a unit lost in one area (lĩnh vực) or criterion (tiêu chí): how far "
            + "its score is below the maximum that applies to it.")
    public record Lost(
            @Schema(description = "The area's or criterion's code in the methodology.", examples = "7") String code,
            @Schema(description = "Its name.", examples = "Hiện đại hóa hành chính (xây dựng và phát triển chính quyền điện "
                    + "tử)") String name,
            @Schema(description = "The points the unit scored there.", examples = "11.1385") BigDecimal points,
            @Schema(description = "The maximum that applies to the unit there.", examples = "15") BigDecimal maxPoints,
            @Schema(description = "The points below that maximum, as the result states them.", examples = "3.8615")
            BigDecimal lost) {
    }

    /**
     * To reach {@code rank} (or the group {@code group}): {@code points} more, available in {@code criteria} (which
     * together hold at least that).
     */
    @Schema(name = "GapTarget", description = "What it takes to reach a rank or a group: the percentage to reach, the points "
            + "needed on top of the unit's total, and the criteria with the most lost points that together hold them. Either "
            + "rank or group is given.")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Target(
            @Schema(description = "The rank to reach (absent for a group target).", examples = "58") Integer rank,
            @Schema(description = "The group to reach (absent for a rank target).", examples = "B") String group,
            @Schema(description = "The percentage to reach: for a rank, the unrounded percentage of the unit now holding it "
                    + "(or of the best-placed unit below it, when ties leave the rank empty); for a group, its lower bound.",
                    examples = "80") BigDecimal percent,
            @Schema(description = "The points needed: max(0, percent × the unit's applicable maximum ÷ 100 − its total).",
                    examples = "1.4332") BigDecimal points,
            @Schema(description = "Whether the points the unit lost in all cover the points needed.", examples = "true")
            boolean reachable,
            @Schema(description = "The criteria with the most lost points, largest first, taken until they cover the points "
                    + "needed.") List<Lost> criteria) {
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
