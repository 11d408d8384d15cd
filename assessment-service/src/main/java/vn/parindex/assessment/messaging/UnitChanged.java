package vn.parindex.assessment.messaging;

import java.time.Instant;
import java.time.LocalDate;
import vn.parindex.assessment.AdministrativeUnit;
import vn.parindex.assessment.UnitLevel;

/** Payload of {@code parindex.unit.changed.v1}: the whole current state of one unit, keyed by its code. */
public record UnitChanged(String code, String name, UnitLevel level, String parentCode, LocalDate validFrom,
        LocalDate validTo, long version, Instant changedAt) {

    public static UnitChanged of(AdministrativeUnit unit) {
        return new UnitChanged(unit.code, unit.name, unit.level, unit.parentCode, unit.validFrom, unit.validTo,
                unit.version, unit.updatedAt);
    }
}
