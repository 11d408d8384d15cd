package vn.parindex.ranking.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.table.RankIntervals.Estimate;
import vn.parindex.ranking.table.RankIntervals.Interval;

class RankIntervalsTest {

    private static Estimate e(String key, String value, String se) {
        return new Estimate(key, new BigDecimal(value), se == null ? null : new BigDecimal(se));
    }

    @Test
    void exactScoresKeepTheirRanksAndTiesShareTheirs() {
        Map<String, Interval> intervals = RankIntervals.of(List.of(e("a", "90", null), e("b", "85", null), e("c", "85", null)), 200, 1);
        assertEquals(new Interval(1, 1), intervals.get("a"));
        assertEquals(new Interval(2, 2), intervals.get("b"));
        assertEquals(new Interval(2, 2), intervals.get("c"));
    }

    @Test
    void farApartScoresAreSureOfTheirRanks() {
        // 10 points apart with standard errors of 0.1: the order never changes
        Map<String, Interval> intervals = RankIntervals.of(List.of(e("a", "90", "0.1"), e("b", "80", "0.1")), 1000, 7);
        assertEquals(new Interval(1, 1), intervals.get("a"));
        assertEquals(new Interval(2, 2), intervals.get("b"));
    }

    /**
     * Equal estimates with equal errors: each unit is first in about half the draws, so its 5th percentile rank is 1 and
     * its 95th is 2. A third unit far below stays third.
     */
    @Test
    void indistinguishableScoresShareTheirRanks() {
        Map<String, Interval> intervals = RankIntervals.of(List.of(e("a", "88.5", "1"), e("b", "88.5", "1"), e("c", "70", "0.2")), 2000, 3);
        assertEquals(new Interval(1, 2), intervals.get("a"));
        assertEquals(new Interval(1, 2), intervals.get("b"));
        assertEquals(new Interval(3, 3), intervals.get("c"));
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        List<Estimate> estimates = List.of(e("a", "90", "1.2"), e("b", "89", "0.8"), e("c", "88.7", "1.5"), e("d", "85", "1"));
        assertEquals(RankIntervals.of(estimates, 500, 42), RankIntervals.of(estimates, 500, 42));
        assertEquals(RankIntervals.of(estimates, 500, 42), RankIntervals.of(List.of(estimates.get(3), estimates.get(1), estimates.get(0),
                estimates.get(2)), 500, 42), "the order the estimates come in does not matter");
    }

    /** 1.645 · √(1² + 1²) = 2.326: a 2-point gap is not significant, a 3-point gap is. */
    @Test
    void neighboursDifferWhenTheGapExceedsTheCombinedError() {
        assertFalse(RankIntervals.differ(e("a", "90", "1"), e("b", "88", "1")));
        assertTrue(RankIntervals.differ(e("a", "90", "1"), e("b", "87", "1")));
        assertTrue(RankIntervals.differ(e("a", "90", null), e("b", "89.99", null)), "exact scores differ when unequal");
    }

    @Test
    void nearestRankPercentiles() {
        int[] sorted = { 1, 1, 1, 1, 1, 2, 2, 2, 2, 3 };
        // ⌈0.05 · 10⌉ = 1st value; ⌈0.95 · 10⌉ = 10th value
        assertEquals(1, RankIntervals.nearestRank(sorted, 0.05));
        assertEquals(3, RankIntervals.nearestRank(sorted, 0.95));
    }
}
