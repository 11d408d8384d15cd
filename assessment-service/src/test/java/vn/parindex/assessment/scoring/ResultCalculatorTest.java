package vn.parindex.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultCalculatorTest {

    private static final List<Band> PAR_2020_BANDS = List.of(Band.of("A", "Nhóm A", "90"), Band.of("B", "Nhóm B", "80"),
            Band.of("C", "Nhóm C", "70"), Band.of("D", "Nhóm D", "0"));

    /** The eight areas of the provincial PAR Index behind the 2020 figures, scored as a whole (domain §1.3 b). */
    private static ScoringScheme par2020ByArea() {
        String[][] areas = { { "1", "8.5" }, { "2", "10" }, { "3", "13.5" }, { "4", "11.5" }, { "5", "13.5" }, { "6", "12" },
                { "7", "15" }, { "8", "16" } };
        List<CriterionNode> nodes = java.util.Arrays.stream(areas)
                .map(area -> CriterionNode.leaf(area[0], "Lĩnh vực " + area[0], area[1], new ScoringRule.Manual())).toList();
        return new ScoringScheme(nodes, List.of(), null, null, PAR_2020_BANDS, TieRule.STANDARD_COMPETITION);
    }

    private static Map<String, CriterionInput> points(String... values) {
        Map<String, CriterionInput> inputs = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            inputs.put(Integer.toString(i + 1), CriterionInput.points(values[i]));
        }
        return inputs;
    }

    @Test
    void bacGiang2020AreaScoresAddUpTo85Point59() {
        // seed 003: the eight printed area scores
        AssessmentScore score = ResultCalculator.calculate(par2020ByArea(),
                points("7.92", "8.98", "11.95", "9.64", "12.45", "8.04", "14.32", "12.29"), Map.of(), Map.of());

        assertEquals(new BigDecimal("85.5900"), score.total());
        assertEquals(new BigDecimal("100.0000"), score.applicableMaxPoints());
        assertEquals(0, new BigDecimal("85.59").compareTo(score.indexPercent()));
        assertEquals("B", score.band().code());
        assertEquals(new BigDecimal("3.9600"), score.areas().get(5).pointsBelowMax(), "public finance lost 12 - 8.04");
        assertTrue(score.complete());
    }

    @Test
    void bacGiangsPublished85Point58ComesFromUnroundedAreaScores() {
        // MOHA adds unrounded area points; the article prints each area rounded to two decimals. Areas that print as
        // 7.92 … 12.29 can add up to anything from 85.55 to 85.63, so the printed areas give 85.59 while the published
        // total is 85.58. These unrounded areas print exactly as in the article and total 85.5759, published as 85.58.
        AssessmentScore score = ResultCalculator.calculate(par2020ByArea(),
                points("7.9199", "8.9763", "11.9481", "9.6382", "12.4477", "8.0386", "14.3172", "12.2899"), Map.of(), Map.of());

        List<String> printed = score.areas().stream().map(area -> area.points().setScale(2, RoundingMode.HALF_UP).toPlainString()).toList();
        assertEquals(List.of("7.92", "8.98", "11.95", "9.64", "12.45", "8.04", "14.32", "12.29"), printed);
        assertEquals(new BigDecimal("85.5759"), score.total());
        assertEquals("85.58", score.total().setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    @Test
    void bacKan2020Total78Point5668IsInGroupC() {
        // seed 004: 78.5668 points, group C (70 to under 80); the area split is not published, so one split that adds up
        AssessmentScore score = ResultCalculator.calculate(par2020ByArea(),
                points("6.9", "8.1", "10.2", "9.1", "10.8", "8.4", "12.5668", "12.5"), Map.of(), Map.of());

        assertEquals(new BigDecimal("78.5668"), score.total());
        assertEquals(0, new BigDecimal("78.5668").compareTo(score.indexPercent()));
        assertEquals("C", score.band().code());
    }

    @Test
    void ducTrong2022ScoresWithSurveyPointsAndBonus() {
        // seed 002, Lâm Đồng district index 2022: seven areas as published, e-government (14.5, inferred) as the residual,
        // the survey area from a satisfaction of 81.56 %, and bonus +1 (administrative procedures) +0.5 (public finance)
        ScoringScheme lamDong = new ScoringScheme(List.of(
                CriterionNode.leaf("TC", "Cải cách thể chế", "8.5", new ScoringRule.Manual()),
                CriterionNode.leaf("CD", "Chỉ đạo, điều hành", "10", new ScoringRule.Manual()),
                CriterionNode.leaf("TTHC", "Cải cách thủ tục hành chính", "16.5", new ScoringRule.Manual()),
                CriterionNode.leaf("TCC", "Cải cách tài chính công", "8", new ScoringRule.Manual()),
                CriterionNode.leaf("TCBM", "Cải cách tổ chức bộ máy", "7.5", new ScoringRule.Manual()),
                CriterionNode.leaf("CV", "Cải cách chế độ công vụ", "10", new ScoringRule.Manual()),
                CriterionNode.leaf("CQS", "Xây dựng chính quyền điện tử, chính quyền số", "14.5", new ScoringRule.Manual()).markedInferred(),
                CriterionNode.leaf("HL", "Mức độ hài lòng qua điều tra xã hội học", "25", new ScoringRule.SurveyShare())),
                List.of(Adjustment.bonus("THUONG-TTHC", "Điểm thưởng cải cách TTHC", "1", "TTHC"),
                        Adjustment.bonus("THUONG-TCC", "Điểm thưởng tài chính công", "0.5", "TCC")),
                null, null, List.of(), TieRule.STANDARD_COMPETITION);
        Map<String, CriterionInput> inputs = Map.of("TC", CriterionInput.points("8.5"), "CD", CriterionInput.points("10"),
                "TTHC", CriterionInput.points("15.7"), "TCC", CriterionInput.points("6.48"), "TCBM", CriterionInput.points("6.69"),
                "CV", CriterionInput.points("8.75"), "CQS", CriterionInput.points("7.75"), "HL", CriterionInput.value("81.56"));

        AssessmentScore score = ResultCalculator.calculate(lamDong, inputs,
                Map.of("THUONG-TTHC", new BigDecimal("1"), "THUONG-TCC", new BigDecimal("0.5")), Map.of());

        NodeScore survey = score.areas().get(7);
        assertEquals(new BigDecimal("20.3900"), survey.points());
        assertEquals("81.6", survey.percent().setScale(1, RoundingMode.HALF_UP).toPlainString());
        assertEquals(new BigDecimal("84.2600"), score.areaPoints());
        assertEquals(new BigDecimal("1.5000"), score.bonus());
        assertEquals(new BigDecimal("85.7600"), score.total());
        assertEquals(new BigDecimal("0.8000"), score.areas().get(2).pointsBelowMax(), "TTHC 15.7 of 16.5");
    }

    @Test
    void aCriterionMarkedNotApplicableLeavesTheMaximum() {
        ScoringScheme scheme = new ScoringScheme(List.of(CriterionNode.area("1", "Lĩnh vực 1", "5",
                CriterionNode.leaf("1.1", "TC 1.1", "2", new ScoringRule.Manual()),
                CriterionNode.leaf("1.2", "TC 1.2", "2", new ScoringRule.Manual()).notApplicableAllowed(),
                CriterionNode.leaf("1.3", "TC 1.3", "1", new ScoringRule.Achieved()))), List.of(), null, null, List.of(), null);

        AssessmentScore score = ResultCalculator.calculate(scheme, Map.of("1.1", CriterionInput.points("2"),
                "1.2", CriterionInput.notApplicableInput(), "1.3", CriterionInput.achieved(true)), Map.of(), Map.of());

        assertEquals(new BigDecimal("3.0000"), score.total());
        assertEquals(new BigDecimal("3.0000"), score.applicableMaxPoints());
        assertEquals(0, Points.HUNDRED.compareTo(score.indexPercent()));
        NodeScore area = score.areas().get(0);
        assertEquals(new BigDecimal("5.0000"), area.maxPoints());
        assertEquals(new BigDecimal("3.0000"), area.applicableMaxPoints());
        assertTrue(area.children().get(1).notApplicable());
        assertEquals(new BigDecimal("0.0000"), area.pointsBelowMax());
    }

    @Test
    void onlyACriterionThatAllowsItMayBeMarkedNotApplicable() {
        ScoringScheme scheme = new ScoringScheme(List.of(CriterionNode.leaf("1", "TC 1", "5", new ScoringRule.Manual())),
                List.of(), null, null, List.of(), null);

        ScoringException refused = assertThrows(ScoringException.class,
                () -> ResultCalculator.calculate(scheme, Map.of("1", CriterionInput.notApplicableInput()), Map.of(), Map.of()));
        assertEquals("notApplicable", refused.field);
    }

    @Test
    void bonusLinesAreCappedOneByOneAndTogetherAndPenaltiesSubtract() {
        ScoringScheme scheme = new ScoringScheme(List.of(CriterionNode.leaf("1", "Lĩnh vực 1", "100", new ScoringRule.Manual())),
                List.of(Adjustment.bonus("B1", "Thưởng 1", "1", null), Adjustment.bonus("B2", "Thưởng 2", "1", null),
                        Adjustment.penalty("P1", "Trừ 1", "2", null)),
                new BigDecimal("1.5"), null, List.of(), null);

        AssessmentScore capped = ResultCalculator.calculate(scheme, Map.of("1", CriterionInput.points("80")),
                Map.of("B1", BigDecimal.ONE, "B2", BigDecimal.ONE, "P1", new BigDecimal("0.25")), Map.of());

        assertEquals(new BigDecimal("1.5000"), capped.bonus(), "1 + 1 awarded, 1.5 allowed in all");
        assertEquals(new BigDecimal("0.2500"), capped.penalty());
        assertEquals(new BigDecimal("81.2500"), capped.total());
        assertThrows(ScoringException.class, () -> ResultCalculator.calculate(scheme, Map.of("1", CriterionInput.points("80")),
                Map.of("B1", new BigDecimal("1.01")), Map.of()));
        assertThrows(ScoringException.class, () -> ResultCalculator.calculate(scheme, Map.of("1", CriterionInput.points("80")),
                Map.of("B9", BigDecimal.ONE), Map.of()));
    }

    @Test
    void theTotalStaysWithinZeroAndTheMaximum() {
        ScoringScheme scheme = new ScoringScheme(List.of(CriterionNode.leaf("1", "Lĩnh vực 1", "10", new ScoringRule.Manual())),
                List.of(Adjustment.bonus("B", "Thưởng", "2", null), Adjustment.penalty("P", "Trừ", "5", null)), null, null, List.of(), null);

        assertEquals(new BigDecimal("10.0000"), ResultCalculator.calculate(scheme, Map.of("1", CriterionInput.points("9.5")),
                Map.of("B", new BigDecimal("2")), Map.of()).total());
        assertEquals(new BigDecimal("0.0000"), ResultCalculator.calculate(scheme, Map.of("1", CriterionInput.points("3")),
                Map.of("P", new BigDecimal("5")), Map.of()).total());
    }

    @Test
    void aMissingInputScoresZeroAndLeavesTheResultIncomplete() {
        AssessmentScore score = ResultCalculator.calculate(par2020ByArea(), Map.of("1", CriterionInput.points("8")), Map.of(), Map.of());

        assertEquals(new BigDecimal("8.0000"), score.total());
        assertFalse(score.complete());
        assertFalse(score.areas().get(1).complete());
        assertEquals("D", score.band().code());
    }

    @Test
    void relativeToBestTakesTheBestValueOfThePeriod() {
        ScoringScheme scheme = new ScoringScheme(List.of(CriterionNode.leaf("7.2", "Dịch vụ công trực tuyến", "3",
                new ScoringRule.RelativeToBest())), List.of(), null, null, List.of(), null);

        AssessmentScore score = ResultCalculator.calculate(scheme, Map.of("7.2", CriterionInput.value("80")), Map.of(),
                Map.of("7.2", new BigDecimal("96")));

        assertEquals(new BigDecimal("2.5000"), score.total());
    }

    @Test
    void noBandsMeansNoGroup() {
        ScoringScheme scheme = new ScoringScheme(List.of(CriterionNode.leaf("1", "Lĩnh vực 1", "10", new ScoringRule.Manual())),
                List.of(), null, null, List.of(), null);
        assertNull(ResultCalculator.calculate(scheme, Map.of("1", CriterionInput.points("9")), Map.of(), Map.of()).band());
    }
}
