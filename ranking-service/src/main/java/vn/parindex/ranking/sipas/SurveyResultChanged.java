package vn.parindex.ranking.sipas;

import java.math.BigDecimal;
import java.util.List;

/**
 * What this service reads of survey-service's {@code parindex.survey-result.changed.v1}; other fields are ignored.
 *
 * @param waveResults in a final result, how many units of the wave have a result (0 in events from before it was sent)
 */
public record SurveyResultChanged(String waveCode, String waveName, int year, String unitLevel, String unitCode, String unitName,
        String waveStatus, Result result, long waveResults, long version) {

    public record Result(long respondents, Estimate index, List<Factor> factors, String group, String groupName) {
    }

    public record Estimate(BigDecimal percent, BigDecimal standardError, BigDecimal ciLow, BigDecimal ciHigh) {
    }

    public record Factor(String code, String name, BigDecimal percent, BigDecimal standardError, BigDecimal ciLow, BigDecimal ciHigh) {
    }
}
