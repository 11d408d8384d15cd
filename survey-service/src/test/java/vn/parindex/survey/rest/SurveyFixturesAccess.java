package vn.parindex.survey.rest;

import java.util.Map;

/** The fixtures for tests in other packages. */
public final class SurveyFixturesAccess {

    private SurveyFixturesAccess() {
    }

    public static String openWave() {
        return SurveyFixtures.openWave(false);
    }

    public static Map<String, Object> response(String id, String unit, int answer) {
        return SurveyFixtures.response(id, unit, answer);
    }
}
