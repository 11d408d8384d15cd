package vn.parindex.ranking.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExternalIndexTest {

    private static Map<String, BigDecimal> papi(String... values) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            scores.put("D" + (i + 1), new BigDecimal(values[i]));
        }
        return scores;
    }

    @Test
    void aPapiTotalIsTheSumOfItsEightDimensionsOutOf80() {
        ExternalIndex.Scores scores = new ExternalIndex.Scores(papi("5.1", "5.2", "4.3", "6.4", "7.5", "7.8486", "3.6", "3.0"), Map.of());
        assertEquals(List.of(), ExternalIndex.PAPI.check(scores));
        // 5.1 + 5.2 + 4.3 + 6.4 + 7.5 + 7.8486 + 3.6 + 3.0 = 42.9486
        assertEquals(new BigDecimal("42.9486"), ExternalIndex.PAPI.total(scores, Map.of()));
    }

    /** PAPI 2023, Hà Nội, public service delivery: 1.7029 + 1.9570 + 2.2548 + 1.9339 = 7.8486 (domain §3). */
    @Test
    void aDimensionMustBeTheSumOfItsSubDimensions() {
        Map<String, List<BigDecimal>> subs = Map.of("D6", List.of(new BigDecimal("1.7029"), new BigDecimal("1.9570"),
                new BigDecimal("2.2548"), new BigDecimal("1.9339")));
        assertEquals(List.of(), ExternalIndex.PAPI.check(new ExternalIndex.Scores(papi("5", "5", "5", "5", "5", "7.8486", "5", "5"), subs)));
        List<ExternalIndex.Fault> faults = ExternalIndex.PAPI.check(new ExternalIndex.Scores(papi("5", "5", "5", "5", "5", "7.9", "5", "5"), subs));
        assertEquals("D6", faults.get(0).field());
    }

    @Test
    void missingAndOutOfRangeDimensionsAreNamed() {
        List<ExternalIndex.Fault> faults = ExternalIndex.PAPI.check(new ExternalIndex.Scores(papi("5", "0.5", "5", "5", "5", "5", "11"), Map.of()));
        assertEquals(List.of("D2", "D7", "D8"), faults.stream().map(ExternalIndex.Fault::field).toList());
    }

    /** PCI: weights in percent; total = Σ wᵢ · sᵢ ÷ 10, e.g. all sub-indices 7 → 70 whatever the weights. */
    @Test
    void aPciTotalIsTheWeightedMeanOnAHundredPointScale() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (int i = 1; i <= 10; i++) {
            scores.put("S" + i, new BigDecimal(i <= 5 ? "8" : "6"));
            weights.put("S" + i, new BigDecimal(i <= 5 ? "15" : "5"));
        }
        assertEquals(List.of(), ExternalIndex.PCI.checkWeights(weights));
        // (5 · 15 · 8 + 5 · 5 · 6) ÷ 10 = (600 + 150) ÷ 10 = 75
        assertEquals(0, new BigDecimal("75").compareTo(ExternalIndex.PCI.total(new ExternalIndex.Scores(scores, Map.of()), weights)));
        weights.put("S1", new BigDecimal("16"));
        assertEquals("weights", ExternalIndex.PCI.checkWeights(weights).get(0).field());
    }

    /** Eight totals 1..8: P25 = 2.75, P50 = 4.5, P75 = 6.25 → 7, 8 highest; 5, 6 upper-middle; 3, 4 lower-middle; 1, 2 lowest. */
    @Test
    void papiGroupsAreQuartilesOfTheTotals() {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (int i = 1; i <= 8; i++) {
            totals.put("u" + i, BigDecimal.valueOf(i));
        }
        Map<String, String> groups = ExternalIndex.quartileGroups(totals);
        assertEquals(List.of("Q4", "Q4", "Q3", "Q3", "Q2", "Q2", "Q1", "Q1"), List.copyOf(groups.values()));
        assertEquals("Nhóm điểm cao nhất", ExternalIndex.groupName("Q1"));
    }
}
