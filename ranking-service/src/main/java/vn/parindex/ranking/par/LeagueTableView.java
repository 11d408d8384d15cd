package vn.parindex.ranking.par;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonInclude;
import vn.parindex.ranking.table.TieRule;
import vn.parindex.ranking.table.YearOverYear;

/** A league table as served and published: the period, the tie rule, the field size and the ranked rows. */
public record LeagueTableView(String periodCode, String periodName, int year, String methodologyCode, int methodologyVersion,
        TieRule tieRule, Visibility visibility, String area, int fieldSize, List<Row> rows) {

    public enum Visibility {
        OFFICIAL, PROVISIONAL
    }

    /** {@code change}: against the previous year's table through lineage (overall tables; null when there is none). */
    public record Row(int rank, int fieldSize, String unitKey, String unitCode, String unitName, BigDecimal points,
            BigDecimal maxPoints, BigDecimal percent, String band, String bandName, Map<String, Integer> areaRanks,
            @JsonInclude(JsonInclude.Include.NON_NULL) YearOverYear.Change change) {
    }
}
