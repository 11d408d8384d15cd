package vn.parindex.survey.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.parindex.survey.questionnaire.Questionnaire;
import vn.parindex.survey.questionnaire.QuestionnaireDocument.Method;

class SatisfactionIndexTest {

    /**
     * Four respondents; answers 4 and 5 count as satisfied.
     * A1: 5, 4, 2, 3 → 2 of 4 = 50 %. A2: 5, 5, 5, (none) → 3 of 3 = 100 %. B1: 4, 1, 1, 2 → 1 of 4 = 25 %.
     */
    private static Tallies fourRespondents(Questionnaire q) {
        Tallies tallies = new Tallies(q.itemCount());
        tallies.add(q, Fixtures.answers(q, "A1", 5, "A2", 5, "B1", 4));
        tallies.add(q, Fixtures.answers(q, "A1", 4, "A2", 5, "B1", 1));
        tallies.add(q, Fixtures.answers(q, "A1", 2, "A2", 5, "B1", 1));
        tallies.add(q, Fixtures.answers(q, "A1", 3, "B1", 2));
        return tallies;
    }

    @Test
    void plainMeansOfItemsAndFactors() {
        Questionnaire q = Fixtures.twoFactors(Method.MEAN, Method.MEAN);
        SatisfactionIndex index = SatisfactionIndex.of(q, fourRespondents(q));
        assertEquals(0, new BigDecimal("50").compareTo(index.items()[0]));
        assertEquals(0, new BigDecimal("100").compareTo(index.items()[1]));
        assertEquals(0, new BigDecimal("25").compareTo(index.items()[2]));
        // A = (50 + 100) / 2 = 75; B = 25; index = (75 + 25) / 2 = 50
        assertEquals(0, new BigDecimal("75").compareTo(index.factors()[0]));
        assertEquals(0, new BigDecimal("25").compareTo(index.factors()[1]));
        assertEquals(0, new BigDecimal("50").compareTo(index.index()));
    }

    @Test
    void weightedMeansUseTheWeightsOfTheDocument() {
        Questionnaire q = Fixtures.twoFactors(Method.WEIGHTED_MEAN, Method.WEIGHTED_MEAN);
        SatisfactionIndex index = SatisfactionIndex.of(q, fourRespondents(q));
        // A = (50·1 + 100·3) / 4 = 87.5; index = (87.5·1 + 25·3) / 4 = 40.625
        assertEquals(0, new BigDecimal("87.5").compareTo(index.factors()[0]));
        assertEquals(0, new BigDecimal("40.625").compareTo(index.index()));
    }

    @Test
    void aFactorWithoutValidAnswersHasNoValueAndIsLeftOutOfTheIndex() {
        Questionnaire q = Fixtures.twoFactors(Method.MEAN, Method.MEAN);
        Tallies tallies = new Tallies(q.itemCount());
        tallies.add(q, Fixtures.answers(q, "A1", 5, "A2", 2));
        tallies.add(q, Fixtures.answers(q, "A1", 4));
        tallies.add(q, Fixtures.answers(q, "A1", 1, "A2", 4));
        SatisfactionIndex index = SatisfactionIndex.of(q, tallies);
        // A1 = 2/3, A2 = 1/2 → A = (66.666… + 50) / 2 = 58.333…; B has no answers → index = A, not A/2
        assertNull(index.items()[2]);
        assertNull(index.factors()[1]);
        assertEquals(new BigDecimal("58.33333333333334"), index.factors()[0]);
        assertEquals(index.factors()[0], index.index());
        assertEquals(new BigDecimal("58.3333"), Percent.shown(index.index()));
    }

    @Test
    void noAnswersAtAllGiveNoIndex() {
        Questionnaire q = Fixtures.twoFactors(Method.MEAN, Method.MEAN);
        SatisfactionIndex index = SatisfactionIndex.of(q, new Tallies(q.itemCount()));
        assertNull(index.index());
        assertNull(SatisfactionResult.of(q, new Tallies(q.itemCount()),
                Bootstrap.of(new Respondents(q, 0), 100, 1)).group());
    }

    /**
     * The bootstrap's floating-point arithmetic gives the decimal one's values (to 1e-9 points) and leaves out the same
     * items and factors, over seeded tallies where some items and whole factors have no valid answers.
     */
    @Test
    void replicatesAreComputedAsTheIndexIs() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(2020);
        for (Method method : Method.values()) {
            Questionnaire q = Fixtures.twoFactors(method, method);
            SatisfactionIndex.Replicates replicates = new SatisfactionIndex.Replicates(q);
            for (int round = 0; round < 500; round++) {
                Tallies tallies = new Tallies(q.itemCount());
                long[] satisfied = new long[q.itemCount()];
                long[] valid = new long[q.itemCount()];
                for (int i = 0; i < q.itemCount(); i++) {
                    valid[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(1, 500);
                    satisfied[i] = valid[i] == 0 ? 0 : random.nextLong(valid[i] + 1);
                    tallies.set(i, satisfied[i], valid[i]);
                }
                SatisfactionIndex decimal = SatisfactionIndex.of(q, tallies);
                double[] factors = new double[q.factors().size()];
                double index = replicates.index(satisfied, valid, factors);
                assertSame(decimal.index(), index);
                for (int f = 0; f < factors.length; f++) {
                    assertSame(decimal.factors()[f], factors[f]);
                }
            }
        }
    }

    private static void assertSame(BigDecimal decimal, double floating) {
        if (decimal == null) {
            assertTrue(Double.isNaN(floating), "no value, not " + floating);
        } else {
            assertEquals(decimal.doubleValue(), floating, 1e-9);
        }
    }

    @Test
    void theGroupIsTheHighestBandTheUnroundedIndexReaches() {
        Questionnaire q = Fixtures.twoFactors(Method.MEAN, Method.MEAN);
        var bands = q.document().bands();
        assertEquals("A", SatisfactionResult.band(bands, new BigDecimal("92.54")).group());
        assertEquals("B", SatisfactionResult.band(bands, new BigDecimal("88.54")).group(), "Bắc Kạn 2020 is in group B");
        assertEquals("B", SatisfactionResult.band(bands, new BigDecimal("85")).group(), "B starts at 85 %");
        assertEquals("B", SatisfactionResult.band(bands, new BigDecimal("89.99996")).group(), "89.99996 shows as 90.0000 but is B");
        assertEquals("C", SatisfactionResult.band(bands, new BigDecimal("84.9999")).group());
    }

    @Test
    void wilsonIntervalMatchesTheHandComputedOne() {
        // 8 of 10: centre (0.8 + 1.9208/10) / 1.38415 = 0.71673, half 1.41600 · √(0.016 + 0.009604) = 0.22658
        double[] interval = WilsonInterval.of(8, 10);
        assertEquals(49.016, interval[0], 0.001);
        assertEquals(94.331, interval[1], 0.001);
        double[] all = WilsonInterval.of(5, 5);
        assertEquals(100.0, all[1], 1e-9, "never above 100 %");
        assertEquals(56.55, all[0], 0.01);
        assertNull(WilsonInterval.of(0, 0));
    }
}
