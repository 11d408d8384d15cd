package vn.parindex.ranking.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Large seeded tables full of ties, checked against rankings computed a simple way: from the definitions of the tie
 * rules, and, for entries that share a key, against the map-based table this ranking replaced. Every tie rule, with the
 * percentages written in each way that decides how the ranking compares them.
 */
class LeagueTableReferenceTest {

    private static final List<String> AREAS = List.of("1", "2", "3", "4", "5", "6", "7", "8");

    /** How the percentages are written. */
    enum Writing {
        /** 0 to 4 decimals: compared as whole numbers at one scale, packed with their positions. */
        FEW_DECIMALS,
        /** 17 decimals or more, as after a division: too many for a long, compared as BigDecimals. */
        MANY_DECIMALS,
        /** Whole numbers 10^13 times larger: exact as longs, but too far apart to share a long with their positions. */
        FAR_APART;

        BigDecimal write(BigDecimal value, Random random) {
            return switch (this) {
                case FEW_DECIMALS -> value.setScale(Math.max(value.scale(), 0) + random.nextInt(3));
                case MANY_DECIMALS -> value.setScale(17 + random.nextInt(3));
                case FAR_APART -> value.movePointRight(13).setScale(random.nextInt(3));
            };
        }
    }

    static Stream<Arguments> rulesAndWritings() {
        return Stream.of(TieRule.values()).flatMap(rule -> Stream.of(Writing.values()).map(writing -> Arguments.of(rule, writing)));
    }

    @ParameterizedTest
    @MethodSource("rulesAndWritings")
    void everyRankAndAreaRankFollowsTheTieRuleInAThreeThousandUnitTableFullOfTies(TieRule rule, Writing writing) {
        List<LeagueTable.Entry> entries = tiedEntries(new Random(2020), 3000, false, writing);

        LeagueTable table = LeagueTable.of(entries, rule);

        Map<String, BigDecimal> overall = new HashMap<>();
        entries.forEach(e -> overall.put(e.key(), e.percent()));
        List<String> expectedOrder = entries.stream()
                .sorted(Comparator.comparing(LeagueTable.Entry::percent, Comparator.reverseOrder()).thenComparing(LeagueTable.Entry::key))
                .map(LeagueTable.Entry::key).toList();
        Map<String, Integer> expectedRanks = ranksByDefinition(overall, rule);
        List<String> areaCodes = areaCodesInOrderOfFirstScore(entries);
        Map<String, Map<String, Integer>> expectedAreaRanks = new HashMap<>();
        for (String area : areaCodes) {
            Map<String, BigDecimal> field = new HashMap<>();
            entries.forEach(e -> e.areas().stream().filter(a -> a.code().equals(area) && !a.notApplicable())
                    .forEach(a -> field.put(e.key(), a.percent())));
            ranksByDefinition(field, rule).forEach((key, rank) ->
                    expectedAreaRanks.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(area, rank));
        }
        Map<String, LeagueTable.Entry> byKey = new HashMap<>();
        entries.forEach(e -> byKey.put(e.key(), e));

        assertEquals(3000, table.fieldSize());
        assertEquals(expectedOrder, table.rows().stream().map(r -> r.entry().key()).toList());
        for (LeagueTable.Row row : table.rows()) {
            String key = row.entry().key();
            assertSame(byKey.get(key), row.entry(), "the entry as given, its numbers and their scales untouched");
            assertEquals(3000, row.fieldSize());
            assertEquals(expectedRanks.get(key), row.rank(), key);
            Map<String, Integer> expected = expectedAreaRanks.getOrDefault(key, Map.of());
            List<Map.Entry<String, Integer>> inOrder = areaCodes.stream().filter(expected::containsKey)
                    .map(area -> Map.entry(area, expected.get(area))).toList();
            assertEquals(inOrder, List.copyOf(row.areaRanks().entrySet()), key + ": area ranks, in the order areas first appear");
        }
        assertTrue(new TreeSet<>(overall.values()).size() <= 40, "the fixture is full of ties: 3,000 units, at most 40 values");
        assertTrue(table.rows().stream().anyMatch(r -> r.areaRanks().size() < areaCodes.size() - 1),
                "the fixture leaves units out of areas that do not apply to them");
    }

