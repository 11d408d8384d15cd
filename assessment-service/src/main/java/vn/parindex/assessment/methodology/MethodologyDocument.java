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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
@Schema(name = "MethodologyDocument", description = "A methodology (bộ chỉ số) as it is imported and exported: what it "
        + "scores (index, unit level, years) and how: the tree of areas (lĩnh vực), criteria (tiêu chí) and sub-criteria "
        + "(tiêu chí thành phần) with their maxima, channels and rules; bonus (điểm thưởng) and penalty (điểm trừ) lines; "
        + "groups (nhóm); tie rule. Validation names every offending field by its path, e.g. areas[0].children[1].rule.")
public record MethodologyDocument(
        @Schema(description = "The methodology's code: upper-case letters, digits, '.', '_' or '-', at most 64.",
                example = "PAR-PROVINCE-2020")
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9._-]{0,63}", message = "upper-case letters, digits, '.', '_' or '-'") String code,
        @Schema(description = "The methodology's name.", example = "Chỉ số cải cách hành chính cấp tỉnh, Chỉ số CCHC 2020 (QĐ "
                + "1149/QĐ-BNV)") @NotBlank @Size(max = 300) String name,
        @Schema(description = "The index it computes.") @NotNull IndexKind index,
        @Schema(description = "The level of the units it scores.") @NotNull UnitLevel unitLevel,
        @Schema(description = "The first year it applies to.", example = "2020") @NotNull @Min(2000) @Max(2100) Integer yearFrom,
        @Schema(description = "The last year it applies to, not before yearFrom.", example = "2021")
        @NotNull @Min(2000) @Max(2100) Integer yearTo,
        @Schema(description = "Where the figures come from, and what in them is inferred or unconfirmed.")
        @Size(max = 4000) String source,
        @Schema(description = "The areas (lĩnh vực), each with its criteria below it; at least one.") @NotEmpty List<CriterionNode> areas,
        @Schema(description = "The bonus and penalty lines; none when absent.") List<Adjustment> adjustments,
        @Schema(description = "The most bonus points a unit can get in all; absent for the sum of the bonus lines' caps.")
        BigDecimal bonusCap,
        @Schema(description = "The most penalty points a unit can lose in all; absent for the sum of the penalty lines' "
                + "caps.") BigDecimal penaltyCap,
        @Schema(description = "The groups (nhóm) an index falls into; none when absent.") List<Band> bands,
        @Schema(description = "How equal values share ranks; STANDARD_COMPETITION when absent.") TieRule tieRule) {

    public ScoringScheme scheme() {
        return new ScoringScheme(areas, adjustments, bonusCap, penaltyCap, bands, tieRule);
    }
}
