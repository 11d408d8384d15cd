package vn.parindex.ranking.unit;

import vn.parindex.ranking.LineageKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * This service's reading of {@code parindex.unit.changed.v1} (assessment-service's AsyncAPI document is the contract;
 * UnitChangedContractTest checks this record against it).
 */
public record UnitChanged(String key, String code, String name, String level, String parentKey, LocalDate validFrom,
        LocalDate validTo, List<Link> predecessors, List<Link> successors, long version, Instant changedAt) {

    public record Link(String key, LineageKind kind, LocalDate effectiveDate) {
    }
}
