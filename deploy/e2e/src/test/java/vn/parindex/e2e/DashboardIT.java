package vn.parindex.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public dashboard in a real browser (Debian's chromium, headless) over the demonstration data: the league
 * table, switching index and year, finding a province without its diacritics, and its unit page, each number
 * checked against the API. Screenshots of every page go to target/screenshots.
 */
class DashboardIT {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots").toAbsolutePath();
    private static final String PAR_2020 = "PAR-2020-PROVINCE";
    private static WebDriver browser;
    private static WebDriverWait wait;
    private static String ranking;

    @BeforeAll
    static void openBrowserOverTheDemoData() throws IOException {
        Platform platform = Platform.get();
        platform.loadDemoData();
        ranking = platform.url("ranking");
        // the demo data reaches ranking-service through Kafka: wait until its three tables are there (not only tables of
        // the same kinds that other tests left, e.g. another closed SIPAS wave)
        // each table read once per look
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(3)).until(() -> {
            JsonPath par2020 = table("/api/v1/league-tables/" + PAR_2020);
            JsonPath pci2025 = table("/api/v1/external-indices/PCI/2025");
            return given().get(ranking + "/api/v1/catalog").jsonPath().getList("index").containsAll(List.of("PAR", "SIPAS", "PAPI"))
                    && table("/api/v1/league-tables/sipas/SIPAS-2020") != null && table("/api/v1/external-indices/PAPI/2021") != null
                    && par2020 != null && par2020.getInt("fieldSize") == 63
                    // and the 2019 table the 2020 one compares with
                    && table("/api/v1/league-tables/PAR-2019-PROVINCE") != null
                    && par2020.get("rows.find { it.unitCode == '24' }.change") != null
                    // and PCI 2025 across the merger, with the lineage the reference units carry (on their own records)
                    && pci2025 != null && "MERGED".equals(pci2025.getString("rows.find { it.unitCode == '24' }.change.basis"))
                    && "RENAMED".equals(pci2025.getString("rows.find { it.unitCode == '46' }.change.basis"));
        });
        Files.createDirectories(SCREENSHOTS);
        browser = Chromium.start(1280, 1800);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aReaderFindsBacGiangAndItsStoryMatchesTheApi() throws IOException {
        JsonPath table = given().get(ranking + "/api/v1/league-tables/" + PAR_2020).then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        Map<String, Object> bacGiang = table.getMap("rows.find { it.unitCode == '24' }");
        assertEquals(25, table.getInt("rows.find { it.unitCode == '24' }.change.previousRank"));
        assertEquals(12, table.getInt("rows.find { it.unitCode == '24' }.change.rankChange"));
        // Bắc Kạn 59/63, down 4, 0.4502 points fewer than its 79.0170 of 2019
        assertEquals(-4, table.getInt("rows.find { it.unitCode == '06' }.change.rankChange"));
        assertEquals(0, new BigDecimal("-0.4502").compareTo(decimal(table.get("rows.find { it.unitCode == '06' }.change.pointsChange"))));

        browser.get(ranking + "/app/");
        awaitRows();
        new Select(browser.findElement(By.id("index"))).selectByValue("SIPAS");
        new Select(browser.findElement(By.id("year"))).selectByValue("2020");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#table caption"), "SIPAS 2020"));
        awaitRows();
        screenshot("sipas-2020");
        new Select(browser.findElement(By.id("index"))).selectByValue("PAPI");
        new Select(browser.findElement(By.id("year"))).selectByValue("2021");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#table caption"), "PAPI 2021"));
        new Select(browser.findElement(By.id("index"))).selectByValue("PAR");
        new Select(browser.findElement(By.id("year"))).selectByValue("2020");
        Select level = new Select(browser.findElement(By.id("level")));
        level.selectByValue("PROVINCE");
        if (browser.findElement(By.id("table-label")).isDisplayed()) {
            new Select(browser.findElement(By.id("table-choice"))).selectByValue(PAR_2020);
        }
        wait.until(ExpectedConditions.urlContains("table=" + PAR_2020));
        awaitRows();
        assertEquals(63, browser.findElements(By.cssSelector("#table tbody tr")).size());
        screenshot("league-table");
        // measured, not asserted: how long a fresh load takes to show the 63 rows (deploy/bench/RESULTS.md)
        browser.get(browser.getCurrentUrl());
        awaitRows();
        Object shown = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const m = performance.getEntriesByName('table-shown'); return m.length ? m[0].startTime : null;");
        Files.writeString(SCREENSHOTS.resolve("timing.txt"), "63-row PAR 2020 table shown after " + shown + " ms (from navigation start)\n");

        browser.findElement(By.id("search")).sendKeys("bac giang");
        wait.until(driver -> driver.findElements(By.cssSelector("#table tbody tr")).size() == 1);
        WebElement row = browser.findElement(By.cssSelector("#table tbody tr"));
        assertEquals("Bắc Giang", row.findElement(By.cssSelector("th a")).getText().replaceFirst("^(Tỉnh|Thành phố) ", ""));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertEquals(bacGiang.get("rank") + "/" + bacGiang.get("fieldSize"), cells.get(0).getText());
        assertEquals(vietnamese(bacGiang.get("points")), cells.get(1).getText());
        assertEquals(0, new BigDecimal(cells.get(1).getDomAttribute("title")).compareTo(decimal(bacGiang.get("points"))),
                "the full precision on hover");
        // "Bắc Giang 13/63, up 12" (domain §7): 25th of 63 in 2019
        assertEquals("▲12", cells.get(4).getText());
        assertEquals("25/63", cells.get(4).getDomAttribute("title"));
        screenshot("search-bac-giang");
        // the download is the table's own CSV with the search applied: the link the button follows, fetched
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "HTMLAnchorElement.prototype.click = function () { window.sheetLink = this.href; };");
        browser.findElement(By.id("csv")).click();
        String link = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return window.sheetLink;");
        assertTrue(link.contains("/api/v1/league-tables/" + PAR_2020 + "?") && link.contains("q=bac+giang") && link.contains("format=csv"), link);
        List<String> sheet = given().get(link).then().statusCode(200).extract().asString().lines().toList();
        assertEquals(2, sheet.size(), "the header and Bắc Giang: " + sheet);
        assertTrue(sheet.get(1).contains("Bắc Giang") && sheet.get(1).contains("SAME_UNIT"), sheet.get(1));

        row.findElement(By.cssSelector("th a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cards .card")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history svg")));
        JsonPath gap = given().get(ranking + "/api/v1/league-tables/" + PAR_2020 + "/units/" + bacGiang.get("unitKey") + "/gap")
                .then().statusCode(200).extract().jsonPath().using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        List<String> cards = browser.findElements(By.cssSelector("#cards .card .value")).stream().map(WebElement::getText).toList();
        assertEquals(bacGiang.get("rank") + "/" + bacGiang.get("fieldSize"), cards.get(0));
        assertEquals(vietnamese(bacGiang.get("points")), cards.get(1));
        assertEquals(gap.getList("areas").size(), browser.findElements(By.cssSelector("#breakdown svg rect")).size() / 2);
        assertTrue(browser.findElement(By.id("targets")).getText().contains(vietnamese(gap.get("nextGroup.points"))),
                "the points to the next group as the API gives them");
        screenshot("unit-bac-giang");

        browser.get(ranking + "/app/?embed=1&index=PAR&year=2020&level=PROVINCE&table=" + PAR_2020);
        awaitRows();
        assertTrue(browser.findElements(By.cssSelector("header")).stream().noneMatch(WebElement::isDisplayed), "no navigation chrome");
        screenshot("embed");

        // a phone: the optional columns give way, rank, unit, points, % and group stay
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.get(ranking + "/app/?index=PAR&year=2020&level=PROVINCE&table=" + PAR_2020);
        awaitRows();
        WebElement first = browser.findElement(By.cssSelector("#table tbody tr"));
        assertTrue(first.findElement(By.cssSelector("th a")).isDisplayed());
        screenshot("league-table-phone");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1800));
    }

    @Test
    void theSipasPageOfAProvinceShowsEachFactorAsTheApiGivesIt() throws IOException {
        JsonPath sipas = given().get(ranking + "/api/v1/league-tables/sipas/SIPAS-2020").then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        List<Map<String, Object>> factors = sipas.getList("rows.find { it.unitCode == '24' }.areas");
        browser.get(ranking + "/app/unit.html?index=SIPAS&table=SIPAS-2020&unit=24");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#factors tbody tr")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#factors tbody tr"));
        assertEquals(factors.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<WebElement> cells = rows.get(i).findElements(By.tagName("td"));
            assertEquals(factors.get(i).get("name"), cells.get(0).getText());
            assertEquals(vietnamese(factors.get(i).get("percent")), cells.get(1).getText());
        }
        assertEquals(factors.size(), browser.findElements(By.cssSelector("#factors-chart circle")).size());
        screenshot("unit-bac-giang-sipas");
    }

    @Test
    void sipasRowsShowTheirRankIntervalBadLinksSayWhatIsWrongAndSortingKeepsTheKeyboardOnTheHeader() throws IOException {
        JsonPath sipas = given().get(ranking + "/api/v1/league-tables/sipas/SIPAS-2020").then().statusCode(200).extract().jsonPath();
        browser.get(ranking + "/app/?index=SIPAS&year=2020&level=PROVINCE&table=SIPAS-2020");
        awaitRows();
        List<String> headers = browser.findElements(By.cssSelector("#table thead th")).stream().map(WebElement::getText).toList();
        int interval = headers.indexOf("Khoảng hạng (90%)");
        assertTrue(interval > 0, "a rank interval column: " + headers);
        WebElement bacGiang = browser.findElements(By.cssSelector("#table tbody tr")).stream()
                .filter(row -> row.findElement(By.tagName("th")).getText().contains("Bắc Giang")).findFirst().orElseThrow();
        int low = sipas.getInt("rows.find { it.unitCode == '24' }.rankLow");
        int high = sipas.getInt("rows.find { it.unitCode == '24' }.rankHigh");
        // the row's cells after the unit's header cell: the interval is the column's (index - 1)th td
        assertEquals(low == high ? low + "" : low + "–" + high, bacGiang.findElements(By.tagName("td")).get(interval - 1).getText());
        screenshot("sipas-2020-intervals");

        WebElement points = browser.findElements(By.cssSelector("#table thead th button")).get(2);
        points.click();
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.cssSelector("#table thead th[aria-sort]")), "aria-sort"));
        Object focused = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.activeElement && document.activeElement.closest('th') ? document.activeElement.closest('th').getAttribute('aria-sort') : null;");
        assertTrue(focused != null, "the keyboard stays on the header just sorted");

        // the ranks per area, each column headed by the area's name as the table gives it
        browser.get(ranking + "/app/?index=PAR&year=2020&level=PROVINCE&table=" + PAR_2020);
        awaitRows();
        browser.findElement(By.id("show-areas")).click();
        String firstArea = given().get(ranking + "/api/v1/league-tables/" + PAR_2020).jsonPath().getString("rows[0].areas[0].name");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#table thead"), "1. " + firstArea));
        screenshot("league-table-areas");

        browser.get(ranking + "/app/?index=PAR&year=2020&table=NO-SUCH-TABLE");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "NO-SUCH-TABLE"));
        assertEquals("alert", browser.findElement(By.id("status")).getDomAttribute("role"));
        browser.get(ranking + "/app/unit.html?index=PAR&table=" + PAR_2020 + "&unit=99999");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "99999"));
        assertTrue(browser.findElement(By.id("status")).getText().contains("không có đơn vị"), browser.findElement(By.id("status")).getText());
        browser.get(ranking + "/app/unit.html?index=PAR&table=NO-SUCH-TABLE&unit=24");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Không có bảng xếp hạng “NO-SUCH-TABLE”"));
    }

    /**
     * Across the 2025 merger (PCI 2024 → 2025): the new Bắc Ninh (24) is told as merged, with Bắc Giang's and Bắc Ninh's
     * 2024 ranks on the page, and Huế (46) as renamed from Thừa Thiên Huế; the table's CSV says the same in columns.
     */
    @Test
    void aMergedAndARenamedUnitAreToldAsSuchOnThePageAndInTheSheet() throws IOException {
        JsonPath pci = given().get(ranking + "/api/v1/external-indices/PCI/2025").then().statusCode(200).extract().jsonPath();
        assertEquals("MERGED", pci.getString("rows.find { it.unitCode == '24' }.change.basis"));
        List<Map<String, Object>> predecessors = pci.getList("rows.find { it.unitCode == '24' }.change.predecessors.previous");
        assertEquals(List.of("Tỉnh Bắc Giang", "Tỉnh Bắc Ninh"), predecessors.stream().map(p -> p.get("unitName")).sorted().toList());
        assertEquals("RENAMED", pci.getString("rows.find { it.unitCode == '46' }.change.basis"));
        assertEquals("Tỉnh Thừa Thiên Huế", pci.getString("rows.find { it.unitCode == '46' }.change.previousName"));

        browser.get(ranking + "/app/?index=PCI&year=2025&level=PROVINCE&table=PCI-2025");
        awaitRows();
        assertTrue(browser.findElement(By.cssSelector("#table caption")).getText().contains("dữ liệu minh họa"),
                "a synthetic table says so: " + browser.findElement(By.cssSelector("#table caption")).getText());
        List<String> headers = browser.findElements(By.cssSelector("#table thead th")).stream().map(WebElement::getText).toList();
        int change = headers.indexOf("So với năm trước");
        assertTrue(change > 0, "a change column: " + headers);
        String bacNinh = changeCell("Bắc Ninh", change).getText();
        assertTrue(bacNinh.startsWith("sáp nhập"), bacNinh);
        for (Map<String, Object> before : predecessors) {
            String told = before.get("unitName") + " " + before.get("rank") + "/" + before.get("fieldSize");
            assertTrue(bacNinh.contains(told), "the predecessor's 2024 rank on the page, not only on hover: " + told + " in " + bacNinh);
        }
        String hue = changeCell("Huế", change).getText();
        assertTrue(hue.contains("đổi tên: Tỉnh Thừa Thiên Huế"), hue);
        int rankChange = pci.getInt("rows.find { it.unitCode == '46' }.change.rankChange");
        assertTrue(hue.startsWith(rankChange > 0 ? "▲" + rankChange : rankChange < 0 ? "▼" + -rankChange : "="), hue);
        screenshot("pci-2025-merger");

        // sorted by change, the units without a rank change of their own (merged) come after every ranked change
        browser.findElements(By.cssSelector("#table thead th button")).get(change).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#table thead th:nth-child(" + (change + 1) + ")"), "aria-sort", "descending"));
        List<String> cells = browser.findElements(By.cssSelector("#table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).get(change - 1).getText()).toList();
        int firstMerged = cells.indexOf(cells.stream().filter(c -> c.startsWith("sáp nhập")).findFirst().orElseThrow());
        assertTrue(cells.subList(firstMerged, cells.size()).stream().allMatch(c -> c.startsWith("sáp nhập") || c.startsWith("mới")),
                "merged units apart from the worst performers: " + cells);

        String merged = given().get(ranking + "/api/v1/external-indices/PCI/2025?format=csv&q=bac+ninh").then().statusCode(200)
                .extract().asString();
        String renamed = given().get(ranking + "/api/v1/external-indices/PCI/2025?format=csv&q=hue").then().statusCode(200)
                .extract().asString();
        List<String> header = List.of(merged.lines().findFirst().orElseThrow().split(","));
        assertEquals("Predecessors", header.get(header.size() - 1), "a predecessors column: " + header);
        String bacNinhRow = merged.lines().skip(1).findFirst().orElseThrow();
        assertTrue(bacNinhRow.contains(",MERGED,") && bacNinhRow.contains("Tỉnh Bắc Giang: ") && bacNinhRow.contains("Tỉnh Bắc Ninh: "), bacNinhRow);
        String hueRow = renamed.lines().skip(1).findFirst().orElseThrow();
        assertTrue(hueRow.contains(",RENAMED,") && hueRow.contains("Tỉnh Thừa Thiên Huế: "), hueRow);
    }

    /**
     * A 390 px phone: the landing table (PAR 2020, the table the README shows), a unit's page with its charts, a SIPAS
     * page and a merged unit's page all fit the screen without sideways scrolling, and the charts' labels stay legible.
     */
    @Test
    void onAPhoneNothingScrollsSidewaysAndTheChartsStayLegible() throws IOException {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.get(ranking + "/app/");
            awaitRows();
            // the landing table: the newest provincial PAR Index year (other tests add PAR 2020 tables of their own)
            assertEquals(List.of("PAR", "2020", "PROVINCE"), List.of(new Select(browser.findElement(By.id("index"))).getFirstSelectedOption()
                    .getDomAttribute("value"), new Select(browser.findElement(By.id("year"))).getFirstSelectedOption().getDomAttribute("value"),
                    new Select(browser.findElement(By.id("level"))).getFirstSelectedOption().getDomAttribute("value")), "the landing table");
            assertFitsTheScreen("the landing table");
            screenshot("phone-landing");

            browser.get(ranking + "/app/unit.html?index=PAR&table=" + PAR_2020 + "&unit=24");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#breakdown svg")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history svg")));
            assertFitsTheScreen("Bắc Giang's page");
            assertLegibleCharts("Bắc Giang's page");
            // each area once: an area scored as one criterion is not listed again as a criterion
            List<String> items = browser.findElements(By.cssSelector("#criteria tbody tr td:first-child")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(items.stream().distinct().toList(), items, "each area or criterion listed once");
            screenshot("phone-unit-bac-giang");

            browser.get(ranking + "/app/unit.html?index=SIPAS&table=SIPAS-2020&unit=24");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#factors-chart svg")));
            assertFitsTheScreen("Bắc Giang's SIPAS page");
            assertLegibleCharts("Bắc Giang's SIPAS page");

            browser.get(ranking + "/app/unit.html?index=PCI&table=PCI-2025&unit=24");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#history svg")));
            assertFitsTheScreen("Bắc Ninh's PCI page");
            assertLegibleCharts("Bắc Ninh's PCI page");
            Object chart = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                    "return document.querySelector('#history svg').textContent;");
            assertTrue(String.valueOf(chart).contains("Sáp nhập 1/7/2025"), "the break is labelled by kind and date: " + chart);
            screenshot("phone-unit-bac-ninh-pci");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1800));
        }
    }

    private static WebElement changeCell(String unit, int column) {
        WebElement row = browser.findElements(By.cssSelector("#table tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().contains(unit)).findFirst().orElseThrow();
        // the unit's name is the row's header cell: the column's cell is the (column - 1)th td
        return row.findElements(By.tagName("td")).get(column - 1);
    }

    private static void assertFitsTheScreen(String page) {
        Object widths = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        List<?> both = (List<?>) widths;
        assertTrue(((Number) both.get(0)).longValue() <= ((Number) both.get(1)).longValue(),
                page + " scrolls sideways on a phone: content " + both.get(0) + " px wide in " + both.get(1) + " px");
    }

    /** Every label of every chart is drawn at least 11 px high (a 640-wide drawing shrunk to a phone's was 6 px). */
    private static void assertLegibleCharts(String page) {
        Object smallest = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "const h = [...document.querySelectorAll('svg text')].map(t => t.getBoundingClientRect().height).filter(h => h > 0);"
                        + " return h.length ? Math.min(...h) : null;");
        assertTrue(smallest != null && ((Number) smallest).doubleValue() >= 11, page + ": the smallest chart label is " + smallest + " px high");
    }

    /** A table of ranking-service, or null while it is not there. */
    private static JsonPath table(String path) {
        io.restassured.response.Response response = given().get(ranking + path);
        return response.statusCode() == 200 ? response.jsonPath() : null;
    }

    private static void awaitRows() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#table tbody tr")));
    }

    private static String vietnamese(Object value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(decimal(value));
    }

    private static BigDecimal decimal(Object value) {
        return new BigDecimal(String.valueOf(value));
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
