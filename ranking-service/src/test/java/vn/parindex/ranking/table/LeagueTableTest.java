package vn.parindex.ranking.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeagueTableTest {

    private static LeagueTable.Entry entry(String code, String percent, String area1, String area2) {
        return new LeagueTable.Entry(code + "@2008-08-01", code, "Tỉnh " + code, new BigDecimal(percent), new BigDecimal("100"),
                new BigDecimal(percent), null, null, null, null, List.of(
                        new LeagueTable.AreaScore("1", "Lĩnh vực 1", new BigDecimal(area1), BigDecimal.TEN, new BigDecimal(area1).multiply(BigDecimal.TEN), null, false),
                        new LeagueTable.AreaScore("6", "Tài chính công", new BigDecimal(area2), new BigDecimal("12"),
                                new BigDecimal(area2).multiply(new BigDecimal("100")).divide(new BigDecimal("12"), java.math.MathContext.DECIMAL64), null, false)));
    }

    @Test
    void rowsCarryRankFieldSizeAndAreaRanks() {
        LeagueTable table = LeagueTable.of(List.of(
                entry("24", "85.59", "7.92", "8.04"),
                entry("06", "78.5668", "6.9", "8.4"),
                entry("01", "91.00", "8.1", "11.0")), TieRule.STANDARD_COMPETITION);

        assertEquals(3, table.fieldSize());
        assertEquals(List.of("01", "24", "06"), table.rows().stream().map(r -> r.entry().unitCode()).toList());
        assertEquals(List.of(1, 2, 3), table.rows().stream().map(LeagueTable.Row::rank).toList());
        assertEquals(Map.of("1", 2, "6", 3), table.rows().get(1).areaRanks(), "Bắc Giang: second in area 1, last in public finance");
        assertEquals(Map.of("1", 3, "6", 2), table.rows().get(2).areaRanks());
    }

    @Test
    void tiesFollowTheMethodologysRule() {
        List<LeagueTable.Entry> entries = List.of(entry("A", "90", "9", "9"), entry("B", "90", "9", "9"), entry("C", "80", "8", "8"));
        assertEquals(List.of(1, 1, 3), LeagueTable.of(entries, TieRule.STANDARD_COMPETITION).rows().stream().map(LeagueTable.Row::rank).toList());
        assertEquals(List.of(1, 1, 2), LeagueTable.of(entries, TieRule.DENSE).rows().stream().map(LeagueTable.Row::rank).toList());
    }

    /** Public finance does not apply to unit 06 at all: it is ranked among the two units it applies to, 06 not at all. */
    @Test
    void anAreaWhollyNotApplicableLeavesTheUnitOutOfThatAreasRanking() {
        LeagueTable.Entry without = new LeagueTable.Entry("06@2008-08-01", "06", "Tỉnh 06", new BigDecimal("100"), new BigDecimal("10"),
                new BigDecimal("100"), null, null, null, null, List.of(
                        new LeagueTable.AreaScore("1", "Lĩnh vực 1", BigDecimal.TEN, BigDecimal.TEN, new BigDecimal("100"), null, false),
                        new LeagueTable.AreaScore("6", "Tài chính công", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, true)));
        LeagueTable table = LeagueTable.of(List.of(entry("24", "85.59", "7.92", "8.04"), without, entry("01", "91.00", "8.1", "11.0")),
                TieRule.STANDARD_COMPETITION);

        assertEquals(List.of("06", "01", "24"), table.rows().stream().map(r -> r.entry().unitCode()).toList());
        assertEquals(Map.of("1", 1), table.rows().get(0).areaRanks(), "no rank in public finance, not \"3 of 3\"");
        assertEquals(Map.of("1", 2, "6", 1), table.rows().get(1).areaRanks());
        assertEquals(Map.of("1", 3, "6", 2), table.rows().get(2).areaRanks(), "second of the two units public finance applies to");
    }
}
