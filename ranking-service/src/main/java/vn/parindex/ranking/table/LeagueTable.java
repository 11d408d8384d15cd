package vn.parindex.ranking.table;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

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

    /**
     * Ranks the entries overall and in each area. Entries are told apart by {@link Entry#key()}: entries that share a key
     * share their area scores and area ranks (the last one given counts), as when these were kept by key.
     */
    public static LeagueTable of(List<Entry> entries, TieRule tieRule) {
        int size = entries.size();
        Map<String, Integer> keyIds = new HashMap<>(size * 4 / 3 + 1);
        int[] keyIdOf = new int[size];
        String[] keys = new String[size];
        BigDecimal[] percents = new BigDecimal[size];
        for (int i = 0; i < size; i++) {
            Entry entry = entries.get(i);
            keys[i] = entry.key();
            percents[i] = entry.percent();
            Integer known = keyIds.putIfAbsent(keys[i], keyIds.size());
            keyIdOf[i] = known != null ? known : keyIds.size() - 1;
        }
        Map<String, AreaRanking> areas = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            for (AreaScore area : entries.get(i).areas()) {
                if (!area.notApplicable()) {
                    AreaRanking ranking = areas.get(area.code());
                    if (ranking == null) {
                        ranking = new AreaRanking(keyIds.size());
                        areas.put(area.code(), ranking);
                    }
                    ranking.add(i, keyIdOf[i], area.percent());
                }
            }
        }
        List<String> areaCodes = List.copyOf(areas.keySet());
        AreaRanking[] areaRankings = areas.values().toArray(AreaRanking[]::new);
        for (AreaRanking area : areaRankings) {
            area.rank(keys, keyIdOf, tieRule);
        }
        Ranks.Ranking overall = Ranks.rank(percents, keys, tieRule);
        List<Row> rows = new ArrayList<>(size);
        for (int place = 0; place < size; place++) {
            int i = overall.order()[place];
            int[] ranks = new int[areaRankings.length];
            for (int a = 0; a < areaRankings.length; a++) {
                ranks[a] = areaRankings[a].rankByKey[keyIdOf[i]];
            }
            rows.add(new Row(overall.ranks()[place], size, entries.get(i), new AreaRanks(areaCodes, ranks)));
        }
        return new LeagueTable(tieRule, size, rows);
    }

    /**
     * A row's rank in each area that applies to it, in the order the areas first appear in the table; read-only. One
     * array of ranks per row instead of a map of its own, which counts in a table of thousands of units.
     */
    private static final class AreaRanks extends AbstractMap<String, Integer> {
        private final List<String> codes;
        /** The rank in each of the table's areas; 0 where the area does not apply. */
        private final int[] ranks;
        private final int size;

        AreaRanks(List<String> codes, int[] ranks) {
            this.codes = codes;
            this.ranks = ranks;
            int applying = 0;
            for (int rank : ranks) {
                if (rank != 0) {
                    applying++;
                }
            }
            this.size = applying;
        }

        @Override
        public Integer get(Object code) {
            for (int a = 0; a < ranks.length; a++) {
                if (codes.get(a).equals(code)) {
                    return ranks[a] != 0 ? ranks[a] : null;
                }
            }
            return null;
        }

        @Override
        public boolean containsKey(Object code) {
            return get(code) != null;
        }

        @Override
        public Set<Map.Entry<String, Integer>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public Iterator<Map.Entry<String, Integer>> iterator() {
                    return IntStream.range(0, ranks.length).filter(a -> ranks[a] != 0)
                            .<Map.Entry<String, Integer>>mapToObj(a -> Map.entry(codes.get(a), ranks[a])).iterator();
                }
            };
        }
    }

    /** One area's ranking among the entries to which it applies; entries are numbered by their place in the table's input. */
    private static final class AreaRanking {
        private int[] members = new int[16];
        private int count;
        private final BigDecimal[] percentByKey;
        /** The rank of each key in the area; 0 where the area applies to no entry with that key. */
        private final int[] rankByKey;

        AreaRanking(int keyCount) {
            percentByKey = new BigDecimal[keyCount];
            rankByKey = new int[keyCount];
        }

        void add(int entry, int keyId, BigDecimal percent) {
            if (count == members.length) {
                members = Arrays.copyOf(members, count * 2);
            }
            members[count++] = entry;
            percentByKey[keyId] = percent;
        }

        void rank(String[] keys, int[] keyIdOf, TieRule tieRule) {
            BigDecimal[] percents = new BigDecimal[count];
            String[] memberKeys = new String[count];
            for (int m = 0; m < count; m++) {
                percents[m] = percentByKey[keyIdOf[members[m]]];
                memberKeys[m] = keys[members[m]];
            }
            Ranks.Ranking ranking = Ranks.rank(percents, memberKeys, tieRule);
            for (int place = 0; place < count; place++) {
                rankByKey[keyIdOf[members[ranking.order()[place]]]] = ranking.ranks()[place];
            }
        }
    }
}
