package vn.parindex.e2e;

import java.io.File;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's chromium, headless and in Vietnamese, driven through Debian's chromedriver (a browser download fails here). */
final class Chromium {

    /**
     * The tests drive the browser over WebDriver only, never the DevTools protocol, so Selenium's notice that it has no
     * DevTools binding for this Chromium's version says nothing; kept here because java.util.logging holds loggers weakly.
     */
    private static final Logger CDP_VERSIONS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSIONS.setLevel(Level.SEVERE);
    }

    private Chromium() {
    }

    static WebDriver start(int width, int height) {
        ChromeOptions options = new ChromeOptions().setBinary(System.getProperty("parindex.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=" + width + "," + height,
                        "--lang=vi-VN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("parindex.chromedriver", "/usr/bin/chromedriver"))).build();
        return new ChromeDriver(service, options);
    }
}
