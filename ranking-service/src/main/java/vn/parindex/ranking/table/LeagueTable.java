package vn.parindex.ranking.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A league table: every entry's rank by its unrounded percentage under the tie rule, with the field size (12/63 is not
 * 12/34), and its rank in each area.
 */
public record LeagueTable(TieRule tieRule, int fieldSize, List<Row> rows) {

    /** What is ranked: a unit's points, maximum and percentage overall, and per area. */
    public record Entry(String unitKey, String unitCode, String unitName, BigDecimal points, BigDecimal maxPoints,
            BigDecimal percent, String band, String bandName, List<AreaScore> areas) {
    }

    public record AreaScore(String code, String name, BigDecimal points, BigDecimal maxPoints, BigDecimal percent) {
    }

    public record Row(int rank, int fieldSize, Entry entry, Map<String, Integer> areaRanks) {
    }

    public static LeagueTable of(List<Entry> entries, TieRule tieRule) {
        Map<String, Map<String, Integer>> areaRanks = new HashMap<>();
        List<String> areaCodes = entries.stream().flatMap(e -> e.areas().stream().map(AreaScore::code)).distinct().toList();
        for (String area : areaCodes) {
            List<Entry> scored = entries.stream().filter(e -> areaOf(e, area) != null).toList();
            Ranks.rank(scored, e -> areaOf(e, area).percent(), Entry::unitKey, tieRule)
                    .forEach(r -> areaRanks.computeIfAbsent(r.entry().unitKey(), k -> new LinkedHashMap<>()).put(area, r.rank()));
        }
        List<Row> rows = new ArrayList<>();
        for (Ranks.Ranked<Entry> ranked : Ranks.rank(entries, Entry::percent, Entry::unitKey, tieRule)) {
            Map<String, Integer> byArea = new LinkedHashMap<>();
            for (String area : areaCodes) {
                Integer rank = areaRanks.getOrDefault(ranked.entry().unitKey(), Map.of()).get(area);
                if (rank != null) {
                    byArea.put(area, rank);
                }
            }
            rows.add(new Row(ranked.rank(), entries.size(), ranked.entry(), byArea));
        }
        return new LeagueTable(tieRule, entries.size(), rows);
    }

    private static AreaScore areaOf(Entry entry, String code) {
        return entry.areas().stream().filter(a -> a.code().equals(code)).findFirst().orElse(null);
    }
}
