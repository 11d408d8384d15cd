package vn.parindex.ranking.table;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A league table of any index as it is served, downloaded and published: one shape for the PAR Index, SIPAS, PAPI and
 * PCI. {@code code} names the edition (a PAR period, a SIPAS wave, PAPI-2021); {@code family} the series its editions
 * belong to over the years (PAR-PROVINCE, SIPAS-PROVINCE, PAPI), which the rank history and the previous-year
 * comparison follow. {@code area} is null for the overall table, else the area (factor, dimension) ranked.
 * {@code rankReplicates} and {@code rankSeed} say how rank intervals were drawn, for estimated scores only.
 */
@Schema(name = "LeagueTable", description = "A league table (bảng xếp hạng) of one edition of an index, in one shape for "
        + "the PAR Index (Chỉ số CCHC), SIPAS, PAPI and PCI: what the table is, how ties share ranks, and every ranked unit "
        + "(đơn vị) from the first rank down, or the rows a search asked for in the order asked. Fields without a value are "
        + "left out.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableView(
        @Schema(description = "The index the table ranks.", examples = "PAR") Index index,
        @Schema(description = "The edition: a PAR Index assessment period (kỳ đánh giá), a SIPAS survey wave (đợt khảo "
                + "sát), or PAPI-<year> / PCI-<year>.", examples = "PAR-2020-PROVINCE") String code,
        @Schema(description = "The edition's name as its owner published it.",
                examples = "Chỉ số cải cách hành chính năm 2020 của các tỉnh, thành phố (dữ liệu minh họa)") String name,
        @Schema(description = "The year the edition measures.", examples = "2020") int year,
        @Schema(description = "The series the editions of this index form over the years (the PAR methodology's code "
                + "without its year, SIPAS-<level>, PAPI, PCI); the rank history and the comparison with the year before "
                + "follow it.", examples = "PAR-PROVINCE") String family,
        @Schema(description = "The administrative level of the ranked units (PROVINCE, DISTRICT).", examples = "PROVINCE")
        String level,
        @Schema(description = "For a table of one province's units (e.g. its districts): that province's unit key; absent "
                + "for a national table.", examples = "68@2008-08-01") String parentKey,
        @Schema(description = "PAR Index only: the methodology (bộ chỉ số) the results were scored under.",
                examples = "PAR-PROVINCE-2020") String methodologyCode,
        @Schema(description = "PAR Index only: the version of that methodology.", examples = "1") Integer methodologyVersion,
        @Schema(description = "How equal unrounded percentages share ranks.") TieRule tieRule,
        @Schema(description = "Whether the table ranks official (published, closed or imported) figures only, or every "
                + "unit's latest figure.") Visibility visibility,
        @Schema(description = "The area (lĩnh vực; SIPAS factor, PAPI dimension, PCI sub-index) the table ranks; absent for "
                + "the overall table.", examples = "7") String area,
        @Schema(description = "The number of units ranked in the table (the whole table, also when a search shows fewer "
                + "rows).", examples = "63") int fieldSize,
        @Schema(description = "Estimated scores (SIPAS) only: the number of bootstrap draws behind the rank intervals.",
                examples = "2000") Integer rankReplicates,
        @Schema(description = "Estimated scores (SIPAS) only: the seed of those draws (from the edition's code and the "
                + "area), so that anyone can draw the same intervals again.") Long rankSeed,
        @Schema(description = "The ranked units, by rank unless sort asked otherwise; only those matching q when q is "
                + "given.") List<Row> rows) {

    @Schema(name = "IndexKind", description = "The index a table ranks: PAR = the PAR Index (Chỉ số CCHC, points out of a "
            + "methodology's maximum); SIPAS = the satisfaction index (Chỉ số hài lòng, an estimated percentage); PAPI = the "
            + "provincial governance and public administration performance index (8 dimensions, 1–10 each, total out of 80); "
            + "PCI = the provincial competitiveness index (10 sub-indices, 0–10 each, weighted total out of 100).")
    public enum Index {
        PAR, SIPAS, PAPI, PCI
    }

    @Schema(name = "TableVisibility", description = "OFFICIAL = only official figures: published PAR results (once the "
            + "whole publication has arrived), the final results of a closed SIPAS wave, imported PAPI and PCI years; anyone "
            + "may read it. PROVISIONAL = every unit's latest figure, before publication or while a wave runs; for admins and "
            + "appraisers only.")
    public enum Visibility {
        OFFICIAL, PROVISIONAL
    }

    /**
     * A ranked unit. Estimated scores (SIPAS) add the respondents, the standard error, the 95 % confidence interval,
     * the 90 % rank interval ({@code rankLow}–{@code rankHigh}) and whether the score differs significantly from the
     * next row's. {@code change}: against the family's official table of the year before, through unit lineage; absent
     * when there is none.
     */
    @Schema(name = "LeagueTableRow", description = "One ranked unit (đơn vị) of a league table: its rank with the field "
            + "size, its score, group, its score and rank in each area, the spread of an estimated score (SIPAS) and the "
            + "change against the year before. Fields without a value are left out.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(
            @Schema(description = "The rank, from the unrounded percentage under the table's tie rule (1 is best).",
                    examples = "13") int rank,
            @Schema(description = "The number of units ranked in the table: the rank reads as rank/fieldSize (13/63 "
                    + "does not mean what 13/34 does).", examples = "63") int fieldSize,
            @Schema(description = "The unit key (code@validFrom) of the unit; absent when the index names units by code "
                    + "only (SIPAS, PAPI, PCI) and no replicated unit held that code at the end of the year.",
                    examples = "24@2008-08-01") String unitKey,
            @Schema(description = "The unit's code (mã đơn vị hành chính).", examples = "24") String unitCode,
            @Schema(description = "The unit's name as the result states it.", examples = "Tỉnh Bắc Giang") String unitName,
            @Schema(description = "The unit's total points (PAR: total score; PAPI: out of 80; PCI: out of 100); in an area "
                    + "table, the points in that area. Absent for SIPAS, which is a percentage only.", examples = "85.59")
            BigDecimal points,
            @Schema(description = "The maximum points that apply to the unit (in an area table, to that area); absent for "
                    + "SIPAS.", examples = "100") BigDecimal maxPoints,
            @Schema(description = "The index as a percentage (0–100), unrounded: what ranks the unit. PAR: points over the "
                    + "applicable maximum; SIPAS: the satisfaction index (chỉ số hài lòng); PAPI/PCI: the total over its "
                    + "maximum.", examples = "85.59") BigDecimal percent,
            @Schema(description = "The group (nhóm xếp loại) code: PAR from the methodology's bands (e.g. A ≥ 90 %, B "
                    + "80–<90 %, C 70–<80 %); SIPAS from the questionnaire's bands (A ≥ 90 %, B 85–<90 %, C < 85 %); PAPI "
                    + "its quartile group Q1 (highest, from the 75th percentile) to Q4 (lowest, below the 25th). Absent for "
                    + "PCI and in area tables.", examples = "B") String band,
            @Schema(description = "The group's name.", examples = "Nhóm B") String bandName,
            @Schema(description = "SIPAS only: the number of respondents (phiếu khảo sát) behind the estimate.",
                    examples = "400") Long respondents,
            @Schema(description = "SIPAS only: the standard error of the percentage, in percentage points.")
            BigDecimal standardError,
            @Schema(description = "SIPAS only: the lower bound of the percentage's 95 % confidence interval.") BigDecimal ciLow,
            @Schema(description = "SIPAS only: the upper bound of the percentage's 95 % confidence interval.") BigDecimal ciHigh,
            @Schema(description = "SIPAS only: the best rank of the unit's 90 % rank interval (5th percentile of its ranks "
                    + "over the table's seeded parametric bootstrap draws).", examples = "2") Integer rankLow,
            @Schema(description = "SIPAS only: the worst rank of the unit's 90 % rank interval (95th percentile).",
                    examples = "5") Integer rankHigh,
            @Schema(description = "SIPAS only: whether the unit's percentage differs significantly (90 %, two-sided) from "
                    + "the next row's; absent on the last row.", examples = "false") Boolean differsFromNext,
            @Schema(description = "The unit's score and rank in each area (lĩnh vực; SIPAS factors, PAPI dimensions, PCI "
                    + "sub-indices), in the order of the unit's result; empty in an area table.") List<Area> areas,
            @Schema(description = "The change against the family's official table of the year before, through unit "
                    + "lineage; absent when there is no such table.") YearOverYear.Change change) {

        /** How the row is told apart: its unit key, or its code when the index names units by code only. */
        public String key() {
            return unitKey != null ? unitKey : unitCode;
        }
    }

    /** The unit's score in one area, and its rank there (absent when the area does not apply to it). */
    @Schema(name = "AreaScore", description = "A unit's score in one area (lĩnh vực; a SIPAS factor, a PAPI dimension, a "
            + "PCI sub-index) and its rank there among the units to which the area applies. Fields without a value are left "
            + "out.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Area(
            @Schema(description = "The area's code (PAR: the methodology's area code; SIPAS: TC, TT, CC, KQ, GY; PAPI: "
                    + "D1–D8; PCI: S1–S10).", examples = "7") String code,
            @Schema(description = "The area's name.", examples = "Hiện đại hóa hành chính (xây dựng và phát triển chính "
                    + "quyền điện tử)") String name,
            @Schema(description = "The points in the area (PAPI/PCI: the score out of 10); absent for SIPAS.",
                    examples = "14.32") BigDecimal points,
            @Schema(description = "The maximum points of the area that apply to the unit (PAPI/PCI: 10); absent for SIPAS.",
                    examples = "15") BigDecimal maxPoints,
            @Schema(description = "The score as a percentage of that maximum (SIPAS: the factor's satisfaction %), "
                    + "unrounded: what ranks the unit in the area.", examples = "95.4667") BigDecimal percent,
            @Schema(description = "SIPAS only: the standard error of the factor's percentage.") BigDecimal standardError,
            @Schema(description = "SIPAS only: the lower bound of the factor's 95 % confidence interval.") BigDecimal ciLow,
            @Schema(description = "SIPAS only: the upper bound of the factor's 95 % confidence interval.") BigDecimal ciHigh,
            @Schema(description = "The unit's rank in the area among the units to which it applies; absent when it does "
                    + "not apply to the unit.", examples = "1") Integer rank,
            @Schema(description = "true when nothing in the area applies to the unit (không áp dụng): it has no points "
                    + "and no rank there.", examples = "false") boolean notApplicable) {
    }
}
