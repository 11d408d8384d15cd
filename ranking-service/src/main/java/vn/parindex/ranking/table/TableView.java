package vn.parindex.ranking.table;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * A league table of any index as it is served, downloaded and published: one shape for the PAR Index, SIPAS, PAPI and
 * PCI. {@code code} names the edition (a PAR period, a SIPAS wave, PAPI-2021); {@code family} the series its editions
 * belong to over the years (PAR-PROVINCE, SIPAS-PROVINCE, PAPI), which the rank history and the previous-year
 * comparison follow. {@code area} is null for the overall table, else the area (factor, dimension) ranked.
 * {@code rankReplicates} and {@code rankSeed} say how rank intervals were drawn, for estimated scores only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TableView(Index index, String code, String name, int year, String family, String level, String parentKey,
        String methodologyCode, Integer methodologyVersion, TieRule tieRule, Visibility visibility, String area, int fieldSize,
        Integer rankReplicates, Long rankSeed, List<Row> rows) {

    public enum Index {
        PAR, SIPAS, PAPI, PCI
    }

    public enum Visibility {
        OFFICIAL, PROVISIONAL
    }

    /**
     * A ranked unit. Estimated scores (SIPAS) add the respondents, the standard error, the 95 % confidence interval,
     * the 90 % rank interval ({@code rankLow}–{@code rankHigh}) and whether the score differs significantly from the
     * next row's. {@code change}: against the family's official table of the year before, through unit lineage; absent
     * when there is none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(int rank, int fieldSize, String unitKey, String unitCode, String unitName, BigDecimal points,
            BigDecimal maxPoints, BigDecimal percent, String band, String bandName, Long respondents, BigDecimal standardError,
            BigDecimal ciLow, BigDecimal ciHigh, Integer rankLow, Integer rankHigh, Boolean differsFromNext, List<Area> areas,
            YearOverYear.Change change) {

        /** How the row is told apart: its unit key, or its code when the index names units by code only. */
        public String key() {
            return unitKey != null ? unitKey : unitCode;
        }
    }

    /** The unit's score in one area, and its rank there (absent when the area does not apply to it). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Area(String code, String name, BigDecimal points, BigDecimal maxPoints, BigDecimal percent,
            BigDecimal standardError, BigDecimal ciLow, BigDecimal ciHigh, Integer rank, boolean notApplicable) {
    }
}
