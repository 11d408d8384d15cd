package vn.parindex.assessment.sipas.messaging;

import java.math.BigDecimal;

/**
 * What this service reads of survey-service's {@code parindex.survey-result.changed.v1}: the wave, the unit, the
 * overall satisfaction and the version. Other fields are ignored.
 */
public record SurveyResultChanged(String waveCode, int year, String unitCode, String waveStatus, Result result, long version) {

    public record Result(long respondents, Estimate index) {
    }

    public record Estimate(BigDecimal percent, BigDecimal ciLow, BigDecimal ciHigh) {
    }

    public boolean isFinal() {
        return "CLOSED".equals(waveStatus);
    }
}
