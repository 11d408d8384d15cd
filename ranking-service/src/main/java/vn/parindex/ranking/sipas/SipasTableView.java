package vn.parindex.ranking.sipas;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.parindex.ranking.par.LeagueTableView.Visibility;
import vn.parindex.ranking.table.YearOverYear;

/**
 * A satisfaction (SIPAS) league table of a survey wave, overall or for one factor: each row with its 95 % confidence
 * interval, its 90 % rank interval and whether it differs significantly from the next row.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SipasTableView(String waveCode, String waveName, int year, String unitLevel, Visibility visibility, String factor,
        int fieldSize, int rankReplicates, long rankSeed, List<Row> rows) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(int rank, int fieldSize, String unitCode, String unitName, long respondents, BigDecimal percent,
            BigDecimal standardError, BigDecimal ciLow, BigDecimal ciHigh, String group, String groupName, Integer rankLow,
            Integer rankHigh, Boolean differsFromNext, Map<String, Integer> factorRanks, List<SurveyResult.Factor> factors,
            YearOverYear.Change change) {
    }
}
