package vn.parindex.survey.result.messaging;

import java.math.BigDecimal;
import java.time.Instant;
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
public record SurveyResultChanged(String waveCode, String waveName, int year, String unitLevel, String questionnaireCode,
        int questionnaireVersion, String unitCode, String unitName, Wave.Status waveStatus, int target,
        BigDecimal coveragePercent, SatisfactionResult result, int replicates, long seed, Instant computedAt, long waveResults,
        long version) {
}
