package vn.parindex.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One node of a methodology's tree: an area (lĩnh vực), a criterion (tiêu chí) or a sub-criterion (tiêu chí thành
 * phần). A node with children scores the sum of its children, capped at its maximum; a leaf scores by its rule.
 *
 * @param inferred the node is reconstructed from other figures rather than read from a source (e.g. Lâm Đồng 2022's
 *        e-government area, domain §1.3 d)
 */
@Schema(name = "CriterionNode", description = "One node of a methodology's tree: an area (lĩnh vực), a criterion (tiêu "
        + "chí) or a sub-criterion (tiêu chí thành phần). A node with children scores the sum of its children, capped at "
        + "its maximum, and has no rule; a leaf scores by its rule. The children's maxima add up to the node's.",
        requiredProperties = { "code", "name", "maxPoints" })
public record CriterionNode(
        @Schema(description = "The node's code, unique in the methodology (at most 64 characters); inputs, stages and "
                + "results name the node by it.", example = "1") String code,
        @Schema(description = "The node's name (at most 500 characters).", example = "Công tác chỉ đạo, điều hành cải cách "
                + "hành chính") String name,
        @Schema(description = "The most points the node can score, more than 0, at most four decimals.", example = "8.5")
        BigDecimal maxPoints,
        @Schema(description = "How the node gets its points; SELF_ASSESSED when absent.") Channel channel,
        @Schema(description = "Whether the unit must attach evidence (tài liệu kiểm chứng) to this criterion.",
                example = "true") boolean evidenceRequired,
        @Schema(description = "Whether an input may mark the criterion not applicable, taking it out of the maximum.",
                example = "false") boolean mayBeNotApplicable,
        @Schema(description = "Whether the node is reconstructed from other figures rather than read from a source (e.g. "
                + "Lâm Đồng 2022's e-government area).", example = "false") boolean inferred,
        @Schema(description = "How a leaf turns its input into points; required on a leaf, absent on a node with "
                + "children.") ScoringRule rule,
        @Schema(description = "The nodes below this one, in order; empty for a leaf.") List<CriterionNode> children) {

    public CriterionNode {
        children = children == null ? List.of() : List.copyOf(children);
        channel = channel == null ? Channel.SELF_ASSESSED : channel;
    }

    public static CriterionNode area(String code, String name, String maxPoints, CriterionNode... children) {
        return new CriterionNode(code, name, new BigDecimal(maxPoints), Channel.SELF_ASSESSED, false, false, false, null,
                List.of(children));
    }

    public static CriterionNode leaf(String code, String name, String maxPoints, ScoringRule rule) {
        Channel channel = rule instanceof ScoringRule.SurveyShare ? Channel.SURVEY : Channel.SELF_ASSESSED;
        return new CriterionNode(code, name, new BigDecimal(maxPoints), channel, false, false, false, rule, List.of());
    }

    public CriterionNode notApplicableAllowed() {
        return new CriterionNode(code, name, maxPoints, channel, evidenceRequired, true, inferred, rule, children);
    }

    public CriterionNode markedInferred() {
        return new CriterionNode(code, name, maxPoints, channel, evidenceRequired, mayBeNotApplicable, true, rule, children);
    }

    public CriterionNode withEvidenceRequired() {
        return new CriterionNode(code, name, maxPoints, channel, true, mayBeNotApplicable, inferred, rule, children);
    }

    @JsonIgnore
    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** This node and all below it, depth first. */
    public Stream<CriterionNode> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(CriterionNode::flatten));
    }
}
