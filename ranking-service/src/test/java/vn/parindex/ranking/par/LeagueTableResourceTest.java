package vn.parindex.ranking.par;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.ranking.AsyncApiContract;
import vn.parindex.ranking.Broker;
import vn.parindex.ranking.TestTokens;
import vn.parindex.ranking.messaging.ConsumedEvent;

/** Over the real broker: results arrive as events and the league table ranks them. */
@QuarkusTest
class LeagueTableResourceTest {

    private static final String TOPIC = "parindex.internal.assessment-progress.v1";
    private String period;
    private int year = 2020;
    private String methodology = "PAR-PROVINCE-2020";

    @BeforeEach
    void connect() {
        period = "PAR-T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Broker.awaitReady();
    }


    @Test
    void theOfficialTableRanksPublishedResultsAndTheProvisionalOneEveryResult() {
        send("24", "Tỉnh Bắc Giang", "PUBLISHED", "85.5900", "7.92", "8.04", 3);
        send("06", "Tỉnh Bắc Kạn", "PUBLISHED", "78.5668", "6.9", "8.4", 5);
        send("01", "Thành phố Hà Nội", "FINAL", "91.0000", "8.1", "11", 4);
        send("22", "Tỉnh Quảng Ninh", "PUBLISHED", "85.5900", "8.2", "9", 2);
        awaitRows(4);

        given().get("/api/v1/league-tables/" + period).then().statusCode(200)
                .body("fieldSize", equalTo(3)).body("tieRule", equalTo("STANDARD_COMPETITION"))
                .body("rows.unitCode", contains("22", "24", "06")).body("rows.rank", contains(1, 1, 3))
                .body("rows[2].band", equalTo("C")).body("rows[1].areas.find { it.code == '6' }.rank", equalTo(3))
                .body("rows[2].areas.find { it.code == '6' }.rank", equalTo(2));
        given().queryParam("visibility", "PROVISIONAL").get("/api/v1/league-tables/" + period).then().statusCode(401);
        given().auth().oauth2(TestTokens.token("unit", "24")).queryParam("visibility", "PROVISIONAL")
                .get("/api/v1/league-tables/" + period).then().statusCode(403);
        given().auth().oauth2(TestTokens.token("appraiser")).queryParam("visibility", "PROVISIONAL")
                .get("/api/v1/league-tables/" + period).then().statusCode(200)
                .body("fieldSize", equalTo(4)).body("rows.unitCode", contains("01", "22", "24", "06"));
        given().queryParam("area", "6").get("/api/v1/league-tables/" + period).then().statusCode(200)
                .body("rows.unitCode", contains("22", "06", "24")).body("rows[0].points", equalTo(9));

        // every change of the official table went out on parindex.league-tables.v1: three published results, three versions
        ConsumerTask<String, String> tables = Broker.companion().consumeStrings().withGroupId("test-" + UUID.randomUUID())
                .withProp("auto.offset.reset", "earliest").fromTopics("parindex.league-tables.v1");
        ConsumerRecord<String, String> latest = await().atMost(Duration.ofSeconds(20)).until(() -> tables.getRecords().stream()
                .filter(r -> ("PAR/" + period).equals(r.key()) && r.value().contains("\"version\":3")).findFirst().orElse(null), r -> r != null);
        tables.stop();
        assertTrue(latest.value().contains("\"fieldSize\":3"), latest.value());
        assertEquals(List.of(), List.copyOf(AsyncApiContract.read(AsyncApiContract.DOCUMENT)
                .validate("parindex.league-table.changed.v1", latest.value())));
    }

