package vn.parindex.e2e;

import java.io.File;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's chromium, headless and in Vietnamese, driven through Debian's chromedriver (a browser download fails here). */
final class Chromium {

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
