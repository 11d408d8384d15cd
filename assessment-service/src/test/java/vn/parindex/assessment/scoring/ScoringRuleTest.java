package vn.parindex.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.scoring.ScoringRule.Thresholds.Step;

class ScoringRuleTest {

    private static BigDecimal points(ScoringRule rule, String max, CriterionInput input) {
        return rule.points("1.1", new BigDecimal(max), input, null);
    }

    @Test
    void manualPointsAreTakenAsEnteredWithinZeroToMax() {
        assertEquals(new BigDecimal("7.9200"), points(new ScoringRule.Manual(), "8.5", CriterionInput.points("7.92")));
        assertEquals(new BigDecimal("8.5000"), points(new ScoringRule.Manual(), "8.5", CriterionInput.points("8.5")));
    }

    @Test
    void manualPointsAboveTheMaximumOrBelowZeroAreRefusedNamingTheField() {
        ScoringException above = assertThrows(ScoringException.class,
                () -> points(new ScoringRule.Manual(), "8.5", CriterionInput.points("8.51")));
        assertEquals("points", above.field);
        assertEquals("1.1", above.criterion);
        assertThrows(ScoringException.class, () -> points(new ScoringRule.Manual(), "8.5", CriterionInput.points("-0.01")));
        assertThrows(ScoringException.class, () -> points(new ScoringRule.Manual(), "8.5", CriterionInput.achieved(true)));
    }

    @Test
    void achievedScoresTheMaximumAndNotAchievedZero() {
        assertEquals(new BigDecimal("1.5000"), points(new ScoringRule.Achieved(), "1.5", CriterionInput.achieved(true)));
        assertEquals(new BigDecimal("0.0000"), points(new ScoringRule.Achieved(), "1.5", CriterionInput.achieved(false)));
    }

    @Test
    void ratioScoresTheShareOfTheMaximumCappedAtTheMaximum() {
        // 45 of 60 procedures online: 0.75 × 2 = 1.5
        assertEquals(new BigDecimal("1.5000"), points(new ScoringRule.Ratio(), "2", CriterionInput.ratio("45", "60")));
        // 1/3 × 1 = 0.33333… -> 0.3333 (four decimals, half up); 2/3 -> 0.6667
        assertEquals(new BigDecimal("0.3333"), points(new ScoringRule.Ratio(), "1", CriterionInput.ratio("1", "3")));
        assertEquals(new BigDecimal("0.6667"), points(new ScoringRule.Ratio(), "1", CriterionInput.ratio("2", "3")));
        // more than the target earns no more than the maximum
        assertEquals(new BigDecimal("1.0000"), points(new ScoringRule.Ratio(), "1", CriterionInput.ratio("7", "3")));
    }

    @Test
    void aRatioOverZeroIsRefused() {
        ScoringException zero = assertThrows(ScoringException.class,
                () -> points(new ScoringRule.Ratio(), "1", CriterionInput.ratio("0", "0")));
        assertEquals("denominator", zero.field);
    }

    @Test
    void thresholdsScoreTheHighestStepReached() {
        // domain §1.4: 4 meetings a year -> 20, 3 -> 15, 2 -> 10, 1 -> 5, otherwise 0
        ScoringRule meetings = new ScoringRule.Thresholds(List.of(step("1", "5"), step("4", "20"), step("2", "10"), step("3", "15")));
        assertEquals(new BigDecimal("20.0000"), points(meetings, "20", CriterionInput.value("4")));
        assertEquals(new BigDecimal("20.0000"), points(meetings, "20", CriterionInput.value("6")));
        assertEquals(new BigDecimal("15.0000"), points(meetings, "20", CriterionInput.value("3.5")));
        assertEquals(new BigDecimal("5.0000"), points(meetings, "20", CriterionInput.value("1")));
        assertEquals(new BigDecimal("0.0000"), points(meetings, "20", CriterionInput.value("0")));
    }

    @Test
    void relativeToBestScoresTheValueOverTheBestUnitsValue() {
        ScoringRule rule = new ScoringRule.RelativeToBest();
        // 80 against the best 96: 80/96 × 3 = 2.5
        assertEquals(new BigDecimal("2.5000"), rule.points("7.2", new BigDecimal("3"), CriterionInput.value("80"), new BigDecimal("96")));
        assertEquals(new BigDecimal("3.0000"), rule.points("7.2", new BigDecimal("3"), CriterionInput.value("96"), new BigDecimal("96")));
        // when no unit has a value above zero nobody earns points
        assertEquals(new BigDecimal("0.0000"), rule.points("7.2", new BigDecimal("3"), CriterionInput.value("0"), BigDecimal.ZERO));
    }

    @Test
    void surveyPointsAreTheSatisfactionShareOfTheMaximum() {
        // Đức Trọng 2022: 81.56 % of 25 points = 20.39 (domain §1.4, seed 002)
        assertEquals(new BigDecimal("20.3900"), points(new ScoringRule.SurveyShare(), "25", CriterionInput.value("81.56")));
        assertThrows(ScoringException.class, () -> points(new ScoringRule.SurveyShare(), "25", CriterionInput.value("100.01")));
    }

    @Test
    void aMisspeltRuleTypeIsRefusedNamingTheRuleTypesThereAre() {
        String criterion = """
                {"code": "1.1", "name": "Họp Ban chỉ đạo CCHC", "maxPoints": 20,
                 "rule": {"type": "THRESHOLD", "steps": [{"atLeast": 4, "points": 20}]}}""";

        InvalidFormatException refused = assertThrows(InvalidFormatException.class,
                () -> new ObjectMapper().readValue(criterion, CriterionNode.class));

        assertEquals("'THRESHOLD' is not a rule type; use one of MANUAL, BOOLEAN, RATIO, THRESHOLDS, RELATIVE_TO_BEST, SURVEY",
                refused.getOriginalMessage());
        // what the problem mapper shows: the value, the accepted values and the field
        assertEquals("THRESHOLD", refused.getValue());
        assertEquals("[MANUAL, BOOLEAN, RATIO, THRESHOLDS, RELATIVE_TO_BEST, SURVEY]",
                Arrays.toString(refused.getTargetType().getEnumConstants()));
        assertEquals("rule.type", refused.getPath().stream().map(JsonMappingException.Reference::getFieldName)
                .collect(Collectors.joining(".")));
    }

    @Test
    void everyRuleIsWrittenWithItsTypeAndReadBackTheSame() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<ScoringRule> rules = List.of(new ScoringRule.Manual(), new ScoringRule.Achieved(), new ScoringRule.Ratio(),
                new ScoringRule.Thresholds(List.of(step("1", "5"), step("4", "20"))), new ScoringRule.RelativeToBest(),
                new ScoringRule.SurveyShare());

        List<String> written = rules.stream().map(rule -> {
            try {
                return json.writerFor(ScoringRule.class).writeValueAsString(rule);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();

        assertEquals(List.of("{\"type\":\"MANUAL\"}", "{\"type\":\"BOOLEAN\"}", "{\"type\":\"RATIO\"}",
                "{\"type\":\"THRESHOLDS\",\"steps\":[{\"atLeast\":1,\"points\":5},{\"atLeast\":4,\"points\":20}]}",
                "{\"type\":\"RELATIVE_TO_BEST\"}", "{\"type\":\"SURVEY\"}"), written);
        for (int i = 0; i < rules.size(); i++) {
            assertEquals(rules.get(i), json.readValue(written.get(i), ScoringRule.class));
        }
    }

    private static Step step(String atLeast, String points) {
        return new Step(new BigDecimal(atLeast), new BigDecimal(points));
    }
}
