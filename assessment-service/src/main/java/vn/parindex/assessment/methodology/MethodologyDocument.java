package vn.parindex.assessment.methodology;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import vn.parindex.assessment.scoring.Adjustment;
import vn.parindex.assessment.scoring.Band;
import vn.parindex.assessment.scoring.CriterionNode;
import vn.parindex.assessment.scoring.ScoringScheme;
import vn.parindex.assessment.scoring.TieRule;
import vn.parindex.assessment.unit.UnitLevel;

/**
 * A methodology (bộ chỉ số) as it is imported and exported: what it scores (index, unit level, years) and how
 * (the tree of areas and criteria with their rules, bonus and penalty lines, groups, tie rule).
 *
 * @param source where the figures come from, and what in them is inferred or unconfirmed
 */
public record MethodologyDocument(
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{0,63}", message = "upper-case letters, digits, '.', '_' or '-'") String code,
        @NotBlank @Size(max = 300) String name,
        @NotNull IndexKind index,
        @NotNull UnitLevel unitLevel,
        @NotNull @Min(2000) @Max(2100) Integer yearFrom,
        @NotNull @Min(2000) @Max(2100) Integer yearTo,
        @Size(max = 4000) String source,
        @NotEmpty List<CriterionNode> areas,
        List<Adjustment> adjustments,
        BigDecimal bonusCap,
        BigDecimal penaltyCap,
        List<Band> bands,
        TieRule tieRule) {

    public ScoringScheme scheme() {
        return new ScoringScheme(areas, adjustments, bonusCap, penaltyCap, bands, tieRule);
    }
}
