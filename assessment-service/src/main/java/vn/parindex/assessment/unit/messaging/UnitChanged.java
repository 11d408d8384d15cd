package vn.parindex.assessment.unit.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.parindex.assessment.unit.AdministrativeUnit;
import vn.parindex.assessment.unit.LineageKind;
import vn.parindex.assessment.unit.UnitLevel;
import vn.parindex.assessment.unit.UnitLineage;

/**
 * Payload of {@code parindex.unit.changed.v1}: the whole current state of one unit, its lineage included, keyed by the
 * unit key ({@code code@validFrom}).
 */
public record UnitChanged(String key, String code, String name, UnitLevel level, String parentKey, LocalDate validFrom,
        LocalDate validTo, List<Link> predecessors, List<Link> successors, long version, Instant changedAt) {

    /** One lineage edge seen from this unit: the other unit's key (null for ABOLISH), the kind and the date. */
    @Schema(name = "LineageLink", description = "One lineage edge seen from a unit: the unit on the other side, how they "
            + "changed and from when.")
    public record Link(@Schema(description = "The other unit's key (code@validFrom); null for ABOLISH.",
            example = "24@2025-07-01") String key,
            @Schema(description = "How the units changed.") LineageKind kind,
            @Schema(description = "The first day of the new units (the old ones end the day before).", example = "2025-07-01")
            LocalDate effectiveDate) {
    }

    public static UnitChanged of(AdministrativeUnit unit, List<UnitLineage> predecessors, List<UnitLineage> successors) {
        return new UnitChanged(unit.key, unit.code, unit.name, unit.level, unit.parentKey, unit.validFrom, unit.validTo,
                predecessors.stream().map(edge -> new Link(edge.fromKey, edge.kind, edge.effectiveDate)).toList(),
                successors.stream().map(edge -> new Link(edge.toKey, edge.kind, edge.effectiveDate)).toList(),
                unit.version, unit.updatedAt);
    }
}
