package org.indicatortracker.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.indicatortracker.support.Accounts;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review screen in a real browser: paste a report, see every statement highlighted, map an unmatched one, commit,
 * and find the drafts. Skipped (with a message) where Chromium is not installed; CI installs it.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ExtractScreenBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static final String REPORT = "——2021年1月20日在黑龙江省第十四届人民代表大会第十次会议上\n"
            + "一、2020年工作回顾\n"
            + "预计全省地区生产总值增长5.2%左右，一般公共预算收入增长8%，城镇新增就业32.5万人。设定四级湖长316名。\n"
            + "二、2021年工作安排\n"
            + "主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内。\n";

    static ChromeDriver driver;
    static Path profile;

    @TestHTTPResource("/workspace/extract.html")
    URL page;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser test skipped: Chromium is not installed here. Install it with "
                        + "'apt-get install -y --no-install-recommends chromium chromium-driver fonts-wqy-microhei'.");
        profile = Files.createTempDirectory("extract-browser");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1600,1300", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        // until session sign-in exists the API asks for HTTP Basic; the browser sends an editor's credentials
        String basic = Base64.getEncoder().encodeToString((Accounts.EDITOR + ":" + Accounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Basic " + basic)));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    @Test
    void pasteReviewAndCommitCreatesDrafts() throws IOException {
        Accounts.ensure();
        driver.get(page.toString());
        assertEquals("从工作报告提取数据", driver.findElement(By.tagName("h1")).getText());
        waiting().until(d -> d.findElements(By.cssSelector("#report-region option")).size() > 1);
        WebElement textarea = driver.findElement(By.id("report-text"));
        driver.executeScript("arguments[0].value = arguments[1];", textarea, REPORT);
        driver.findElement(By.id("extract-button")).click();

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("statements")));
        List<WebElement> rows = driver.findElements(By.cssSelector("#statements tbody tr"));
        assertEquals(6, rows.size());
        List<WebElement> marks = driver.findElements(By.cssSelector("#report-view mark"));
        assertEquals(6, marks.size(), "every statement is highlighted in the text");
        assertEquals("预计全省地区生产总值增长5.2%左右", marks.get(0).getText());
        String summary = driver.findElement(By.id("summary")).getText();
        assertTrue(summary.contains("2021") && summary.contains("黑龙江省"), summary);

        // clicking a highlight selects its row
        marks.get(3).click();
        assertTrue(driver.findElement(By.id("row-3")).getAttribute("class").contains("selected"));
        // the unmatched count waits for an indicator; mapping it accepts it
        WebElement unmatched = driver.findElement(By.id("row-3"));
        assertTrue(unmatched.getAttribute("class").contains("rejected"));
        assertTrue(marks.get(3).getAttribute("class").contains("unmatched"));
        WebElement key = unmatched.findElement(By.cssSelector("input.indicator"));
        key.sendKeys("river_chiefs");
        driver.executeScript("arguments[0].dispatchEvent(new Event('change'))", key);
        waiting().until(d -> d.findElement(By.id("row-3")).getAttribute("class").contains("accepted"));
        // the reviewer rejects one statement and edits another's vintage
        driver.findElement(By.cssSelector("#row-1 input[value=reject]")).click();
        assertTrue(driver.findElement(By.cssSelector("#report-view mark[data-statements='1']")).getAttribute("class").contains("rejected"));

        assertEquals("2021年黑龙江省政府工作报告", driver.findElement(By.id("source-title")).getAttribute("value"));
        assertEquals("2021-01-20", driver.findElement(By.id("source-date")).getAttribute("value"));
        WebElement commit = driver.findElement(By.id("commit-button"));
        assertTrue(commit.getText().contains("5"), commit.getText());
        commit.click();
        WebElement done = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#commit-result .done")));
        assertTrue(done.getText().contains("2021年黑龙江省政府工作报告"), done.getText());
        driver.executeScript("document.getElementById('review').scrollIntoView()");
        screenshot("extract-review.png");

        JsonPath actuals = Accounts.editor().get("/api/v1/actuals?region=230000&year=2020&status=draft")
                .then().statusCode(200).extract().jsonPath();
        // only this commit's drafts (other test classes leave drafts of 230000 in 2020 too)
        assertEquals(List.of("gdp_growth", "new_urban_jobs", "river_chiefs"), actuals.getList(
                "items.findAll { it.source != null && it.source.title == '2021年黑龙江省政府工作报告' }.indicator", String.class)
                .stream().sorted().toList());
        assertEquals("estimate", actuals.getString("items.find { it.indicator == 'gdp_growth' }.vintage"));
        assertEquals("设定四级湖长316名", actuals.getString("items.find { it.indicator == 'river_chiefs' }.quote"));
        assertEquals(2, Accounts.editor().get("/api/v1/targets?region=230000&year=2021&status=draft")
                .then().statusCode(200).extract().jsonPath().getInt("total"));
        assertEquals(0, Accounts.anonymous().get("/api/v1/actuals?region=230000&year=2020")
                .then().statusCode(200).extract().jsonPath().getInt("total"), "drafts are not public");

        // committing the same statements again is refused and the rows say why
        commit.click();
        WebElement failed = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#commit-result .error")));
        assertTrue(failed.isDisplayed());
        waiting().until(d -> !d.findElements(By.cssSelector("#statements tr.has-error")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector("#row-0 .row-errors")).getText().contains("already exists"));
    }

    @Test
    void englishOnRequest() {
        driver.get(page + "?lang=en");
        assertEquals("Extract data from a work report", driver.findElement(By.tagName("h1")).getText());
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Extract", driver.findElement(By.id("extract-button")).getText());
        driver.findElement(By.id("extract-button")).click();
        assertEquals("Paste the text or choose a file first.", driver.findElement(By.id("status")).getText());
    }

    static void screenshot(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }
}
