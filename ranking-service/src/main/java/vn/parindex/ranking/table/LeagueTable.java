package vn.parindex.ranking.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A league table: every entry's rank by its unrounded percentage under the tie rule, with the field size (12/63 is not
 * 12/34), and its rank in each area among the entries to which that area applies. The same for every index: PAR areas,
 * SIPAS factors, PAPI dimensions and PCI sub-indices are all areas here.
 */
public record LeagueTable(TieRule tieRule, int fieldSize, List<Row> rows) {

    /**
     * What is ranked: a unit's points, maximum and percentage overall, and per area. {@code unitKey} is null when the
     * index names units by code only and no replicated unit has that code; {@code points} and {@code maxPoints} are
     * null for an index measured in percent only (SIPAS).
     */
    public record Entry(String unitKey, String unitCode, String unitName, BigDecimal points, BigDecimal maxPoints,
            BigDecimal percent, String band, String bandName, Long respondents, Spread spread, List<AreaScore> areas) {

        /** How the entry is told apart in a table: its unit key, or its code when it has none. */
        public String key() {
            return unitKey != null ? unitKey : unitCode;
        }

        /** What counts for the year-over-year change: the points, or the percentage when there are no points. */
        public BigDecimal value() {
            return points != null ? points : percent;
        }

        /** The entry as it stands in one area's table; empty when the area does not apply to it or it has none. */
        public Optional<Entry> inArea(String area) {
            return areas.stream().filter(a -> a.code().equals(area) && !a.notApplicable()).findFirst()
                    .map(a -> new Entry(unitKey, unitCode, unitName, a.points(), a.maxPoints(), a.percent(), null, null, null,
                            a.spread(), List.of()));
        }
    }

    /** How sure an estimated percentage is (SIPAS): its standard error and 95 % confidence interval. */
    public record Spread(BigDecimal standardError, BigDecimal ciLow, BigDecimal ciHigh) {
    }

    /** @param notApplicable nothing in the area applies to the unit: it has no rank there */
    public record AreaScore(String code, String name, BigDecimal points, BigDecimal maxPoints, BigDecimal percent, Spread spread,
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
                    scores.computeIfAbsent(entry.key(), key -> new HashMap<>()).put(area.code(), area);
                }
            }
        }
        List<String> areaCodes = List.copyOf(applying.keySet());
        for (String area : areaCodes) {
            Ranks.rank(applying.get(area), e -> scores.get(e.key()).get(area).percent(), Entry::key, tieRule)
                    .forEach(r -> areaRanks.computeIfAbsent(r.entry().key(), k -> new LinkedHashMap<>()).put(area, r.rank()));
        }
        List<Row> rows = new ArrayList<>();
        for (Ranks.Ranked<Entry> ranked : Ranks.rank(entries, Entry::percent, Entry::key, tieRule)) {
            Map<String, Integer> ranks = new LinkedHashMap<>();
            for (String area : areaCodes) {
                Integer rank = areaRanks.getOrDefault(ranked.entry().key(), Map.of()).get(area);
                if (rank != null) {
                    ranks.put(area, rank);
                }
            }
            rows.add(new Row(ranked.rank(), entries.size(), ranked.entry(), ranks));
        }
        return new LeagueTable(tieRule, entries.size(), rows);
    }
}
