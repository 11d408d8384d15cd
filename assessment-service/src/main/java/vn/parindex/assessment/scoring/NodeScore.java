package vn.parindex.assessment.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The score of one node: its points, its maximum and the part of the maximum that applies to this unit (criteria
 * marked not applicable leave it), the unrounded percentage and the points below the applicable maximum.
 *
 * @param complete every applicable leaf below has an input
 */
@Schema(name = "NodeScore", description = "The score of one node (area, criterion or sub-criterion): its points, its "
        + "maximum and the part of the maximum that applies to the unit (criteria marked not applicable leave it), the "
        + "unrounded percentage and the points below the applicable maximum.")
public record NodeScore(
        @Schema(description = "The node's code in the methodology.", example = "7") String code,
        @Schema(description = "The node's name.", example = "Hiện đại hóa hành chính (xây dựng và phát triển chính quyền điện "
                + "tử)") String name,
        @Schema(description = "The points scored, four decimals.", example = "14.3200") BigDecimal points,
        @Schema(description = "The node's maximum in the methodology.", example = "15.0000") BigDecimal maxPoints,
        @Schema(description = "The maximum that applies to the unit: maxPoints less the criteria marked not applicable.",
                example = "15.0000") BigDecimal applicableMaxPoints,
        @Schema(description = "points ÷ applicableMaxPoints × 100, unrounded.") BigDecimal percent,
        @Schema(description = "applicableMaxPoints - points: what the unit lost here.", example = "0.6800")
        BigDecimal pointsBelowMax,
        @Schema(description = "Whether the node was marked not applicable (all of it, for a node with children).",
                example = "false") boolean notApplicable,
        @Schema(description = "Whether every applicable leaf below has an input.", example = "true") boolean complete,
        @Schema(description = "The scores of the nodes below, in order; empty for a leaf.") List<NodeScore> children) {

    /** This node if it is a leaf, else the leaves below it, in order. */
    public Stream<NodeScore> leaves() {
        return children.isEmpty() ? Stream.of(this) : children.stream().flatMap(NodeScore::leaves);
    }
}
