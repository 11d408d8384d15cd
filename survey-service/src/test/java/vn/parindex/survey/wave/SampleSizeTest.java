package vn.parindex.survey.wave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SampleSizeTest {

    private static final BigDecimal FIVE_PERCENT = new BigDecimal("0.05");

    @Test
    void tenThousandUsersAtFivePercentNeed385() {
        // 10000 / (1 + 10000 × 0.0025) = 10000 / 26 = 384.6 -> 385
        assertEquals(385, SampleSize.of(10_000, FIVE_PERCENT));
    }

    @Test
    void anExactQuotientIsNotRoundedUp() {
        // 400 / (1 + 400 × 0.0025) = 400 / 2 = 200
        assertEquals(200, SampleSize.of(400, FIVE_PERCENT));
    }

    @Test
    void aVeryLargePopulationApproachesOneOverESquared() {
        assertEquals(400, SampleSize.of(100_000_000, FIVE_PERCENT));
    }

    @Test
    void aTinyPopulationIsSurveyedWhole() {
        assertEquals(1, SampleSize.of(1, FIVE_PERCENT));
    }

    @Test
    void aMarginOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SampleSize.of(100, BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> SampleSize.of(100, BigDecimal.ONE));
    }
}
