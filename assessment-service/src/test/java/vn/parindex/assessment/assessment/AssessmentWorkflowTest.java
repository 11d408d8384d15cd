package vn.parindex.assessment.assessment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.assessment.TestApi.admin;
import static vn.parindex.assessment.TestApi.appraiser;
import static vn.parindex.assessment.TestApi.registerUnit;
import static vn.parindex.assessment.TestApi.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.AssessmentFixture;
import vn.parindex.assessment.AsyncApiContract;
import vn.parindex.assessment.TestTokens;
import vn.parindex.assessment.period.PeriodScoreWorkbook;

/** A whole period through every workflow state, with the right and the wrong roles, over the real database and broker. */
@QuarkusTest
class AssessmentWorkflowTest {

    private static final String PUBLIC = "parindex.assessment-results.v1";
    private static final String INTERNAL = "parindex.internal.assessment-progress.v1";

    private static final String METHODOLOGY = """
            {"code": "%s", "name": "Chỉ số CCHC các sở (thử nghiệm)", "index": "PAR_INDEX", "unitLevel": "DEPARTMENT",
             "yearFrom": 2024, "yearTo": 2026,
             "areas": [
               {"code": "1", "name": "Chỉ đạo, điều hành", "maxPoints": 10, "children": [
                 {"code": "1.1", "name": "Kế hoạch CCHC", "maxPoints": 4, "rule": {"type": "BOOLEAN"}},
                 {"code": "1.2", "name": "Tỷ lệ nhiệm vụ hoàn thành", "maxPoints": 3, "rule": {"type": "RATIO"}},
                 {"code": "1.3", "name": "Kiểm tra CCHC", "maxPoints": 3, "mayBeNotApplicable": true, "rule": {"type": "MANUAL"}}]},
               {"code": "2", "name": "Thủ tục hành chính", "maxPoints": 60, "rule": {"type": "MANUAL"}},
               {"code": "3", "name": "Hài lòng", "maxPoints": 30, "channel": "SURVEY", "rule": {"type": "SURVEY"}}],
             "adjustments": [{"code": "THUONG", "name": "Điểm thưởng", "kind": "BONUS", "cap": 1}],
             "bands": [{"code": "TOT", "name": "Tốt", "minPercent": 90}, {"code": "KHA", "name": "Khá", "minPercent": 80},
                       {"code": "TB", "name": "Trung bình", "minPercent": 0}]}""";

    private String province;
    private String period;
    private String unitA;
    private String unitB;

    @BeforeEach
    void openAPeriod() {
        String run = AssessmentFixture.run();
        province = "P" + run;
        unitA = "DA" + run;
        unitB = "DB" + run;
        period = "SO-2025-" + run;
        registerUnit(province, "Tỉnh Thử Nghiệm", "PROVINCE", null);
        registerUnit(unitA, "Sở Nội vụ", "DEPARTMENT", province);
        registerUnit(unitB, "Sở Tư pháp", "DEPARTMENT", province);
        AssessmentFixture.methodology(METHODOLOGY.formatted("SO-" + run));
        openPeriod(period, "SO-" + run, OffsetDateTime.now().plusDays(30));
    }

    @Test
    void theSelfAssessmentIsTheUnitsOwnVersionedAndWithinEachMaximum() {
        String path = path(unitA);
        given().get("/api/v1/periods/" + period).then().statusCode(200).body("assessments", equalTo(2));
        selfAssess(path).then().statusCode(200).header("ETag", "\"2\"").body("status", equalTo("DRAFT"));

        unit(unitB).header("If-Match", "2").body("{\"criteria\": {\"2\": {\"points\": 1}}}").put(path + "/scores/self")
                .then().statusCode(403);
        unit(unitA).header("If-Match", "1").body("{\"criteria\": {\"2\": {\"points\": 1}}}").put(path + "/scores/self")
                .then().statusCode(409).body("detail", containsString("version 2"));
        unit(unitA).header("If-Match", "2").body("{\"criteria\": {\"2\": {\"points\": 61}, \"3\": {\"value\": 90}}}")
                .put(path + "/scores/self").then().statusCode(400)
                .body("errors.field", contains("criteria.2.points", "criteria.3"));
        appraiser().header("If-Match", "2").body("{\"criteria\": {\"2\": {\"points\": 1}}}").put(path + "/scores/self")
                .then().statusCode(403);
        unit(unitA).header("If-Match", "2").body("{\"criteria\": {\"3\": {\"value\": 90}}}").put(path + "/scores/survey")
                .then().statusCode(403);
    }