    @Test
    void theTableDownloadsAsCsvInVietnameseOrEnglish() {
        send("24", "Tỉnh Bắc Giang", "PUBLISHED", "85.5900", "7.92", "8.04", 1);
        send("06", "Tỉnh Bắc Kạn", "PUBLISHED", "78.5668", "6.9", "8.4", 1);
        awaitRows(2);

        String vietnamese = given().accept("text/csv").queryParam("lang", "vi").get("/api/v1/league-tables/" + period)
                .then().statusCode(200).contentType(containsString("text/csv")).header("Content-Disposition", containsString(period + ".csv"))
                .extract().asString();
        assertEquals(List.of("\ufeffHạng;Số đơn vị;Mã đơn vị;Đơn vị;Điểm;Điểm tối đa;Chỉ số (%);Nhóm;Điểm lĩnh vực 1. Chỉ đạo, điều hành;"
                        + "Điểm lĩnh vực 6. Tài chính công;Hạng lĩnh vực 1. Chỉ đạo, điều hành;Hạng lĩnh vực 6. Tài chính công",
                "1;2;24;Tỉnh Bắc Giang;85,59;100;85,59;B;7,92;8,04;1;2",
                "2;2;06;Tỉnh Bắc Kạn;78,5668;100;78,57;C;6,9;8,4;2;1"), vietnamese.lines().toList());

        String english = given().accept("text/csv").get("/api/v1/league-tables/" + period).then().statusCode(200).extract().asString();
        assertEquals("2,2,06,Tỉnh Bắc Kạn,78.5668,100,78.57,C,6.9,8.4,2,1", english.lines().toList().get(2));

        byte[] xlsx = given().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").queryParam("lang", "vi")
                .get("/api/v1/league-tables/" + period).then().statusCode(200).header("Content-Disposition", containsString(".xlsx"))
                .extract().asByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Hạng", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Tỉnh Bắc Kạn", sheet.getRow(2).getCell(3).getStringCellValue());
            assertEquals(78.5668, sheet.getRow(2).getCell(4).getNumericCellValue(), 1e-9);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPeriodPublishedAtOnceAppearsWholeNeverUnitByUnit() {
        send("24", "Tỉnh Bắc Giang", "PUBLISHED", "85.5900", "7.92", "8.04", 2, 3);
        send("06", "Tỉnh Bắc Kạn", "PUBLISHED", "78.5668", "6.9", "8.4", 2, 3);
        awaitRows(2);
        given().get("/api/v1/league-tables/" + period).then().statusCode(404);

        send("22", "Tỉnh Quảng Ninh", "PUBLISHED", "86.0000", "8.2", "9", 2, 3);
        awaitRows(3);
        given().get("/api/v1/league-tables/" + period).then().statusCode(200).body("fieldSize", equalTo(3))
                .body("rows.unitCode", contains("22", "24", "06"));
    }

    @Test
    void anOlderVersionChangesNothing() {
        send("24", "Tỉnh Bắc Giang", "PUBLISHED", "85.5900", "7.92", "8.04", 7);
        send("24", "Tỉnh Bắc Giang", "PUBLISHED", "60.0000", "7.92", "8.04", 6);
        send("06", "Tỉnh Bắc Kạn", "PUBLISHED", "78.5668", "6.9", "8.4", 1);
        awaitRows(2);
        // the older version has been read and recorded (as stale), not merely not read yet
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew().call(() -> ConsumedEvent
                .count("recordKey = ?1 and version = ?2", period + "/24", 6L)) == 1);

