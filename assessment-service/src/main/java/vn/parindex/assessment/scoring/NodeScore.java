package vn.parindex.assessment.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * The score of one node: its points, its maximum and the part of the maximum that applies to this unit (criteria
 * marked not applicable leave it), the unrounded percentage and the points below the applicable maximum.
 *
 * @param complete every applicable leaf below has an input
 */
public record NodeScore(String code, String name, BigDecimal points, BigDecimal maxPoints, BigDecimal applicableMaxPoints,
        BigDecimal percent, BigDecimal pointsBelowMax, boolean notApplicable, boolean complete, List<NodeScore> children) {

    /** This node if it is a leaf, else the leaves below it, in order. */
    public Stream<NodeScore> leaves() {
        return children.isEmpty() ? Stream.of(this) : children.stream().flatMap(NodeScore::leaves);
    }
}
