package vn.parindex.assessment.workflow;

import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.parindex.assessment.Refusal;

/**
 * Who entered a criterion's points: the unit (SELF), the appraiser (APPRAISED), the final decision (FINAL), or a survey
 * result (SURVEY, for survey-channel criteria). A result uses the most advanced stage a criterion has.
 */
@Schema(name = "Stage", description = "Who entered a criterion's points: SELF (the unit's self-assessment, tự chấm), "
        + "APPRAISED (the appraiser, thẩm định), FINAL (the final decision) or SURVEY (a survey result, for SURVEY criteria). "
        + "A result counts the most advanced stage a criterion has: FINAL, then APPRAISED, then SELF.")
public enum Stage {
    SELF, APPRAISED, FINAL, SURVEY;

    /** The stage an address names ("self", "appraised", "final", "survey"). */
    public static Stage named(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("stage", "'" + name + "' is not self, appraised, final or survey");
        }
    }
}
