package vn.parindex.assessment.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

/**
 * One node of a methodology's tree: an area (lĩnh vực), a criterion (tiêu chí) or a sub-criterion (tiêu chí thành
 * phần). A node with children scores the sum of its children, capped at its maximum; a leaf scores by its rule.
 *
 * @param inferred the node is reconstructed from other figures rather than read from a source (e.g. Lâm Đồng 2022's
 *        e-government area, domain §1.3 d)
 */
public record CriterionNode(String code, String name, BigDecimal maxPoints, Channel channel, boolean evidenceRequired,
        boolean mayBeNotApplicable, boolean inferred, ScoringRule rule, List<CriterionNode> children) {

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
