package vn.parindex.assessment.assessment.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.parindex.assessment.scoring.Band;
import vn.parindex.assessment.scoring.NodeScore;
import vn.parindex.assessment.scoring.TieRule;
import vn.parindex.assessment.workflow.AssessmentStatus;
import vn.parindex.assessment.workflow.Stage;

/**
 * Payload of {@code parindex.assessment-result.changed.v1}: one unit's whole result in a period, keyed by
 * {@code periodCode/unitCode}. Points are exact (four decimals); indexPercent is unrounded.
 *
 * @param tieRule how the methodology ranks equal values
 * @param stages for each leaf criterion, the stage its points come from (FINAL, APPRAISED, SELF or SURVEY)
 * @param bands the methodology's groups, so that a reader can say how far the next group is
 */
public record AssessmentResultChanged(String periodCode, String periodName, int year, String methodologyCode,
        int methodologyVersion, TieRule tieRule, String unitKey, String unitCode, String unitName, String parentKey, AssessmentStatus status,
        List<NodeScore> areas, Map<String, Stage> stages, BigDecimal areaPoints, BigDecimal bonus, BigDecimal penalty,
        BigDecimal total, BigDecimal maxPoints, BigDecimal indexPercent, String band, String bandName, List<Band> bands,
        boolean complete, Instant publishedAt, long periodPublishedUnits, long version) {

    public AssessmentResultChanged withVersion(long newVersion) {
        return new AssessmentResultChanged(periodCode, periodName, year, methodologyCode, methodologyVersion, tieRule, unitKey, unitCode,
                unitName, parentKey, status, areas, stages, areaPoints, bonus, penalty, total, maxPoints, indexPercent, band,
                bandName, bands, complete, publishedAt, periodPublishedUnits, newVersion);
    }
}