    @ParameterizedTest
    @MethodSource("rulesAndWritings")
    void entriesSharingAKeyShareTheirAreaScoresAndRanksAsInTheMapBasedTable(TieRule rule, Writing writing) {
        List<LeagueTable.Entry> entries = tiedEntries(new Random(2017), 2000, true, writing);

        LeagueTable table = LeagueTable.of(entries, rule);
        LeagueTable reference = mapBased(entries, rule);

        assertEquals(reference.fieldSize(), table.fieldSize());
        assertEquals(reference.rows().size(), table.rows().size());
        for (int i = 0; i < reference.rows().size(); i++) {
            LeagueTable.Row expected = reference.rows().get(i);
            LeagueTable.Row row = table.rows().get(i);
            assertSame(expected.entry(), row.entry(), "row " + i);
            assertEquals(expected.rank(), row.rank(), "row " + i);
            assertEquals(expected.fieldSize(), row.fieldSize());
            assertEquals(List.copyOf(expected.areaRanks().entrySet()), List.copyOf(row.areaRanks().entrySet()), "row " + i);
        }
        assertTrue(entries.stream().map(LeagueTable.Entry::key).distinct().count() < entries.size(), "the fixture repeats keys");
    }

    /**
     * Units in shuffled order; percentages from a few dozen values written with different scales (85, 85.0 and 85.00
     * tie), about one area in eight wholly not applicable (with a percentage that would otherwise rank it), and an area
     * "9" that only some units are scored in. With {@code repeatKeys}, keys come from a smaller pool, some units are
     * known by code only, and an area is now and then listed twice.
     */
    private static List<LeagueTable.Entry> tiedEntries(Random random, int units, boolean repeatKeys, Writing writing) {
        List<LeagueTable.Entry> entries = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            int id = repeatKeys ? random.nextInt(units / 2) : u;
            String code = String.format("%04d", id);
            String unitKey = repeatKeys && random.nextInt(10) == 0 ? null : code + "@2008-08-01";
            List<LeagueTable.AreaScore> areas = new ArrayList<>();
            for (String area : AREAS) {
                boolean notApplicable = random.nextInt(8) == 0;
                BigDecimal percent = writing.write(notApplicable ? new BigDecimal("100") : tied(random, 30, 25), random);
                areas.add(new LeagueTable.AreaScore(area, "Lĩnh vực " + area, percent, new BigDecimal("12.5"), percent, null, notApplicable));
                if (repeatKeys && random.nextInt(50) == 0) {
                    BigDecimal again = writing.write(tied(random, 30, 25), random);
                    areas.add(new LeagueTable.AreaScore(area, "Lĩnh vực " + area, again, new BigDecimal("12.5"), again, null, false));
                }
            }
            if (u % 7 == 3) {
                BigDecimal percent = writing.write(tied(random, 10, 100), random);
                areas.add(new LeagueTable.AreaScore("9", "Lĩnh vực 9", percent, BigDecimal.TEN, percent, null, false));
            }
            BigDecimal percent = writing.write(tied(random, 40, 150), random);
            entries.add(new LeagueTable.Entry(unitKey, code, "Đơn vị " + code, percent, new BigDecimal("100"), percent, null, null, null,
                    null, areas));
        }
        Collections.shuffle(entries, random);
        return entries;
    }

    /** One of {@code values} values {@code step} hundredths apart, with as few decimals as it takes. */
    private static BigDecimal tied(Random random, int values, int step) {
        return BigDecimal.valueOf((long) random.nextInt(values) * step, 2).stripTrailingZeros();
    }

    /**
     * Each key's rank straight from the definitions: standard competition 1 + how many values are higher, dense 1 + how
     * many distinct values are higher, ordinal the place when sorted by value and then key.
     */
    private static Map<String, Integer> ranksByDefinition(Map<String, BigDecimal> field, TieRule rule) {
        Map<String, Integer> ranks = new HashMap<>();
        if (rule == TieRule.ORDINAL) {
            Comparator<String> byValue = Comparator.comparing(field::get, Comparator.reverseOrder());
            List<String> order = field.keySet().stream().sorted(byValue.thenComparing(Comparator.naturalOrder())).toList();
            for (int i = 0; i < order.size(); i++) {
                ranks.put(order.get(i), i + 1);
            }
            return ranks;
        }
        NavigableMap<BigDecimal, Integer> counts = new TreeMap<>();
        field.values().forEach(value -> counts.merge(value, 1, Integer::sum));
        field.forEach((key, value) -> {
            NavigableMap<BigDecimal, Integer> higher = counts.tailMap(value, false);
            ranks.put(key, 1 + (rule == TieRule.DENSE ? higher.size() : higher.values().stream().mapToInt(Integer::intValue).sum()));
        });
        return ranks;
    }

    private static List<String> areaCodesInOrderOfFirstScore(List<LeagueTable.Entry> entries) {
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        entries.forEach(e -> e.areas().stream().filter(a -> !a.notApplicable()).forEach(a -> codes.add(a.code())));
        return List.copyOf(codes);
    }

    /** The table as it was computed before area scores and ranks were kept in arrays: in maps by the entries' keys. */
    private static LeagueTable mapBased(List<LeagueTable.Entry> entries, TieRule tieRule) {
        Map<String, Map<String, Integer>> areaRanks = new HashMap<>();
        Map<String, List<LeagueTable.Entry>> applying = new LinkedHashMap<>();
        Map<String, Map<String, LeagueTable.AreaScore>> scores = new HashMap<>();
        for (LeagueTable.Entry entry : entries) {
            for (LeagueTable.AreaScore area : entry.areas()) {
                if (!area.notApplicable()) {
                    applying.computeIfAbsent(area.code(), code -> new ArrayList<>()).add(entry);
                    scores.computeIfAbsent(entry.key(), key -> new HashMap<>()).put(area.code(), area);
                }
            }
        }
        List<String> areaCodes = List.copyOf(applying.keySet());
        for (String area : areaCodes) {
            sortedRanks(applying.get(area), e -> scores.get(e.key()).get(area).percent(), tieRule)
                    .forEach(r -> areaRanks.computeIfAbsent(r.entry().key(), k -> new LinkedHashMap<>()).put(area, r.rank()));
        }
        List<LeagueTable.Row> rows = new ArrayList<>();
        for (Ranks.Ranked<LeagueTable.Entry> ranked : sortedRanks(entries, LeagueTable.Entry::percent, tieRule)) {
            Map<String, Integer> ranks = new LinkedHashMap<>();
            for (String area : areaCodes) {
                Integer rank = areaRanks.getOrDefault(ranked.entry().key(), Map.of()).get(area);
                if (rank != null) {
                    ranks.put(area, rank);
                }
            }
            rows.add(new LeagueTable.Row(ranked.rank(), entries.size(), ranked.entry(), ranks));
        }
        return new LeagueTable(tieRule, entries.size(), rows);
    }

    private static List<Ranks.Ranked<LeagueTable.Entry>> sortedRanks(List<LeagueTable.Entry> entries,
            java.util.function.Function<LeagueTable.Entry, BigDecimal> value, TieRule rule) {
        List<LeagueTable.Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(value, Comparator.reverseOrder()).thenComparing(LeagueTable.Entry::key));
        List<Ranks.Ranked<LeagueTable.Entry>> ranked = new ArrayList<>();
        int distinctAbove = 0;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            boolean tiesPrevious = i > 0 && value.apply(sorted.get(i)).compareTo(value.apply(sorted.get(i - 1))) == 0;
            if (!tiesPrevious && i > 0) {
                distinctAbove++;
            }
            rank = switch (rule) {
                case STANDARD_COMPETITION -> tiesPrevious ? rank : i + 1;
                case DENSE -> distinctAbove + 1;
                case ORDINAL -> i + 1;
            };
            ranked.add(new Ranks.Ranked<>(sorted.get(i), rank));
        }
        return ranked;
    }
}
