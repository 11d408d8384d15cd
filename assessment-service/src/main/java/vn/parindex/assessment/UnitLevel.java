package vn.parindex.assessment;

/** The tier of an administrative unit that a methodology scores. */
public enum UnitLevel {
    MINISTRY, PROVINCE, DEPARTMENT, DISTRICT, COMMUNE
}
