package vn.parindex.ranking.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A league table: every entry's rank by its unrounded percentage under the tie rule, with the field size (12/63 is not
 * 12/34), and its rank in each area among the entries to which that area applies.
 */
public record LeagueTable(TieRule tieRule, int fieldSize, List<Row> rows) {

    /** What is ranked: a unit's points, maximum and percentage overall, and per area. */
    public record Entry(String unitKey, String unitCode, String unitName, BigDecimal points, BigDecimal maxPoints,
            BigDecimal percent, String band, String bandName, List<AreaScore> areas) {
    }

    /** @param notApplicable nothing in the area applies to the unit: it has no rank there */
    public record AreaScore(String code, String name, BigDecimal points, BigDecimal maxPoints, BigDecimal percent,
            boolean notApplicable) {
    }

    public record Row(int rank, int fieldSize, Entry entry, Map<String, Integer> areaRanks) {
    }

    public static LeagueTable of(List<Entry> entries, TieRule tieRule) {
        Map<String, Map<String, Integer>> areaRanks = new HashMap<>();
        Map<String, List<Entry>> applying = new LinkedHashMap<>();
        Map<String, Map<String, AreaScore>> scores = new HashMap<>();
        for (Entry entry : entries) {
            for (AreaScore area : entry.areas()) {
                if (!area.notApplicable()) {
                    applying.computeIfAbsent(area.code(), code -> new ArrayList<>()).add(entry);
                    scores.computeIfAbsent(entry.unitKey(), key -> new HashMap<>()).put(area.code(), area);
                }
            }
        }
        List<String> areaCodes = List.copyOf(applying.keySet());
        for (String area : areaCodes) {
            Ranks.rank(applying.get(area), e -> scores.get(e.unitKey()).get(area).percent(), Entry::unitKey, tieRule)
                    .forEach(r -> areaRanks.computeIfAbsent(r.entry().unitKey(), k -> new LinkedHashMap<>()).put(area, r.rank()));
        }
        List<Row> rows = new ArrayList<>();
        for (Ranks.Ranked<Entry> ranked : Ranks.rank(entries, Entry::percent, Entry::unitKey, tieRule)) {
            Map<String, Integer> ranks = new LinkedHashMap<>();
            for (String area : areaCodes) {
                Integer rank = areaRanks.getOrDefault(ranked.entry().unitKey(), Map.of()).get(area);
                if (rank != null) {
                    ranks.put(area, rank);
                }
            }
            rows.add(new Row(ranked.rank(), entries.size(), ranked.entry(), ranks));
        }
        return new LeagueTable(tieRule, entries.size(), rows);
    }
}
