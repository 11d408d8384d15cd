package vn.parindex.ranking.messaging;

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

    /** A node of the result tree: an area, or a criterion under it. */
    public record Area(String code, String name, BigDecimal points, BigDecimal maxPoints, BigDecimal percent, List<Area> children) {
    }
}
