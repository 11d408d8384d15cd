package vn.parindex.assessment;

import static vn.parindex.assessment.TestApi.admin;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the API tests set up again and again, in one place: a run id that keeps a test's codes apart from every other
 * test's, a methodology, and an assessment period open for the units of a level under a province (units are
 * registered with {@link TestApi#registerUnit}, valid from 2020-01-01).
 */
public final class AssessmentFixture {

    private AssessmentFixture() {
    }

    /** Six characters that make a test's codes its own. */
    public static String run() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    /** Imports a methodology document as an admin; it must be new (201). */
    public static void methodology(String document) {
        admin().body(document).post("/api/v1/methodologies").then().statusCode(201);
    }

    /**
     * Opens a period of a methodology for the units of a level under a province: the self-assessment deadline is the
     * one given, the explanation deadline 30 days later. Returns how many assessments the period opened with.
     *
     * @param surveyWave the SIPAS wave whose results fill the survey criteria, or null for any wave
     */
    public static int openPeriod(String code, String methodology, int year, String level, String province, OffsetDateTime selfDeadline,
            String surveyWave) {
        return admin().body("""
                {"code": "%s", "name": "Kỳ đánh giá %s", "methodologyCode": "%s", "year": %d, "unitLevel": "%s",
                 "parentKey": "%s@2020-01-01", "selfAssessmentDeadline": "%s", "explanationDeadline": "%s", "surveyWave": %s}
                """.formatted(code, code, methodology, year, level, province, selfDeadline, selfDeadline.plusDays(30),
                surveyWave == null ? "null" : "\"" + surveyWave + "\"")).post("/api/v1/periods").then().statusCode(201)
                .extract().path("assessments");
    }

    /** The same, with the self-assessment open for 30 more days and any survey wave. */
    public static int openPeriod(String code, String methodology, int year, String level, String province) {
        return openPeriod(code, methodology, year, level, province, OffsetDateTime.now().plusDays(30), null);
    }

    /** The path of a unit's assessment in a period. */
    public static String assessmentPath(String period, String unit) {
        return "/api/v1/periods/" + period + "/assessments/" + unit;
    }
}
