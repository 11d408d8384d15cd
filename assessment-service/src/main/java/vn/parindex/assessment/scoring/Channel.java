package vn.parindex.assessment.scoring;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a criterion gets its points: scored by the unit and appraised, or taken from a survey (domain §1.4). */
@Schema(name = "Channel", description = "How a criterion gets its points: SELF_ASSESSED, scored by the unit (tự chấm) "
        + "and appraised (thẩm định); SURVEY, taken from a survey result (SIPAS satisfaction), with the SURVEY rule.")
public enum Channel {
    SELF_ASSESSED, SURVEY
}
