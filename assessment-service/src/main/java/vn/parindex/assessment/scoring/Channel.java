package vn.parindex.assessment.scoring;

/** How a criterion gets its points: scored by the unit and appraised, or taken from a survey (domain §1.4). */
public enum Channel {
    SELF_ASSESSED, SURVEY
}
