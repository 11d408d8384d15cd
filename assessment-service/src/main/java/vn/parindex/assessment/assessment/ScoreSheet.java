package vn.parindex.assessment.assessment;

import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stage's points for many criteria and bonus or penalty lines at once. */
@Schema(name = "ScoreSheet", description = "A stage's inputs for many criteria and bonus or penalty lines at once; criteria "
        + "and lines not named keep what they hold.")
public record ScoreSheet(
        @Schema(description = "Inputs keyed by leaf criterion code.",
                example = "{\"1\": {\"points\": 7.92, \"note\": \"Theo báo cáo tự đánh giá\"}, \"2\": {\"points\": 8.98}}")
        Map<String, CriterionSheetEntry> criteria,
        @Schema(description = "Points awarded per bonus or penalty line, keyed by line code, within the line's cap.",
                example = "{\"THUONG-TTHC\": 1, \"THUONG-TCC\": 0.5}") Map<String, BigDecimal> adjustments) {
}
