package vn.parindex.assessment.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The computed result of one assessment: area scores (with their criteria), bonus and penalty, the total, the
 * index percentage (total ÷ applicable maximum × 100, unrounded) and the group it falls into.
 */
public record AssessmentScore(List<NodeScore> areas, BigDecimal areaPoints, BigDecimal bonus, BigDecimal penalty,
        BigDecimal total, BigDecimal applicableMaxPoints, BigDecimal indexPercent, Band band, boolean complete) {
}
