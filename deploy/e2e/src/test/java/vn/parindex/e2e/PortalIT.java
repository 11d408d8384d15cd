package vn.parindex.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A provincial portal on its own origin, in a real browser: its page asks ranking-service where Bắc Giang stands in
 * 2020 with fetch (CORS), and embeds the PAR 2020 table with Bắc Giang highlighted in a frame that sizes itself from
 * the height the table posts (the snippet deploy/README.md gives portals).
 */
class PortalIT {

    private static final String PAR_2020 = "PAR-2020-PROVINCE";
    private static HttpServer portal;
    private static WebDriver browser;
    private static String ranking;

    @BeforeAll
    static void servePortal() throws IOException {
        Platform platform = Platform.get();
        platform.loadDemoData();
        ranking = platform.url("ranking");
        org.awaitility.Awaitility.await().atMost(Duration.ofMinutes(3)).until(() ->
                given().get(ranking + "/api/v1/league-tables/" + PAR_2020).statusCode() == 200
                        && given().get(ranking + "/api/v1/league-tables/" + PAR_2020).jsonPath().getInt("fieldSize") == 63);
        String page = """
                <!doctype html>
                <html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin tỉnh Bắc Giang</title></head>
                <body>
                <h1>Chỉ số CCHC của tỉnh</h1>
                <p>Xếp hạng năm 2020: <strong id="standing">…</strong></p>
                <iframe id="parindex" title="Chỉ số CCHC" style="width:100%;border:0;height:150px"
                  src="RANKING/app/?embed=1&index=PAR&year=2020&level=PROVINCE&table=PAR_2020&highlight=24"></iframe>
                <script>
                fetch('RANKING/api/v1/units/24/standings?year=2020')
                  .then(r => r.json())
                  .then(s => { const par = s.standings.find(x => x.code === 'PAR_2020');
                               document.getElementById('standing').textContent = par.row.rank + '/' + par.row.fieldSize; })
                  .catch(e => { document.getElementById('standing').textContent = 'error: ' + e; });
                addEventListener('message', e => {
                  if (e.origin !== 'RANKING' || !e.data || e.data.type !== 'parindex-embed') return;
                  document.getElementById('parindex').style.height = e.data.height + 'px';
                  document.body.dataset.framed = e.data.height;
                });
                </script>
                </body></html>
                """.replace("RANKING", ranking).replace("PAR_2020", PAR_2020);
        portal = HttpServer.create(new InetSocketAddress("127.0.0.1", Platform.PORTAL_PORT), 0);
        portal.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        portal.start();
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (portal != null) {
            portal.stop(0);
        }
    }

    @Test
    void thePortalShowsItsStandingAndTheTableWithItsOwnRowMarkedInAFrameOfTheTablesHeight() throws IOException {
        browser.get(Platform.portalOrigin() + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // the standings call crossed origins (CORS): Bắc Giang 13th of 63 (domain §7)
        wait.until(b -> !b.findElement(By.id("standing")).getText().equals("…"));
        assertEquals("13/63", browser.findElement(By.id("standing")).getText());

        // the frame took the height the table posted: all 63 rows, no inner scroll bar
        wait.until(b -> b.findElement(By.tagName("body")).getDomAttribute("data-framed") != null
                && Integer.parseInt(b.findElement(By.tagName("body")).getDomAttribute("data-framed")) > 1500);
        WebElement frame = browser.findElement(By.id("parindex"));
        int posted = Integer.parseInt(browser.findElement(By.tagName("body")).getDomAttribute("data-framed"));
        assertEquals(posted, frame.getRect().getHeight(), "the frame is as tall as the table says");

        browser.switchTo().frame(frame);
        WebElement marked = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(b -> b.findElements(By.cssSelector("#table tbody tr.highlight")).stream().findFirst().orElse(null));
        assertTrue(marked.getText().contains("Bắc Giang"), marked.getText());
        assertEquals("true", marked.getDomAttribute("aria-current"));
        assertEquals(1, browser.findElements(By.cssSelector("#table tbody tr.highlight")).size());
        Object inner = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight - document.documentElement.clientHeight;");
        assertTrue(((Number) inner).longValue() <= 1, "no scrolling inside the frame: " + inner);
        browser.switchTo().defaultContent();
        java.nio.file.Path screenshots = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.copy(((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(),
                screenshots.resolve("portal.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
