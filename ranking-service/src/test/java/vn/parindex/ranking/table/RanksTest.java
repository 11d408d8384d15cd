package vn.parindex.ranking.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RanksTest {

    private record Unit(String code, BigDecimal value) {
        static Unit of(String code, String value) {
            return new Unit(code, new BigDecimal(value));
        }
    }

    private static final List<Unit> FIELD = List.of(Unit.of("D", "80"), Unit.of("B", "85"), Unit.of("A", "90"), Unit.of("C", "85.0"));

    private static List<String> ranks(List<Unit> units, TieRule rule) {
        return Ranks.rank(units, Unit::value, Unit::code, rule).stream()
                .map(r -> r.entry().code() + r.rank()).toList();
    }

    @Test
    void tiedValuesShareTheRankAndTheNextRankSkips() {
        assertEquals(List.of("A1", "B2", "C2", "D4"), ranks(FIELD, TieRule.STANDARD_COMPETITION));
    }

    @Test
    void denseRankingDoesNotSkip() {
        assertEquals(List.of("A1", "B2", "C2", "D3"), ranks(FIELD, TieRule.DENSE));
    }

    @Test
    void ordinalRankingBreaksTiesByCode() {
        assertEquals(List.of("A1", "B2", "C3", "D4"), ranks(FIELD, TieRule.ORDINAL));
    }

    @Test
    void unroundedValuesDecide() {
        // both show as 85.00
        assertEquals(List.of("X1", "Y2"), ranks(List.of(Unit.of("Y", "85.0010"), Unit.of("X", "85.0040")), TieRule.STANDARD_COMPETITION));
    }

    @Test
    void threeWayTieAtTheTop() {
        List<Unit> units = List.of(Unit.of("A", "9"), Unit.of("B", "9"), Unit.of("C", "9"), Unit.of("D", "7"));
        assertEquals(List.of("A1", "B1", "C1", "D4"), ranks(units, TieRule.STANDARD_COMPETITION));
        assertEquals(List.of("A1", "B1", "C1", "D2"), ranks(units, TieRule.DENSE));
    }

    @Test
    void anEmptyFieldHasNoRanks() {
        assertEquals(List.of(), ranks(List.of(), TieRule.DENSE));
    }
}
