package vn.parindex.ranking.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bắc Giang 2020: the eight real area scores (domain §7), total 85.59 of 100. */
class GapTest {

    private static Gap.Node area(String code, String points, String max) {
        return new Gap.Node(code, code, new BigDecimal(points), new BigDecimal(max), new BigDecimal(max).subtract(new BigDecimal(points)),
                false, List.of());
    }

    private static Gap.Node notApplicable(String code) {
        return new Gap.Node(code, code, BigDecimal.ZERO.setScale(4), BigDecimal.ZERO.setScale(4), BigDecimal.ZERO.setScale(4), true,
                List.of());
    }

    private static final List<Gap.Node> BAC_GIANG = List.of(area("CD", "7.92", "8.5"), area("VB", "8.98", "10"),
            area("TTHC", "11.95", "13.5"), area("TCBM", "9.64", "11.5"), area("CBCC", "12.45", "13.5"), area("TCC", "8.04", "12"),
            area("HDH", "14.32", "15"), area("TD", "12.29", "16"));

    @Test
    void areasAreListedByPointsLostLargestFirst() {
        List<Gap.Lost> lost = Gap.areas(BAC_GIANG);
        assertEquals(List.of("TCC", "TD", "TCBM", "TTHC", "CBCC", "VB", "HDH", "CD"), lost.stream().map(Gap.Lost::code).toList());
        assertEquals(new BigDecimal("3.96"), lost.get(0).lost(), "public finance: 12 − 8.04");
        assertEquals(new BigDecimal("14.41"), lost.stream().map(Gap.Lost::lost).reduce(BigDecimal.ZERO, BigDecimal::add),
                "100 − 85.59");
    }

    @Test
    void criteriaUnderAnAreaAreItsLeaves() {
        Gap.Node finance = new Gap.Node("TCC", "Tài chính công", new BigDecimal("8.04"), new BigDecimal("12"), new BigDecimal("3.96"), false, List.of(
                area("TCC.1", "3", "4"), area("TCC.2", "1.04", "4"), area("TCC.3", "4", "4")));
        List<Gap.Lost> criteria = Gap.criteria(List.of(finance, area("TD", "12.29", "16")));
        assertEquals(List.of("TD", "TCC.2", "TCC.1", "TCC.3"), criteria.stream().map(Gap.Lost::code).toList());
    }

    /** To reach a unit at 85.80 %: 85.80 × 100 ÷ 100 − 85.59 = 0.21 points, all available in public finance. */
    @Test
    void thePointsToTheNextRankAndWhereTheyAre() {
        Gap.Target next = Gap.target(12, new BigDecimal("85.80"), new BigDecimal("85.59"), new BigDecimal("100"), BAC_GIANG);
        assertEquals(0, new BigDecimal("0.21").compareTo(next.points()));
        assertTrue(next.reachable());
        assertEquals(List.of("TCC"), next.criteria().stream().map(Gap.Lost::code).toList());
        // to 92 %: 6.41 points, covered by public finance (3.96) and impact (3.71)
        Gap.Target far = Gap.target(1, new BigDecimal("92"), new BigDecimal("85.59"), new BigDecimal("100"), BAC_GIANG);
        assertEquals(0, new BigDecimal("6.41").compareTo(far.points()));
        assertEquals(List.of("TCC", "TD"), far.criteria().stream().map(Gap.Lost::code).toList());
        Gap.Target impossible = Gap.target(1, new BigDecimal("100.5"), new BigDecimal("85.59"), new BigDecimal("100"), BAC_GIANG);
        assertFalse(impossible.reachable());
    }

    /** Bắc Kạn 2020: 78.5668, group C (70 to under 80); group B starts at 80: 1.4332 points away. */
    @Test
    void thePointsToTheNextGroup() {
        Gap.Target b = Gap.group("B", new BigDecimal("80"), new BigDecimal("78.5668"), new BigDecimal("100"), BAC_GIANG);
        assertEquals("B", b.group());
        assertEquals(0, new BigDecimal("1.4332").compareTo(b.points()));
        assertEquals(List.of("TCC"), b.criteria().stream().map(Gap.Lost::code).toList());
    }

    /** With 2 points not applicable the maximum is 98: reaching 90 % takes 88.2 − total points. */
    @Test
    void theNeedIsMeasuredOnTheUnitsOwnApplicableMaximum() {
        Gap.Target target = Gap.target(5, new BigDecimal("90"), new BigDecimal("87"), new BigDecimal("98"), BAC_GIANG);
        assertEquals(0, new BigDecimal("1.2").compareTo(target.points()));
    }

    /**
     * A unit at 100 % of what applies to it, with a 4-point criterion marked not applicable (the producer says: applicable
     * maximum 6 of 10, nothing below it): it lost nothing anywhere, and nothing stands between it and any rank.
     */
    @Test
    void aCriterionNotApplicableIsNeverPointsLost() {
        Gap.Node area = new Gap.Node("TCC", "Tài chính công", new BigDecimal("6.0000"), new BigDecimal("6.0000"), BigDecimal.ZERO.setScale(4),
                false, List.of(area("TCC.1", "6", "6"), notApplicable("TCC.2")));
        List<Gap.Lost> criteria = Gap.criteria(List.of(area));
        assertEquals(List.of("TCC.1"), criteria.stream().map(Gap.Lost::code).toList(), "the not-applicable criterion is not listed");
        assertEquals(0, BigDecimal.ZERO.compareTo(Gap.areas(List.of(area)).get(0).lost()));
        Gap.Target target = Gap.target(1, new BigDecimal("100"), new BigDecimal("6"), new BigDecimal("6"), List.of(area));
        assertEquals(0, BigDecimal.ZERO.compareTo(target.points()));
        assertEquals(List.of(), target.criteria(), "no points to win where nothing applies");
    }

    @Test
    void anAreaWhollyNotApplicableIsNotListed() {
        List<Gap.Lost> areas = Gap.areas(List.of(area("CD", "7.92", "8.5"), notApplicable("TCC")));
        assertEquals(List.of("CD"), areas.stream().map(Gap.Lost::code).toList());
    }
}
