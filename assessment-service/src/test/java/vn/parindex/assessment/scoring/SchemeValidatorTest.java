package vn.parindex.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.scoring.SchemeValidator.Violation;

class SchemeValidatorTest {

    private static List<String> paths(ScoringScheme scheme) {
        return SchemeValidator.violations(scheme).stream().map(Violation::path).toList();
    }

    private static ScoringScheme scheme(List<CriterionNode> areas) {
        return new ScoringScheme(areas, List.of(), null, null, List.of(), null);
    }

    @Test
    void aTreeWhoseChildrenAddUpIsValid() {
        assertEquals(List.of(), paths(scheme(List.of(CriterionNode.area("1", "Lĩnh vực 1", "8.5",
                CriterionNode.leaf("1.1", "TC 1.1", "5", new ScoringRule.Manual()),
                CriterionNode.leaf("1.2", "TC 1.2", "3.5", new ScoringRule.Achieved()))))));
    }

    @Test
    void childrenWhoseMaximaDoNotAddUpToTheParentAreRefused() {
        List<Violation> violations = SchemeValidator.violations(scheme(List.of(CriterionNode.area("1", "Lĩnh vực 1", "8.5",
                CriterionNode.leaf("1.1", "TC 1.1", "5", new ScoringRule.Manual()),
                CriterionNode.leaf("1.2", "TC 1.2", "3", new ScoringRule.Manual())))));
        assertEquals(1, violations.size());
        assertEquals("areas[0].maxPoints", violations.get(0).path());
        assertEquals("the children of 1 add up to 8, not 8.5", violations.get(0).message());
    }

    @Test
    void duplicateCodesAreRefused() {
        assertEquals(List.of("areas[1].code"), paths(scheme(List.of(
                CriterionNode.leaf("1", "Lĩnh vực 1", "5", new ScoringRule.Manual()),
                CriterionNode.leaf("1", "Lĩnh vực 1 lần nữa", "5", new ScoringRule.Manual())))));
    }

    @Test
    void rulesThatDoNotFitTheirNodeAreRefused() {
        CriterionNode parentWithRule = new CriterionNode("1", "Lĩnh vực 1", new BigDecimal("2"), Channel.SELF_ASSESSED, false, false,
                false, new ScoringRule.Manual(), List.of(CriterionNode.leaf("1.1", "TC 1.1", "2", new ScoringRule.Manual())));
        CriterionNode leafWithoutRule = CriterionNode.leaf("2", "Lĩnh vực 2", "3", null);
        CriterionNode surveyRuleOnSelfAssessed = new CriterionNode("3", "Lĩnh vực 3", new BigDecimal("4"), Channel.SELF_ASSESSED,
                false, false, false, new ScoringRule.SurveyShare(), List.of());
        CriterionNode manualOnSurvey = new CriterionNode("4", "Lĩnh vực 4", new BigDecimal("5"), Channel.SURVEY,
                false, false, false, new ScoringRule.Manual(), List.of());

        assertEquals(List.of("areas[0].rule", "areas[1].rule", "areas[2].rule", "areas[3].rule"),
                paths(scheme(List.of(parentWithRule, leafWithoutRule, surveyRuleOnSelfAssessed, manualOnSurvey))));
    }

    @Test
    void aStepWorthMoreThanTheCriterionIsRefused() {
        ScoringRule steps = new ScoringRule.Thresholds(List.of(new ScoringRule.Thresholds.Step(BigDecimal.ONE, new BigDecimal("3")),
                new ScoringRule.Thresholds.Step(BigDecimal.ONE, BigDecimal.ONE)));
        assertEquals(List.of("areas[0].rule.steps[0].points", "areas[0].rule.steps[1].atLeast"),
                paths(scheme(List.of(CriterionNode.leaf("1", "TC 1", "2", steps)))));
    }

    @Test
    void bandsAndAdjustmentsAreChecked() {
        ScoringScheme scheme = new ScoringScheme(List.of(CriterionNode.leaf("1", "Lĩnh vực 1", "10", new ScoringRule.Manual())),
                List.of(Adjustment.bonus("B", "Thưởng", "1", "9"), Adjustment.bonus("1", "Thưởng", "0", null)),
                new BigDecimal("-1"), null, List.of(Band.of("A", "A", "90"), Band.of("B", "B", "90.0"), Band.of("A", "A", "120")), null);

        assertEquals(List.of("adjustments[0].area", "adjustments[1].code", "adjustments[1].cap", "bonusCap",
                "bands[1].minPercent", "bands[2].code", "bands[2].minPercent"), paths(scheme));
    }
}
