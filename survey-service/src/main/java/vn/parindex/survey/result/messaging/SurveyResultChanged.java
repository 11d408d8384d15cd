package vn.parindex.survey.result.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.parindex.survey.index.SatisfactionResult;
import vn.parindex.survey.wave.Wave;

/**
 * Payload of {@code parindex.survey-result.changed.v1}: one unit's whole satisfaction result in a wave, keyed by
 * {@code waveCode/unitCode}, with a per-key version. {@code waveStatus} CLOSED marks a final result.
 *
 * @param replicates and {@code seed}: the bootstrap that gave the standard errors, so anyone can reproduce them
 * @param waveResults in a final result, how many units of the wave have a result (those with at least one response): a
 *        reader waits for that many before showing the wave's official table; 0 while the wave runs
 */
@Schema(name = "UnitSurveyResult", description = "One unit's (đơn vị) SIPAS result in a survey wave (đợt khảo sát), as last "
        + "computed: the satisfaction index (chỉ số hài lòng) with its factors and items, coverage, and the bootstrap that "
        + "gave the standard errors. The same document as the event parindex.survey-result.changed.v1; waveStatus CLOSED "
        + "marks a final result.")
public record SurveyResultChanged(@Schema(description = "The wave's code.", example = "SIPAS-2020") String waveCode,
        @Schema(description = "The wave's name.", example = "SIPAS 2020: sự hài lòng của người dân, tổ chức") String waveName,
        @Schema(description = "The year the wave measures.", example = "2020") int year,
        @Schema(description = "The level of the units surveyed.", example = "PROVINCE") String unitLevel,
        @Schema(description = "The code of the questionnaire the wave pins.", example = "SIPAS-2017") String questionnaireCode,
        @Schema(description = "The questionnaire version the wave pins.", example = "1") int questionnaireVersion,
        @Schema(description = "The unit's code.", example = "24") String unitCode,
        @Schema(description = "The unit's name.", example = "Tỉnh Bắc Giang") String unitName,
        @Schema(description = "The wave's status when the result was computed; CLOSED: the result is final.") Wave.Status waveStatus,
        @Schema(description = "The unit's target number of responses (cỡ mẫu).", example = "400") int target,
        @Schema(description = "Respondents ÷ target × 100, four decimals.", example = "100.0000") BigDecimal coveragePercent,
        @Schema(description = "The satisfaction figures.") SatisfactionResult result,
        @Schema(description = "How many bootstrap replicates gave the standard errors and intervals: once the wave is "
                + "closed the configured number (1000 by default); while it runs as many as the draw budget allows for the "
                + "unit's respondents (at least 100, at most the configured number).", example = "1000") int replicates,
        @Schema(description = "The bootstrap's seed: the first eight bytes of SHA-256 of waveCode/unitCode, so anyone can "
                + "reproduce the standard errors.", example = "-8605861776156607867") long seed,
        @Schema(description = "When the result was computed.") Instant computedAt,
        @Schema(description = "In a final result, how many units of the wave have a result (those with at least one "
                + "response): a reader waits for that many before showing the wave's official table; 0 while the wave runs.",
                example = "63") long waveResults,
        @Schema(description = "The result's per-unit version, growing with every recomputation (also the ETag).", example = "5")
        long version) {
}
