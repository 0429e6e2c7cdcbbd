package org.indicatortracker.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromedriver) for browser tests. Tests skip themselves with a
 * clear message where either is missing; CI installs both. One browser per test class: start it in @BeforeAll.
 */
public final class Browser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public final ChromeDriver driver;
    public final Path downloads;
    private final Path profile;
    private final URL base;

    private Browser(ChromeDriver driver, Path downloads, Path profile, URL base) {
        this.driver = driver;
        this.downloads = downloads;
        this.profile = profile;
        this.base = base;
    }

    /** Skips the calling test (class) unless Chromium and its driver are installed. */
    public static void assumeAvailable() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing. Install them with "
                        + "'apt-get install -y --no-install-recommends chromium chromium-driver fonts-wqy-microhei' (CI does).");
    }

    /** Starts Chromium with an English browser language, so that tests prove the page does not follow it. */
    public static Browser start(URL base) {
        assumeAvailable();
        try {
            Path downloads = Files.createTempDirectory("it-downloads");
            Path profile = Files.createTempDirectory("it-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=en-US",
                    "--hide-scrollbars", "--force-device-scale-factor=1");
            Map<String, Object> prefs = new HashMap<>();
            prefs.put("intl.accept_languages", "en-US,en");
            prefs.put("download.default_directory", downloads.toString());
            prefs.put("download.prompt_for_download", false);
            options.setExperimentalOption("prefs", prefs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString())).build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
            // No chart animations: what a test reads or a screenshot shows is the final state.
            driver.executeCdpCommand("Emulation.setEmulatedMedia",
                    Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
            return new Browser(driver, downloads, profile, base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a page of the app (a path with query, relative to the app's root) and waits until it has rendered. */
    public Browser open(String pathAndQuery) {
        driver.get(base.toString().replaceAll("/$", "") + pathAndQuery);
        return waitReady();
    }

    /** Waits until the dashboard says it is ready (body[data-state=ready]) and no card is loading. */
    public Browser waitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(
                "return document.readyState === 'complete' && (document.body.dataset.state === 'ready' || !!document.querySelector('main article'))"
                        + " && ![...document.querySelectorAll('[aria-busy=true]')].some(e => e.offsetParent !== null);")));
        return this;
    }

    public WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    public Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    public String text(By by) {
        return waitFor(by).getText();
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /**
     * Saves a screenshot of the whole page under target/screenshots for review: the window grows to the page's
     * height first (charts redraw at their real size; animations are off), then returns to its size.
     */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            org.openqa.selenium.Dimension size = driver.manage().window().getSize();
            for (int i = 0; i < 2; i++) {
                long page = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
                long view = ((Number) js("return window.innerHeight;")).longValue();
                if (page > view) {
                    int height = (int) Math.min(driver.manage().window().getSize().height + page - view, 9000);
                    driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.width, height));
                    sleep(400);
                }
            }
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(size);
            sleep(200);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core (WCAG 2.1 A and AA rules) on the current page: the violations of serious or critical impact. */
    public List<Rule> seriousAccessibilityViolations() {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        return results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
    }

    /** Waits for a file to finish downloading (Chromium writes *.crdownload first) and returns it. */
    public Path awaitDownload(String suffix) {
        long end = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < end) {
            try (var files = Files.list(downloads)) {
                var done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sleep(100);
        }
        throw new AssertionError("No *" + suffix + " file was downloaded to " + downloads);
    }

    public void clearDownloads() {
        try (var files = Files.list(downloads)) {
            files.forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        driver.quit();
        for (Path dir : List.of(downloads, profile)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // temp files; the OS cleans up
            }
        }
    }
}