    /** 4 + 9/12 of 3 + 50.5 + bonus 1 = 57.75 of 97 (criterion 1.3, 3 points, does not apply). */
    @Test
    void beforePublicationTheResultIsTheUnitsAndTheStaffsOnly() {
        String path = path(unitA);
        selfAssess(path).then().statusCode(200);

        given().get(path + "/result").then().statusCode(404);
        unit(unitB).get(path + "/result").then().statusCode(403);
        unit(unitA).get(path + "/result").then().statusCode(200)
                .body("total", equalTo(57.75f)).body("maxPoints", equalTo(97.0f)).body("stages.'2'", equalTo("SELF"))
                .body("complete", equalTo(false));
        appraiser().get(path + "/result").then().statusCode(200).body("total", equalTo(57.75f));
    }

    @Test
    void aSubmittedSelfAssessmentIsLocked() {
        String path = path(unitA);
        selfAssess(path);
        unit(unitA).header("If-Match", "2").post(path + "/actions/submit").then().statusCode(200).body("status", equalTo("SUBMITTED"));

        unit(unitA).header("If-Match", "3").body("{\"criteria\": {\"2\": {\"points\": 60}}}").put(path + "/scores/self")
                .then().statusCode(409);
        unit(unitA).header("If-Match", "3").post(path + "/actions/publish").then().statusCode(403);
    }

    @Test
    void twoAppraisalRoundsAndTheExplanationBetweenThemAreKeptSideBySide() {
        String path = path(unitA);
        selfAssess(path);
        submit(path);
        appraiseTwoRounds(path);

        unit(unitA).get(path).then().statusCode(200).body("status", equalTo("APPRAISED")).header("ETag", "\"10\"");
        unit(unitA).get(path + "/appraisal-rounds").then().statusCode(200)
                .body("round", contains(1, 2))
                .body("[0].criteria.'2'.points", equalTo("45")).body("[0].criteria.'2'.note", equalTo("thiếu minh chứng"))
                .body("[0].criteria.'2'.explanation", equalTo("Bổ sung minh chứng: Quyết định 12/QĐ-SNV"))
                .body("[1].criteria.'2'.points", equalTo("48"));
    }

    /** The survey criterion is empty until the survey result, measured outside the platform, is entered: 90 % of 30 = 27. */
    @Test
    void finalizingWithAnEmptyCriterionIsRefusedNamingIt() {
        String path = path(unitA);
        selfAssess(path);
        submit(path);
        appraiseTwoRounds(path);

        appraiser().header("If-Match", "10").post(path + "/actions/finalize").then().statusCode(409)
                .body("errors.field", contains("criteria.3")).body("detail", containsString("incompleteReason"));
        admin().header("If-Match", "10").body("{\"criteria\": {\"3\": {\"value\": 90}}}").put(path + "/scores/survey")
                .then().statusCode(200);
        appraiser().header("If-Match", "11").post(path + "/actions/finalize").then().statusCode(200).body("status", equalTo("FINAL"));
    }

