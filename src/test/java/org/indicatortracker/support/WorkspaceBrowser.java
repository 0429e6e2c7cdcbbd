package org.indicatortracker.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver. Tests using it are skipped, with a message saying
 * what to install, where Chromium is absent (CI installs it).
 */
public final class WorkspaceBrowser implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    private WorkspaceBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // Views re-render their lists: an element found a moment ago may be replaced before it is read.
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Skips the calling test unless Chromium and chromedriver are installed. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser test skipped: Chromium is not installed. Install it with: apt-get install -y "
                        + "--no-install-recommends chromium chromium-driver fonts-wqy-microhei");
    }

    public static WorkspaceBrowser open() {
        assumeInstalled();
        try {
            Path profile = Files.createTempDirectory("chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile);
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            return new WorkspaceBrowser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    public WebElement find(String css) {
        return wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /**
     * Opens a workspace page (a full address); without a session it sends the browser to the sign-in page, where
     * this signs in and waits until the page is back and shows its sections.
     */
    public void signIn(String url, String user, String password) {
        driver.get(url);
        wait.until(ExpectedConditions.urlContains("/workspace/sign-in.html"));
        find("#username").sendKeys(user);
        find("#password").sendKeys(password);
        find("#sign-in-form button[type=submit]").click();
        wait.until(d -> !d.getCurrentUrl().contains("sign-in"));
        find("#tabs button[aria-current=page]");
    }

    /** Waits until the element's text is exactly the given text. */
    public void awaitText(String css, String text) {
        wait.withMessage(() -> css + " should read '" + text + "'")
                .until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> text.equals(e.getText().trim())));
    }

    /** Saves a screenshot under target/screenshots/. */
    public void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target/screenshots"));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything the page logged to the console since the last call (CSP violations show up here). */
    public List<String> consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /** axe-core (WCAG 2.1 A and AA) on the page as it is now: the rules violated with serious or critical impact. */
    public List<String> seriousAccessibilityViolations() {
        return new com.deque.html.axecore.selenium.AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver).getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
                .map(r -> r.getId() + ": " + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList()).toList();
    }

    /** Closes the browser, then fails when the page logged a Content-Security-Policy violation. */
    /** Closes the browser and returns the console messages that report a Content-Security-Policy violation. */
    public List<String> closeReturningCspViolations() {
        List<String> console = consoleMessages();
        close();
        return console.stream().filter(m -> m.contains("Content Security Policy") || m.contains("Content-Security-Policy")).toList();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a temporary directory; the OS cleans up
            }
        }
    }
}
