package vn.parindex.ranking.messaging;

import java.time.Instant;
import java.time.LocalDate;

/**
 * This service's reading of {@code parindex.unit.changed.v1} (assessment-service's AsyncAPI document is the contract;
 * UnitChangedContractTest checks this record against it).
 */
public record UnitChanged(String code, String name, String level, String parentCode, LocalDate validFrom,
        LocalDate validTo, long version, Instant changedAt) {
}