    @Test
    void resultsBecomeOfficialWithTheirPeriodNotUnitByUnit() {
        String path = path(unitA);
        takeToFinalThroughEveryStep(path);

        appraiser().header("If-Match", "13").post(path + "/actions/publish").then().statusCode(409)
                .body("detail", containsString("/api/v1/periods/" + period + "/actions/publish"));
        appraiser().header("If-Match", "1").post("/api/v1/periods/" + period + "/actions/publish").then().statusCode(200)
                .header("ETag", "\"2\"").body("publishedAt", notNullValue())
                .body("assessments", equalTo(2)).body("publishedAssessments", equalTo(1));
        appraiser().header("If-Match", "2").post("/api/v1/periods/" + period + "/actions/publish").then().statusCode(409);
        // the other unit, final later, is published on its own
        takeToFinal(unitB);
        appraiser().header("If-Match", "6").post(path(unitB) + "/actions/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    /** 4 (final) + 2.25 (self) + 48 (appraised) + 27 (survey) + bonus 0.5 (final) = 81.75 of 97, group KHA. */
    @Test
    void aPublishedResultIsPublicAndSaysWhereEachCriterionsPointsComeFrom() {
        String path = path(unitA);
        takeToFinalThroughEveryStep(path);
        publishPeriod();

        given().get(path + "/result").then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("total", equalTo(81.75f)).body("bonus", equalTo(0.5f))
                .body("stages.'1.1'", equalTo("FINAL")).body("stages.'2'", equalTo("APPRAISED")).body("stages.'1.2'", equalTo("SELF"))
                .body("stages.'3'", equalTo("SURVEY")).body("complete", equalTo(true)).body("maxPoints", equalTo(97.0f))
                .body("areas[0].applicableMaxPoints", equalTo(7.0f)).body("band", equalTo("KHA"));
    }

    /**
     * Every change goes out on the internal progress topic with the next version; the public topic carries the result
     * only from its publication on, the correction included, and never a draft.
     */
    @Test
    void aCorrectionAfterPublicationIsAuditedAndGoesOutWithTheNextVersion() throws Exception {
        KafkaCompanion kafka = new KafkaCompanion(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        ConsumerTask<String, String> events = kafka.consumeStrings().withGroupId("test-" + UUID.randomUUID())
                .withProp("auto.offset.reset", "earliest").fromTopics(PUBLIC, INTERNAL);
        String path = path(unitA);
        takeToFinalThroughEveryStep(path);
        publishPeriod();
        takeToFinal(unitB);
        appraiser().header("If-Match", "6").post(path(unitB) + "/actions/publish").then().statusCode(200);

        appraiser().header("If-Match", "14").body("{\"criteria\": {\"2\": {\"points\": 58}}}").put(path + "/scores/final")
                .then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().get(path + "/result").then().body("total", equalTo(91.75f)).body("stages.'2'", equalTo("FINAL")).body("band", equalTo("TOT"));
        appraiser().get(path + "/audit").then().statusCode(200)
                .body("field", hasItem("criteria.2.APPRAISED.points"))
                .body("findAll { it.field == 'status' }.newValue",
                        contains("SUBMITTED", "APPRAISED", "EXPLANATION_REQUESTED", "EXPLAINED", "APPRAISED", "FINAL", "PUBLISHED"))
                .body("find { it.field == 'criteria.2.FINAL.points' }.newValue", equalTo("58"))
                .body("find { it.field == 'criteria.2.SELF.explanation' }.actor", equalTo("test-unit"));

        String key = period + "/" + unitA;
        await().atMost(Duration.ofSeconds(20)).until(() -> events.getRecords().stream().filter(r -> key.equals(r.key()))
                .filter(r -> r.value().contains("\"total\":91.75")).count() >= 2);
        List<ConsumerRecord<String, String>> internal = mine(events, INTERNAL, key);
        List<ConsumerRecord<String, String>> published = mine(events, PUBLIC, key);
        List<Long> versions = internal.stream().map(r -> readVersion(r.value())).toList();
        assertEquals(LongStream.rangeClosed(1, versions.size()).boxed().toList(), versions, "every change, the next version");
        assertTrue(published.size() >= 2 && published.size() < internal.size(), "the publication and the correction: " + published.size());
        for (ConsumerRecord<String, String> record : published) {
            assertEquals("PUBLISHED", new ObjectMapper().readTree(record.value()).get("status").asText(), "no draft on the public topic");
        }
        ConsumerRecord<String, String> last = published.get(published.size() - 1);
        JsonNode payload = new ObjectMapper().readTree(last.value());
        assertEquals(0, new java.math.BigDecimal("91.75").compareTo(payload.get("total").decimalValue()));
        assertEquals(2, payload.get("periodPublishedUnits").asLong(), "both units of the period are official by then");
        assertEquals(versions.get(versions.size() - 1), payload.get("version").asLong(), "the public record keeps the version");
        assertEquals(List.of(), List.copyOf(AsyncApiContract.read(AsyncApiContract.DOCUMENT)
                .validate("parindex.assessment-result.changed.v1", last.value())));
        events.stop();
        kafka.close();
    }

    private static List<ConsumerRecord<String, String>> mine(ConsumerTask<String, String> events, String topic, String key) {
        return events.getRecords().stream().filter(r -> topic.equals(r.topic()) && key.equals(r.key())).toList();
    }

    private String path(String unit) {
        return AssessmentFixture.assessmentPath(period, unit);
    }

    /** Version 1 → 2: two criteria scored, one a ratio, one not applicable, and the bonus. */
    private static io.restassured.response.Response selfAssess(String path) {
        return unit(path.substring(path.lastIndexOf('/') + 1)).header("If-Match", "1").body("""
                {"criteria": {"1.1": {"achieved": true}, "1.2": {"numerator": 9, "denominator": 12, "note": "9/12 nhiệm vụ"},
                              "1.3": {"notApplicable": true}, "2": {"points": 50.5}}, "adjustments": {"THUONG": 1}}""")
                .put(path + "/scores/self");
    }

    /** Version 2 → 3. */
    private static void submit(String path) {
        unit(path.substring(path.lastIndexOf('/') + 1)).header("If-Match", "2").post(path + "/actions/submit").then().statusCode(200);
    }

    /** Version 3 → 10: round 1 (45, with a note), an explanation asked and given, round 2 (48). */
    private static void appraiseTwoRounds(String path) {
        String unit = path.substring(path.lastIndexOf('/') + 1);
        appraiser().header("If-Match", "3").body("{\"criteria\": {\"2\": {\"points\": 45, \"note\": \"thiếu minh chứng\"}}}")
                .put(path + "/scores/appraised").then().statusCode(200);
        appraiser().header("If-Match", "4").post(path + "/actions/appraise").then().statusCode(200).body("status", equalTo("APPRAISED"));
        appraiser().header("If-Match", "5").post(path + "/actions/request-explanation").then().statusCode(200)
                .body("status", equalTo("EXPLANATION_REQUESTED"));
        unit(unit).header("If-Match", "6").body("{\"2\": \"Bổ sung minh chứng: Quyết định 12/QĐ-SNV\"}").put(path + "/explanations")
                .then().statusCode(200);
        unit(unit).header("If-Match", "7").post(path + "/actions/explain").then().statusCode(200).body("status", equalTo("EXPLAINED"));
        appraiser().header("If-Match", "8").body("{\"criteria\": {\"2\": {\"points\": 48}}}").put(path + "/scores/appraised")
                .then().statusCode(200);
        appraiser().header("If-Match", "9").post(path + "/actions/appraise").then().statusCode(200);
    }

    /** Version 1 → 13 through every step: the survey result, FINAL, then final points for 1.1 and the bonus. */
    private static void takeToFinalThroughEveryStep(String path) {
        selfAssess(path).then().statusCode(200);
        submit(path);
        appraiseTwoRounds(path);
        admin().header("If-Match", "10").body("{\"criteria\": {\"3\": {\"value\": 90}}}").put(path + "/scores/survey")
                .then().statusCode(200);
        appraiser().header("If-Match", "11").post(path + "/actions/finalize").then().statusCode(200);
        appraiser().header("If-Match", "12").body("{\"criteria\": {\"1.1\": {\"achieved\": true}}, \"adjustments\": {\"THUONG\": 0.5}}")
                .put(path + "/scores/final").then().statusCode(200);
    }

    private void publishPeriod() {
        appraiser().header("If-Match", "1").post("/api/v1/periods/" + period + "/actions/publish").then().statusCode(200);
    }

    @Test
    void theScoreSheetGoesOutAndTheSelfAssessmentComesBackIn() throws Exception {
        String path = "/api/v1/periods/" + period + "/assessments/" + unitA;
        byte[] sheet = unit(unitA).accept(ScoreWorkbook.MEDIA_TYPE).get(path).then().statusCode(200)
                .contentType(ScoreWorkbook.MEDIA_TYPE).header("ETag", "\"1\"").extract().asByteArray();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet scores = workbook.getSheet("Chấm điểm");
            row(scores, "1.1").createCell(5).setCellValue("Có");
            row(scores, "2").createCell(4).setCellValue(50.5);
            row(scores, "2").createCell(10).setCellValue("Báo cáo số 45/BC-SNV");
            workbook.getSheet("Điểm thưởng, điểm trừ").getRow(1).createCell(4).setCellValue(1);
            workbook.write(out);
            filled = out.toByteArray();
        }

        unit(unitA).contentType(ScoreWorkbook.MEDIA_TYPE).header("If-Match", "1").body(filled).put(path + "/scores/self")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("criteria.SELF.'2'.points", equalTo(50.5f)).body("criteria.SELF.'2'.note", equalTo("Báo cáo số 45/BC-SNV"))
                .body("criteria.SELF.'1.1'.achieved", equalTo(true)).body("adjustments.SELF.THUONG", equalTo(1.0f));
        unit(unitA).get(path + "/result").then().body("total", equalTo(55.5f));
        appraiser().contentType(ScoreWorkbook.MEDIA_TYPE).header("If-Match", "2").body(filled).put(path + "/scores/self")
                .then().statusCode(403);

        byte[] out = appraiser().accept(ScoreWorkbook.MEDIA_TYPE).get(path).then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out))) {
            Row counted = row(workbook.getSheet("Chấm điểm"), "2");
            assertEquals(50.5, counted.getCell(13).getNumericCellValue());
            assertEquals("SELF", counted.getCell(14).getStringCellValue());
        }
    }

    private static Row row(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }

    @Test
    void anIncompleteResultIsFinalizedAndPublishedOnlyByAnAdminGivingTheReason() {
        String path = "/api/v1/periods/" + period + "/assessments/" + unitA;
        unit(unitA).header("If-Match", "1").body("""
                {"criteria": {"1.1": {"achieved": true}, "1.2": {"numerator": 1, "denominator": 2}, "1.3": {"points": 3},
                              "2": {"points": 40}}}""").put(path + "/scores/self").then().statusCode(200);
        unit(unitA).header("If-Match", "2").post(path + "/actions/submit").then().statusCode(200);
        appraiser().header("If-Match", "3").post(path + "/actions/appraise").then().statusCode(200);

        appraiser().header("If-Match", "4").body("{\"incompleteReason\": \"chưa có kết quả khảo sát\"}")
                .post(path + "/actions/finalize").then().statusCode(409).body("errors.field", contains("criteria.3"));
        admin().header("If-Match", "4").body("{\"incompleteReason\": \"  \"}").post(path + "/actions/finalize")
                .then().statusCode(409);
        admin().header("If-Match", "4").body("{\"incompleteReason\": \"Kết quả SIPAS năm 2025 chưa công bố\"}")
                .post(path + "/actions/finalize").then().statusCode(200).body("status", equalTo("FINAL"));
        appraiser().header("If-Match", "1").post("/api/v1/periods/" + period + "/actions/publish").then().statusCode(200)
                .body("publishedAssessments", equalTo(1));

        given().get(path + "/result").then().statusCode(200).body("complete", equalTo(false)).body("total", equalTo(48.5f));
        appraiser().get(path + "/audit").then()
                .body("find { it.field == 'incompleteReason' }.newValue", equalTo("Kết quả SIPAS năm 2025 chưa công bố"))
                .body("find { it.field == 'incompleteReason' }.actor", equalTo("test-admin"));
    }

    @Test
    void manyUnitsTakeAStepInOneCallEachDoneOrRefusedOnItsOwn() {
        String assessments = "/api/v1/periods/" + period + "/assessments/";
        for (String unit : List.of(unitA, unitB)) {
            unit(unit).header("If-Match", "1").body("{\"criteria\": {\"2\": {\"points\": 40}}}").put(assessments + unit + "/scores/self")
                    .then().statusCode(200);
        }

        given().auth().oauth2(TestTokens.token("unit", unitA, unitB)).contentType(ContentType.JSON).body("""
                {"units": [{"unit": "%s", "version": 2}, {"unit": "%s", "version": 1}]}""".formatted(unitA, unitB))
                .post("/api/v1/periods/" + period + "/actions/submit").then().statusCode(200)
                .body("done", equalTo(1)).body("refused", equalTo(1))
                .body("units[0].unit", equalTo(unitA)).body("units[0].result", equalTo("DONE"))
                .body("units[0].status", equalTo("SUBMITTED")).body("units[0].version", equalTo(3))
                .body("units[1].result", equalTo("REFUSED")).body("units[1].problemStatus", equalTo(409))
                .body("units[1].currentVersion", equalTo(2));
        // a unit account acts only for its own units, each refusal reported with the others going on
        unit(unitB).body("""
                {"units": [{"unit": "%s", "version": 3}, {"unit": "%s", "version": 2}]}""".formatted(unitA, unitB))
                .post("/api/v1/periods/" + period + "/actions/submit").then().statusCode(200)
                .body("units.problemStatus", contains(403, null)).body("units[1].status", equalTo("SUBMITTED"));
        appraiser().body("""
                {"units": [{"unit": "%s", "version": 3}, {"unit": "%s", "version": 3}]}""".formatted(unitA, unitB))
                .post("/api/v1/periods/" + period + "/actions/appraise").then().statusCode(200).body("done", equalTo(2));
        appraiser().body("""
                {"units": [{"unit": "%s", "version": 4}, {"unit": "%s", "version": 4}]}""".formatted(unitA, unitA))
                .post("/api/v1/periods/" + period + "/actions/finalize").then().statusCode(400)
                .body("errors[0].field", equalTo("units[1].unit"));
        appraiser().body("{\"units\": [{\"unit\": \"%s\", \"version\": 4}]}".formatted(unitA))
                .post("/api/v1/periods/" + period + "/actions/finalize").then().statusCode(200)
                .body("units[0].problemStatus", equalTo(409)).body("units[0].errors.field", hasItem("criteria.3"));
    }

    @Test
    void anAppraiserAppraisesManyUnitsInOneWorkbook() throws Exception {
        String assessments = "/api/v1/periods/" + period + "/assessments/";
        for (String unit : List.of(unitA, unitB)) {
            unit(unit).header("If-Match", "1").body("{\"criteria\": {\"2\": {\"points\": 50}}}").put(assessments + unit + "/scores/self")
                    .then().statusCode(200);
            unit(unit).header("If-Match", "2").post(assessments + unit + "/actions/submit").then().statusCode(200);
        }
        byte[] sheet = appraiser().accept(PeriodScoreWorkbook.MEDIA_TYPE).get("/api/v1/periods/" + period + "/scores/appraised")
                .then().statusCode(200).contentType(PeriodScoreWorkbook.MEDIA_TYPE).extract().asByteArray();
        unit(unitA).accept(PeriodScoreWorkbook.MEDIA_TYPE).get("/api/v1/periods/" + period + "/scores/appraised").then().statusCode(403);

        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet rows = workbook.getSheet("Chấm điểm các đơn vị");
            assertEquals("Thẩm định: điểm", rows.getRow(0).getCell(14).getStringCellValue());
            assertEquals(8, rows.getLastRowNum(), "two units × four self-assessed criteria");
            Row criterion2 = unitRow(rows, unitA, "2");
            assertEquals(3.0, criterion2.getCell(2).getNumericCellValue(), "the version the appraiser read");
            assertEquals(50.0, criterion2.getCell(8).getNumericCellValue(), "the unit's self-assessment");
            criterion2.createCell(14).setCellValue(45);
            criterion2.createCell(20).setCellValue("thiếu minh chứng");
            workbook.getSheet("Điểm thưởng, điểm trừ").getRow(1).createCell(8).setCellValue(0.5);
            workbook.write(out);
            filled = out.toByteArray();
        }

        appraiser().contentType(PeriodScoreWorkbook.MEDIA_TYPE).body(filled).put("/api/v1/periods/" + period + "/scores/appraised")
                .then().statusCode(200).body("done", equalTo(1)).body("units.unit", contains(unitA))
                .body("units[0].version", equalTo(4));
        appraiser().get(assessments + unitA).then().body("criteria.APPRAISED.'2'.points", equalTo(45.0f))
                .body("criteria.APPRAISED.'2'.note", equalTo("thiếu minh chứng")).body("adjustments.APPRAISED.THUONG", equalTo(0.5f));
        // the same workbook again: what it holds is stored, nothing is written
        appraiser().contentType(PeriodScoreWorkbook.MEDIA_TYPE).body(filled).put("/api/v1/periods/" + period + "/scores/appraised")
                .then().statusCode(200).body("unchanged", equalTo(1)).body("done", equalTo(0));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filled)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            unitRow(workbook.getSheet("Chấm điểm các đơn vị"), unitA, "2").getCell(14).setCellValue(46);
            unitRow(workbook.getSheet("Chấm điểm các đơn vị"), unitB, "2").createCell(14).setCellValue("bốn mươi");
            workbook.write(out);
            appraiser().contentType(PeriodScoreWorkbook.MEDIA_TYPE).body(out.toByteArray())
                    .put("/api/v1/periods/" + period + "/scores/appraised").then().statusCode(400)
                    .body("errors[0].field", containsString("Chấm điểm các đơn vị!O"));
        }
        // an appraisal workbook is not final points, nor another period's
        appraiser().contentType(PeriodScoreWorkbook.MEDIA_TYPE).body(filled).put("/api/v1/periods/" + period + "/scores/final")
                .then().statusCode(400).body("errors[0].field", equalTo("Thông tin!B2"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filled)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            unitRow(workbook.getSheet("Chấm điểm các đơn vị"), unitA, "2").getCell(14).setCellValue(46);
            workbook.write(out);
            // the rows still carry version 3; the unit is at 4 since the first upload
            appraiser().contentType(PeriodScoreWorkbook.MEDIA_TYPE).body(out.toByteArray())
                    .put("/api/v1/periods/" + period + "/scores/appraised").then().statusCode(200)
                    .body("refused", equalTo(1)).body("units[0].problemStatus", equalTo(409)).body("units[0].currentVersion", equalTo(4));
        }
    }

    private static Row unitRow(Sheet sheet, String unit, String criterion) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && unit.equals(row.getCell(0).getStringCellValue()) && criterion.equals(row.getCell(4).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + unit + " " + criterion);
    }

    @Test
    void aSubmissionAfterTheDeadlineIsRefused() {
        String late = period + "-LATE";
        openPeriod(late, given().get("/api/v1/periods/" + period).then().extract().path("methodologyCode"),
                OffsetDateTime.now().minusDays(1));

        unit(unitA).header("If-Match", "1").post("/api/v1/periods/" + late + "/assessments/" + unitA + "/actions/submit")
                .then().statusCode(409).body("detail", containsString("deadline"));
    }

    @Test
    void aPeriodListsItsUnitsAndShowsPointsOnlyWhenPublished() {
        given().get("/api/v1/periods/" + period + "/assessments").then().statusCode(200)
                .body("unitCode", contains(unitA, unitB)).body("total", contains(null, null));
        appraiser().get("/api/v1/periods/" + period + "/assessments").then().statusCode(200)
                .body("total", hasSize(2)).body("[0].total", equalTo(0.0f));
    }

    @Test
    void aPeriodMustFitItsMethodology() {
        admin().body("""
                {"code": "%s-X", "name": "Sai cấp", "methodologyCode": "PAR-PROVINCE-2020", "year": 2020, "unitLevel": "DEPARTMENT",
                 "selfAssessmentDeadline": "2021-02-15T17:00:00+07:00", "explanationDeadline": "2021-03-15T17:00:00+07:00"}
                """.formatted(period)).post("/api/v1/periods").then().statusCode(400).body("errors[0].field", equalTo("unitLevel"));
        given().auth().oauth2(TestTokens.token("appraiser")).contentType(ContentType.JSON).body("{}").post("/api/v1/periods")
                .then().statusCode(403);
    }

    private void openPeriod(String code, String methodology, OffsetDateTime selfDeadline) {
        assertEquals(2, AssessmentFixture.openPeriod(code, methodology, 2025, "DEPARTMENT", province, selfDeadline, null));
    }

    /** Takes a unit from DRAFT to FINAL with every criterion filled in. */
    private void takeToFinal(String unit) {
        String path = "/api/v1/periods/" + period + "/assessments/" + unit;
        unit(unit).header("If-Match", "1").body("""
                {"criteria": {"1.1": {"achieved": true}, "1.2": {"numerator": 1, "denominator": 1}, "1.3": {"points": 3},
                              "2": {"points": 40}}}""").put(path + "/scores/self").then().statusCode(200);
        admin().header("If-Match", "2").body("{\"criteria\": {\"3\": {\"value\": 80}}}").put(path + "/scores/survey").then().statusCode(200);
        unit(unit).header("If-Match", "3").post(path + "/actions/submit").then().statusCode(200);
        appraiser().header("If-Match", "4").post(path + "/actions/appraise").then().statusCode(200);
        appraiser().header("If-Match", "5").post(path + "/actions/finalize").then().statusCode(200);
    }

    private static long readVersion(String json) {
        try {
            return new ObjectMapper().readTree(json).get("version").asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
