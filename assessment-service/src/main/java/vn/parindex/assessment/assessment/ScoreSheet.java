package vn.parindex.assessment.assessment;

import java.math.BigDecimal;
import java.util.Map;

/** A stage's points for many criteria and bonus or penalty lines at once. */
public record ScoreSheet(Map<String, CriterionSheetEntry> criteria, Map<String, BigDecimal> adjustments) {
}
