package vn.parindex.assessment.workflow;

import java.util.Locale;
import vn.parindex.assessment.Refusal;

/**
 * Who entered a criterion's points: the unit (SELF), the appraiser (APPRAISED), the final decision (FINAL), or a survey
 * result (SURVEY, for survey-channel criteria). A result uses the most advanced stage a criterion has.
 */
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
