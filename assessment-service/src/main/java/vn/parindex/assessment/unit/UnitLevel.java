package vn.parindex.assessment.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The tier of an administrative unit that a methodology scores. */
@Schema(name = "UnitLevel", description = "The tier of an administrative unit (đơn vị): MINISTRY (bộ, cơ quan ngang bộ), "
        + "PROVINCE (tỉnh, thành phố trực thuộc trung ương), DEPARTMENT (sở, ban, ngành of a province), DISTRICT (huyện, "
        + "quận, thị xã, thành phố thuộc tỉnh) or COMMUNE (xã, phường, thị trấn, đặc khu).")
public enum UnitLevel {
    MINISTRY, PROVINCE, DEPARTMENT, DISTRICT, COMMUNE
}
