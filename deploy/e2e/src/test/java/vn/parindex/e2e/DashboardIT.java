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
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(3)).until(() -> given().get(ranking + "/api/v1/catalog")
                .jsonPath().getList("index").containsAll(List.of("PAR", "SIPAS", "PAPI"))
                && given().get(ranking + "/api/v1/league-tables/sipas/SIPAS-2020").statusCode() == 200
                && given().get(ranking + "/api/v1/external-indices/PAPI/2021").statusCode() == 200
                && given().get(ranking + "/api/v1/league-tables/" + PAR_2020).statusCode() == 200
                && given().get(ranking + "/api/v1/league-tables/" + PAR_2020).jsonPath().getInt("fieldSize") == 63
                // and the 2019 table the 2020 one compares with
                && given().get(ranking + "/api/v1/league-tables/PAR-2019-PROVINCE").statusCode() == 200
                && given().get(ranking + "/api/v1/league-tables/" + PAR_2020).jsonPath().get("rows.find { it.unitCode == '24' }.change") != null);
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
