package vn.parindex.assessment.unit;

/** The tier of an administrative unit that a methodology scores. */
public enum UnitLevel {
    MINISTRY, PROVINCE, DEPARTMENT, DISTRICT, COMMUNE
}
