package vn.parindex.ranking.table;

import vn.parindex.ranking.LineageKind;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.table.YearOverYear.Basis;
import vn.parindex.ranking.table.YearOverYear.Lineage;
import vn.parindex.ranking.table.YearOverYear.Previous;

class YearOverYearTest {

    private static Previous previous(String key, int rank, int field, String points) {
        return new Previous(key, key, rank, field, new BigDecimal(points), new BigDecimal(points));
    }

    /** Domain §7: Bắc Kạn 2020 59/63 with 78.5668, 2019 55/63 with 79.0170: down 4, −0.4502 points. */
    @Test
    void theSameUnitComparesDirectly() {
        Map<String, Previous> y2019 = Map.of("06@2008-08-01", previous("06@2008-08-01", 55, 63, "79.0170"));
        YearOverYear.Change change = YearOverYear.of("06@2008-08-01", 59, new BigDecimal("78.5668"), y2019, List.of(), false);
        assertEquals(Basis.SAME_UNIT, change.basis());
        assertEquals(-4, change.rankChange());
        assertEquals(new BigDecimal("-0.4502"), change.pointsChange());
        assertEquals(63, change.previousFieldSize());
    }

    /** Bắc Giang 2020: 13/63, up 12 from 25/63. */
    @Test
    void upTwelvePlaces() {
        Map<String, Previous> y2019 = Map.of("24@2008-08-01", previous("24@2008-08-01", 25, 63, "83.10"));
        assertEquals(12, YearOverYear.of("24@2008-08-01", 13, new BigDecimal("85.59"), y2019, List.of(), false).rankChange());
    }

    /** Thừa Thiên Huế became Thành phố Huế on 2025-01-01: a rename, still the same unit to compare. */
    @Test
    void aRenamedUnitComparesWithItsFormerSelf() {
        Map<String, Previous> y2024 = Map.of("46@2008-08-01",
                new Previous("46@2008-08-01", "Tỉnh Thừa Thiên Huế", 10, 63, new BigDecimal("88"), new BigDecimal("88")));
        YearOverYear.Change change = YearOverYear.of("46@2025-01-01", 7, new BigDecimal("90"), y2024,
                List.of(new Lineage("46@2008-08-01", LineageKind.RENAME)), false);
        assertEquals(Basis.RENAMED, change.basis());
        assertEquals(3, change.rankChange());
        assertEquals(new BigDecimal("2"), change.pointsChange());
        assertEquals("Tỉnh Thừa Thiên Huế", change.previousName(), "the name it was ranked under, for the reader");
    }

    /**
     * 2025: Bắc Giang (24) and Bắc Ninh (27) merged into the new Bắc Ninh. Its 2025 rank is among 34, theirs among 63: no
     * rank change is invented; the predecessors' ranks are shown, and a mean only when asked, labelled as derived.
     */
    @Test
    void aMergedUnitShowsItsPredecessorsInsteadOfAnInventedChange() {
        Map<String, Previous> y2024 = Map.of("24@2008-08-01", previous("24@2008-08-01", 5, 63, "91.16"),
                "27@2008-08-01", previous("27@2008-08-01", 12, 63, "89.50"));
        List<Lineage> lineage = List.of(new Lineage("24@2008-08-01", LineageKind.MERGE), new Lineage("27@2008-08-01", LineageKind.MERGE));
        YearOverYear.Change plain = YearOverYear.of("24@2025-07-01", 4, new BigDecimal("92"), y2024, lineage, false);
        assertEquals(Basis.MERGED, plain.basis());
        assertNull(plain.rankChange());
        assertNull(plain.derived());
        assertEquals(List.of(5, 12), plain.predecessors().stream().map(p -> p.previous().rank()).toList());
        YearOverYear.Change derived = YearOverYear.of("24@2025-07-01", 4, new BigDecimal("92"), y2024, lineage, true);
        // (91.16 + 89.50) / 2 = 90.33
        assertEquals(0, new BigDecimal("90.33").compareTo(derived.derived().points()));
        assertEquals(true, derived.derived().label().startsWith("DERIVED"));
    }

    @Test
    void aSplitUnitAndANewUnit() {
        Map<String, Previous> before = Map.of("A", previous("A", 3, 10, "80"));
        YearOverYear.Change split = YearOverYear.of("B", 5, new BigDecimal("70"), before, List.of(new Lineage("A", LineageKind.SPLIT)), false);
        assertEquals(Basis.SPLIT, split.basis());
        assertEquals(3, split.predecessors().get(0).previous().rank());
        assertEquals(Basis.NEW, YearOverYear.of("C", 1, new BigDecimal("99"), before, List.of(), false).basis());
    }
}
