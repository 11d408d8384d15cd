package vn.parindex.survey.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.parindex.survey.questionnaire.Questionnaire;
import vn.parindex.survey.questionnaire.QuestionnaireDocument.Method;

class BootstrapTest {

    @Test
    void identicalRespondentsHaveNoSpread() {
        Questionnaire q = Fixtures.twoFactors(Method.MEAN, Method.MEAN);
        Respondents respondents = new Respondents(q, 4);
        for (int i = 0; i < 20; i++) {
            respondents.add(Fixtures.answers(q, "A1", 5, "A2", 2, "B1", 4));
        }
        Bootstrap.Result result = Bootstrap.of(respondents, 200, 42);
        assertEquals(0.0, result.index().standardError(), 1e-12);
        assertEquals(75.0, result.index().low(), 1e-9);
        assertEquals(75.0, result.index().high(), 1e-9);
    }

    @Test
    void theSameSeedGivesTheSameNumbersAndAnotherSeedOthers() {
        Questionnaire q = Fixtures.twoFactors(Method.MEAN, Method.MEAN);
        Respondents respondents = mixed(q, 200);
        Bootstrap.Result first = Bootstrap.of(respondents, 500, 7);
        Bootstrap.Result again = Bootstrap.of(respondents, 500, 7);
        Bootstrap.Result other = Bootstrap.of(respondents, 500, 8);
        assertEquals(first.index(), again.index());
        assertEquals(first.factors()[1], again.factors()[1]);
        assertTrue(first.index().standardError() != other.index().standardError());
    }

    /**
     * One item, p = 0.7 over n = 400: the bootstrap standard error of a proportion approaches √(p(1−p)/n) =
     * √(0.21/400) = 2.2913 percentage points, and the 95 % interval is about ±1.96 of it around 70 %.
     */
    @Test
    void theStandardErrorOfOneProportionIsNearTheBinomialOne() {
        Questionnaire q = Fixtures.twoFactors(Method.MEAN, Method.MEAN);
        Respondents respondents = new Respondents(q, 400);
        for (int i = 0; i < 400; i++) {
            respondents.add(Fixtures.answers(q, "B1", i % 10 < 7 ? 5 : 1));
        }
        Bootstrap.Result result = Bootstrap.of(respondents, 4000, 2020);
        Bootstrap.Spread b = result.factors()[1];
        assertEquals(2.2913, b.standardError(), 0.12);
        assertEquals(70 - 1.96 * 2.2913, b.low(), 0.5);
        assertEquals(70 + 1.96 * 2.2913, b.high(), 0.5);
        assertEquals(b, result.index(), "factor A has no answers, so the index is factor B");
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] sorted = { 10, 20, 30, 40, 50 };
        // h = 4 · 0.025 = 0.1 → 10 + 0.1 · 10 = 11; h = 4 · 0.975 = 3.9 → 40 + 0.9 · 10 = 49
        assertEquals(11.0, Bootstrap.quantile(sorted, 0.025), 1e-12);
        assertEquals(49.0, Bootstrap.quantile(sorted, 0.975), 1e-12);
        // sample standard deviation of 10..50 = √(1000/4) = 15.811
        assertEquals(15.8114, Bootstrap.spread(new double[] { 30, 10, 50, 20, 40 }).standardError(), 1e-4);
    }

    @Test
    void theResultCarriesTheBootstrapSpreadRoundedToFourDecimals() {
        Questionnaire q = Fixtures.twoFactors(Method.MEAN, Method.MEAN);
        Respondents respondents = mixed(q, 100);
        Tallies tallies = new Tallies(q.itemCount());
        for (int i = 0; i < 100; i++) {
            tallies.add(q, answersOf(q, i));
        }
        SatisfactionResult result = SatisfactionResult.of(q, tallies, Bootstrap.of(respondents, 300, 3));
        assertEquals(100, result.respondents());
        assertEquals(4, result.index().standardError().scale());
        assertTrue(result.index().ciLow().compareTo(result.index().percent()) < 0);
        assertTrue(result.index().ciHigh().compareTo(result.index().percent()) > 0);
        assertTrue(result.index().percent().compareTo(BigDecimal.ZERO) > 0);
    }

    @Test
    void bitSlicedCountersCountLikeOneCounterPerItem() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        Bootstrap.BitSlicedCounters counters = new Bootstrap.BitSlicedCounters(2, 5000);
        long[] expected = new long[128];
        for (int add = 0; add < 5000; add++) {
            int word = random.nextInt(2);
            long mask = random.nextLong();
            counters.add(word, mask);
            for (int lane = 0; lane < 64; lane++) {
                expected[word * 64 + lane] += (mask >>> lane) & 1;
            }
        }
        for (int item = 0; item < 128; item++) {
            assertEquals(expected[item], counters.count(item), "item " + item);
        }
    }

    private static Respondents mixed(Questionnaire q, int n) {
        Respondents respondents = new Respondents(q, 1);
        for (int i = 0; i < n; i++) {
            respondents.add(answersOf(q, i));
        }
        return respondents;
    }

    private static Questionnaire.Answers answersOf(Questionnaire q, int i) {
        return Fixtures.answers(q, "A1", 1 + i % 5, "A2", 1 + i * 7 % 5, "B1", 1 + i * 3 % 5);
    }
}