        given().get("/api/v1/league-tables/" + period).then().statusCode(200)
                .body("rows[0].unitCode", equalTo("24")).body("rows[0].percent", equalTo(85.59f));
    }

    @Test
    void aPeriodWithoutPublishedResultsHasNoOfficialTable() {
        given().get("/api/v1/league-tables/NO-SUCH-PERIOD").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("visibility", "SOMETIMES").get("/api/v1/league-tables/NO-SUCH-PERIOD").then().statusCode(400)
                .body("errors[0].field", equalTo("visibility"));
    }

    /** Bắc Giang 25/63 → 13/63 is "up 12"; here 2 units: Bắc Kạn 1st → 2nd, Bắc Giang 2nd → 1st. */
    @Test
    void aRowComparesWithTheSameUnitInThePreviousYearsTable() {
        String family = "PAR-T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String current = period;
        period = current + "-2019";
        year = 2019;
        methodology = family + "-2017";
        send("24", "Tỉnh Bắc Giang", "PUBLISHED", "78.0000", "7", "8", 1);
        send("06", "Tỉnh Bắc Kạn", "PUBLISHED", "79.0170", "6.9", "8.4", 1);
        awaitRows(2);
        period = current;
        year = 2020;
        methodology = family + "-2020";
        send("24", "Tỉnh Bắc Giang", "PUBLISHED", "85.5900", "7.92", "8.04", 1);
        send("06", "Tỉnh Bắc Kạn", "PUBLISHED", "78.5668", "6.9", "8.4", 1);
        awaitRows(2);
        given().get("/api/v1/league-tables/" + period).then().statusCode(200)
                .body("rows[0].unitCode", equalTo("24")).body("rows[0].change.basis", equalTo("SAME_UNIT"))
                .body("rows[0].change.previousRank", equalTo(2)).body("rows[0].change.rankChange", equalTo(1))
                .body("rows[0].change.pointsChange", equalTo(7.59f))
                .body("rows[1].change.rankChange", equalTo(-1)).body("rows[1].change.pointsChange", equalTo(-0.4502f));
        given().accept("text/csv").get("/api/v1/league-tables/" + period).then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("Previous rank,Previous field size,Rank change,Points change,Basis,Predecessors"));
    }

    /** Bắc Kạn 78.5668 (group C) behind Bắc Giang 85.59: 7.0232 points to rank 1, 1.4332 to group B. */
    @Test
    void theGapNamesWhereTheUnitLostPointsAndHowFarTheNextRankAndGroupAre() {
        send("24", "Tỉnh Bắc Giang", "PUBLISHED", "85.5900", "7.92", "8.04", 1);
        send("06", "Tỉnh Bắc Kạn", "PUBLISHED", "78.5668", "6.9", "8.4", 1);
        awaitRows(2);
        given().get("/api/v1/league-tables/" + period + "/units/06/gap").then().statusCode(200)
                .body("rank", equalTo(2)).body("group", equalTo("C"))
                .body("areas.code", contains("6", "1")).body("areas[0].lost", equalTo(3.6f))
                .body("targets[0].rank", equalTo(1)).body("targets[0].points", equalTo(7.0232f))
                .body("nextGroup.group", equalTo("B")).body("nextGroup.points", equalTo(1.4332f));
        given().get("/api/v1/league-tables/" + period + "/units/06/gap?targetRank=9").then().statusCode(400)
                .body("errors[0].field", equalTo("targetRank"));
        given().get("/api/v1/league-tables/" + period + "/units/99/gap").then().statusCode(404);
    }

    /**
     * Unit 24 scores everything that applies to it: criterion 1.2 (4 points) is not applicable, public finance not at all.
     * It lost nothing, so its gap lists no lost points there; it has no rank in public finance, and the area table of
     * public finance holds only the unit to which it applies.
     */
    /**
     * An event from before the producer sent applicable maxima, points below them and not-applicable flags is read with
     * what it has (below = max − points); one whose criterion has no points goes to the dead letters, never into a table
     * that would then fail to build.
     */
    @Test
    void aResultWithoutTheNewerNodeFieldsIsReadAndOneWithoutPointsIsRefused() {
        ConsumerTask<String, String> deadLetters = Broker.companion().consumeStrings().withGroupId("test-" + UUID.randomUUID())
                .withProp("auto.offset.reset", "earliest").fromTopics("parindex.dead-letter.v1");
        String legacy = """
                {"code":"1","name":"Chỉ đạo, điều hành","points":6.9,"maxPoints":8.5,"percent":81.18,"children":[]}""";
        send("24", "Tỉnh Bắc Giang", "PUBLISHED", legacy, "6.9000", "8.5000", "81.1764705882352941", 1, 0);
        String broken = """
                {"code":"1","name":"Chỉ đạo, điều hành","points":8.5,"maxPoints":8.5,"percent":100,"children":[
                  {"code":"1.1","name":"Kế hoạch CCHC","points":null,"maxPoints":4.5,"percent":100,"children":[]}]}""";
        send("06", "Tỉnh Bắc Kạn", "PUBLISHED", broken, "8.5000", "8.5000", "100", 1, 0);
        awaitRows(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> deadLetters.getRecords().stream().anyMatch(r -> (period + "/06").equals(r.key())));
        deadLetters.stop();

        given().get("/api/v1/league-tables/" + period + "/units/24/gap").then().statusCode(200)
                .body("areas[0].lost", equalTo(1.6f)).body("areas[0].maxPoints", equalTo(8.5f));
        given().get("/api/v1/league-tables/" + period).then().statusCode(200)
                .body("fieldSize", equalTo(1)).body("rows.unitCode", contains("24"));
    }

    @Test
    void pointsNotApplicableAreNeverLostAndAnAreaThatDoesNotApplyIsNotRanked() {
        String full = """
                {"code":"1","name":"Chỉ đạo, điều hành","points":4.5000,"maxPoints":8.5,"applicableMaxPoints":4.5000,"percent":100,\
                "pointsBelowMax":0.0000,"notApplicable":false,"complete":true,"children":[%s,%s]}""".formatted(
                area("1.1", "Kế hoạch CCHC", "4.5", "4.5", "[]"), notApplicable("1.2", "Kiểm tra CCHC", "4"));
        send("24", "Tỉnh Bắc Giang", "PUBLISHED", full + "," + notApplicable("6", "Tài chính công", "12"), "4.5000", "4.5000", "100", 1, 0);
        String other = area("1", "Chỉ đạo, điều hành", "6.9", "8.5", "[]") + "," + area("6", "Tài chính công", "8.4", "12", "[]");
        send("06", "Tỉnh Bắc Kạn", "PUBLISHED", other, "15.3000", "20.5000", "74.6341463414634146", 1, 0);
        awaitRows(2);

        given().get("/api/v1/league-tables/" + period + "/units/24/gap").then().statusCode(200)
                .body("rank", equalTo(1)).body("areas.code", contains("1")).body("areas[0].lost", equalTo(0f))
                .body("areas[0].maxPoints", equalTo(4.5f)).body("criteria.code", contains("1.1"));
        given().get("/api/v1/league-tables/" + period).then().statusCode(200)
                .body("rows.unitCode", contains("24", "06")).body("rows[0].areas.findAll { it.rank != null }.code", contains("1"))
                .body("rows[0].areas.find { it.code == '6' }.notApplicable", equalTo(true))
                .body("rows[1].areas.find { it.code == '6' }.rank", equalTo(1));
        given().queryParam("area", "6").get("/api/v1/league-tables/" + period).then().statusCode(200)
                .body("fieldSize", equalTo(1)).body("rows.unitCode", contains("06"));
        given().get("/api/v1/league-tables/" + period + "/units/06/gap").then().statusCode(200)
                .body("targets[0].rank", equalTo(1)).body("targets[0].points", equalTo(5.2f))
                .body("targets[0].criteria.code", contains("6", "1"));
    }

    private void awaitRows(int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var response = given().auth().oauth2(TestTokens.token("admin")).queryParam("visibility", "PROVISIONAL")
                    .get("/api/v1/league-tables/" + period);
            return response.statusCode() == 200 && response.jsonPath().getInt("fieldSize") == count;
        });
    }

    private void send(String code, String name, String status, String total, String area1, String area6, int version) {
        send(code, name, status, total, area1, area6, version, 0);
    }

    private void send(String code, String name, String status, String total, String area1, String area6, int version, int publishedUnits) {
        String areas = area("1", "Chỉ đạo, điều hành", area1, "8.5", "[]") + "," + area("6", "Tài chính công", area6, "12", "[]");
        send(code, name, status, areas, total, "100", total, version, publishedUnits);
    }

    /** A node as the producer scores it: every criterion applies, so the applicable maximum is the maximum. */
    private static String area(String code, String name, String points, String max, String children) {
        return """
                {"code":"%s","name":"%s","points":%s,"maxPoints":%s,"applicableMaxPoints":%s,"percent":%s,\
                "pointsBelowMax":%s,"notApplicable":false,"complete":true,"children":%s}"""
                .formatted(code, name, points, max, max, percent(points, max), new java.math.BigDecimal(max).subtract(new java.math.BigDecimal(points)),
                        children);
    }

    /** A node nothing of which applies to the unit: no applicable maximum, nothing below it. */
    private static String notApplicable(String code, String name, String max) {
        return """
                {"code":"%s","name":"%s","points":0.0000,"maxPoints":%s,"applicableMaxPoints":0.0000,"percent":0,\
                "pointsBelowMax":0.0000,"notApplicable":true,"complete":true,"children":[]}""".formatted(code, name, max);
    }

    private void send(String code, String name, String status, String areas, String total, String maxPoints, String percent, int version,
            int publishedUnits) {
        BigDecimal index = new BigDecimal(percent);
        String band = index.compareTo(BigDecimal.valueOf(90)) >= 0 ? "A" : index.compareTo(BigDecimal.valueOf(80)) >= 0 ? "B" : "C";
        String payload = """
                {"periodCode":"%s","periodName":"Chỉ số CCHC thử nghiệm","year":%d,"methodologyCode":"%s",\
                "methodologyVersion":1,"tieRule":"STANDARD_COMPETITION","unitKey":"%s@2008-08-01","unitCode":"%s","unitName":"%s",\
                "parentKey":null,"status":"%s","areas":[%s],\
                "total":%s,"maxPoints":%s,"indexPercent":%s,"band":"%s","bandName":"Nhóm %s","complete":true,"version":%d,"periodPublishedUnits":%d,\
                "bands":[{"code":"A","name":"Nhóm A","minPercent":90},{"code":"B","name":"Nhóm B","minPercent":80},\
                {"code":"C","name":"Nhóm C","minPercent":70}]}"""
                .formatted(period, year, methodology, code, code, name, status, areas, total, maxPoints, percent, band, band, version,
                        publishedUnits);
        Broker.send(TOPIC, period + "/" + code, "parindex.assessment-result.changed.v1", payload);
    }

    private static String percent(String points, String max) {
        return new java.math.BigDecimal(points).multiply(java.math.BigDecimal.valueOf(100))
                .divide(new java.math.BigDecimal(max), java.math.MathContext.DECIMAL64).toPlainString();
    }
}
