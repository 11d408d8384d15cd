package vn.parindex.ranking.external;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.ranking.table.ExternalIndex;
import vn.parindex.ranking.table.LeagueTable;
import vn.parindex.ranking.table.TieRule;
import vn.parindex.ranking.table.YearOverYear;

/** League tables of an external index for a year: ranked by the unrounded total, each dimension ranked too. */
@ApplicationScoped
public class ExternalTables {

    public record View(String index, int year, BigDecimal maxPoints, int fieldSize, List<Row> rows) {
    }

    public record Row(int rank, int fieldSize, String unitCode, String unitName, BigDecimal total, BigDecimal maxPoints,
            BigDecimal percent, String group, String groupName, Map<String, BigDecimal> components,
            Map<String, Integer> componentRanks, @com.fasterxml.jackson.annotation.JsonInclude(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) YearOverYear.Change change) {
    }

    public Optional<View> build(ExternalIndex index, int year) {
        return build(index, year, true);
    }

    /** @param compare whether rows compare with the year before (not for that year's own table) */
    private Optional<View> build(ExternalIndex index, int year, boolean compare) {
        List<ExternalScore> scores = ExternalScore.list("indexCode = ?1 and year = ?2", index.name(), year);
        if (scores.isEmpty()) {
            return Optional.empty();
        }
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        scores.forEach(s -> totals.put(s.unitCode, s.total));
        Map<String, String> groups = index == ExternalIndex.PAPI ? ExternalIndex.quartileGroups(totals) : Map.of();
        Map<String, ExternalScore> byUnit = new LinkedHashMap<>();
        List<LeagueTable.Entry> entries = scores.stream().map(s -> {
            byUnit.put(s.unitCode, s);
            List<LeagueTable.AreaScore> components = s.components.stream()
                    .map(c -> new LeagueTable.AreaScore(c.code(), c.name(), c.score(), BigDecimal.TEN, c.score(), false)).toList();
            String group = groups.get(s.unitCode);
            return new LeagueTable.Entry(s.unitCode, s.unitCode, s.unitName, s.total, s.maxPoints,
                    s.total.multiply(BigDecimal.valueOf(100)).divide(s.maxPoints, MathContext.DECIMAL64), group,
                    group == null ? null : ExternalIndex.groupName(group), components);
        }).toList();
        LeagueTable table = LeagueTable.of(entries, TieRule.STANDARD_COMPETITION);
        Map<String, YearOverYear.Previous> previous = new LinkedHashMap<>();
        (compare ? build(index, year - 1, false) : Optional.<View>empty()).ifPresent(last -> last.rows().forEach(row -> previous.put(row.unitCode(),
                new YearOverYear.Previous(row.unitCode(), row.unitName(), row.rank(), row.fieldSize(), row.total(), row.percent()))));
        List<Row> rows = table.rows().stream().map(row -> {
            Map<String, BigDecimal> components = new LinkedHashMap<>();
            byUnit.get(row.entry().unitCode()).components.forEach(c -> components.put(c.code(), c.score()));
            return new Row(row.rank(), row.fieldSize(), row.entry().unitCode(), row.entry().unitName(), row.entry().points(),
                    row.entry().maxPoints(), row.entry().percent(), row.entry().band(), row.entry().bandName(), components,
                    row.areaRanks(), previous.isEmpty() ? null
                            : YearOverYear.of(row.entry().unitCode(), row.rank(), row.entry().points(), previous, List.of(), false));
        }).toList();
        return Optional.of(new View(index.name(), year, index.maxPoints, table.fieldSize(), rows));
    }
}
