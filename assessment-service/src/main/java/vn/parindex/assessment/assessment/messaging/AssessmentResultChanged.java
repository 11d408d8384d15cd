package vn.parindex.assessment.assessment.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
 * @param maxPoints the same figure as {@code applicableMaxPoints}, under the name the first consumers read
 * @param applicableMaxPoints the maximum that applies to the unit: criteria marked not applicable left out (the name
 *        the score endpoint and each node use)
 * @param bands the methodology's groups, so that a reader can say how far the next group is
 */
@Schema(name = "AssessmentResult", description = "One unit's whole result (kết quả đánh giá) in a period (kỳ đánh giá): "
        + "points per area (lĩnh vực) and criterion (tiêu chí), bonus (điểm thưởng), penalty (điểm trừ), total, index % "
        + "(unrounded) and group (nhóm), and the stage each criterion's points come from. The same document is the "
        + "payload of the event parindex.assessment-result.changed.v1 (see /asyncapi.yaml). Points carry four decimals. "
        + "version is the result's own version, not the assessment's (the assessment's version, for If-Match, is in "
        + "the assessment and its ETag).")
public record AssessmentResultChanged(
        @Schema(description = "The period's code.", example = "PAR-2020-PROVINCE") String periodCode,
        @Schema(description = "The period's name.", example = "Chỉ số cải cách hành chính năm 2020 của các tỉnh, thành phố")
        String periodName,
        @Schema(description = "The year the period assesses.", example = "2020") int year,
        @Schema(description = "The code of the methodology (bộ chỉ số) the period pinned.", example = "PAR-PROVINCE-2020")
        String methodologyCode,
        @Schema(description = "The methodology version the period pinned.", example = "1") int methodologyVersion,
        @Schema(description = "How the methodology ranks equal values.") TieRule tieRule,
        @Schema(description = "The unit's key, code@validFrom.", example = "24@2008-08-01") String unitKey,
        @Schema(description = "The unit's code.", example = "24") String unitCode,
        @Schema(description = "The unit's name.", example = "Tỉnh Bắc Giang") String unitName,
        @Schema(description = "The key of the unit's parent; null for a province or a ministry.") String parentKey,
        @Schema(description = "Where the assessment stands.") AssessmentStatus status,
        @Schema(description = "The score of each area (lĩnh vực), with its criteria below it.") List<NodeScore> areas,
        @Schema(description = "For each leaf criterion with points, keyed by criterion code: the stage its points come from "
                + "(FINAL, APPRAISED, SELF or SURVEY; the most advanced stage that has an input).",
                example = "{\"1\": \"FINAL\", \"2\": \"FINAL\"}") Map<String, Stage> stages,
        @Schema(description = "The sum of the areas' points.", example = "85.5900") BigDecimal areaPoints,
        @Schema(description = "Bonus points (điểm thưởng) counted, within the lines' and the methodology's caps.",
                example = "0.0000") BigDecimal bonus,
        @Schema(description = "Penalty points (điểm trừ) counted, within the lines' and the methodology's caps.",
                example = "0.0000") BigDecimal penalty,
        @Schema(description = "areaPoints + bonus - penalty, within 0 and applicableMaxPoints.", example = "85.5900")
        BigDecimal total,
        @Schema(deprecated = true, description = "same as applicableMaxPoints; kept for consumers written against the first "
                + "version", example = "100.0000") BigDecimal maxPoints,
        @Schema(description = "The maximum that applies to the unit: the methodology's maximum with the criteria marked not "
                + "applicable taken out (as applicableMaxPoints of the score endpoint and of each node).", example = "100.0000")
        BigDecimal applicableMaxPoints,
        @Schema(description = "total ÷ applicableMaxPoints × 100, unrounded; the group is read from this unrounded figure.",
                example = "85.59") BigDecimal indexPercent,
        @Schema(description = "The code of the group (nhóm) the index falls into; null when the methodology has no groups.",
                example = "B") String band,
        @Schema(description = "The name of that group.", example = "Nhóm B") String bandName,
        @Schema(description = "The methodology's groups, so that a reader can say how far the next group is (a group is "
                + "reached from minPercent of the unrounded index upwards).") List<Band> bands,
        @Schema(description = "Whether every applicable criterion has points; an incomplete result scores its empty "
                + "criteria 0.", example = "true") boolean complete,
        @Schema(description = "When the assessment was published; null before.", example = "2021-06-24T03:00:00Z")
        Instant publishedAt,
        @Schema(description = "In a PUBLISHED result, how many results of the period are official as this one is written "
                + "(0 in a result not published yet): a period is published in one transaction, so a reader that shows "
                + "official tables waits until it holds that many published results of the period.", example = "63")
        long periodPublishedUnits,
        @Schema(description = "The result's own version: it rises with every change of the result (events carry it; "
                + "apply one only if it is newer than the one held).", example = "7") long version) {

    public AssessmentResultChanged {
        // a result stored before applicableMaxPoints was published carries maxPoints alone: they are the same figure
        applicableMaxPoints = applicableMaxPoints == null ? maxPoints : applicableMaxPoints;
        maxPoints = maxPoints == null ? applicableMaxPoints : maxPoints;
    }

    public AssessmentResultChanged withVersion(long newVersion) {
        return new AssessmentResultChanged(periodCode, periodName, year, methodologyCode, methodologyVersion, tieRule, unitKey, unitCode,
                unitName, parentKey, status, areas, stages, areaPoints, bonus, penalty, total, maxPoints, applicableMaxPoints,
                indexPercent, band, bandName, bands, complete, publishedAt, periodPublishedUnits, newVersion);
    }
}
