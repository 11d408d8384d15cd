package vn.parindex.ranking.par;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * This service's reading of {@code parindex.assessment-result.changed.v1} (assessment-service's AsyncAPI document is the
 * contract; AssessmentResultContractTest checks this record against it). Only what league tables need.
 */
public record AssessmentResultChanged(String periodCode, String periodName, int year, String methodologyCode,
        int methodologyVersion, String tieRule, String unitKey, String unitCode, String unitName, String parentKey, String status,
        List<Area> areas, BigDecimal total, BigDecimal maxPoints, BigDecimal indexPercent, String band, String bandName,
        List<Band> bands, Instant publishedAt, long periodPublishedUnits, long version) {

    /** A group of the methodology, reached from minPercent upwards. */
    public record Band(String code, String name, BigDecimal minPercent) {
    }

    /**
     * A node of the result tree: an area, or a criterion under it. {@code applicableMaxPoints} leaves out what is not
     * applicable to the unit, {@code pointsBelowMax} is measured against it, and a node wholly not applicable is
     * {@code notApplicable}: the producer's words, never derived again here.
     */
    public record Area(String code, String name, BigDecimal points, BigDecimal maxPoints, BigDecimal applicableMaxPoints,
            BigDecimal percent, BigDecimal pointsBelowMax, boolean notApplicable, List<Area> children) {
    }
}
