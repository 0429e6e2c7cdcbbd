package org.indicatortracker.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.util.List;
import org.indicatortracker.support.Accounts;
import org.indicatortracker.support.PostgresResource;
import org.indicatortracker.support.WorkspaceBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The review screen in real headless Chromium: sign in, paste a report, see every statement highlighted, map an
 * unmatched one, reject another, commit, and find the drafts. Skipped (with a message) where Chromium is not installed.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ExtractScreenBrowserTest {

    static final String REPORT = "——2021年1月20日在黑龙江省第十四届人民代表大会第十次会议上\n"
            + "一、2020年工作回顾\n"
            + "预计全省地区生产总值增长5.2%左右，一般公共预算收入增长8%，城镇新增就业32.5万人。设定四级湖长316名。\n"
            + "二、2021年工作安排\n"
            + "主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内。\n";

    @TestHTTPResource("/")
    URL base;

    private WorkspaceBrowser browser;

    @BeforeAll
    static void chromium() {
        WorkspaceBrowser.assumeInstalled();
    }

    @BeforeEach
    void open() {
        Accounts.ensure();
        browser = WorkspaceBrowser.open();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1600, 1300));
    }

    @AfterEach
    void close() {
        if (browser != null) {
            org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), browser.closeReturningCspViolations(), "no CSP violations");
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** Opens the screen; without a session the workspace's sign-in page comes first and returns here. */
    private void signInTo(String page) {
        browser.driver().get(url(page));
        browser.waiting().until(ExpectedConditions.urlContains("/workspace/sign-in.html"));
        browser.find("#username").sendKeys(Accounts.EDITOR);
        browser.find("#password").sendKeys(Accounts.PASSWORD);
        browser.find("#sign-in-form button[type=submit]").click();
        browser.waiting().until(ExpectedConditions.urlContains("/workspace/extract.html"));
        browser.waiting().until(d -> d.findElements(By.cssSelector("#report-region option")).size() > 1);
    }

    @Test
    void pasteReviewAndCommitCreatesDrafts() {
        signInTo("/workspace/extract.html");
        var driver = browser.driver();
        assertEquals("从工作报告提取数据", browser.find("h1").getText());
        assertTrue(browser.find("#who").getText().contains(Accounts.EDITOR));
        driver.executeScript("arguments[0].value = arguments[1];", browser.find("#report-text"), REPORT);
        browser.find("#extract-button").click();

        browser.find("#statements");
        List<WebElement> rows = driver.findElements(By.cssSelector("#statements tbody tr"));
        assertEquals(6, rows.size());
        List<WebElement> marks = driver.findElements(By.cssSelector("#report-view mark"));
        assertEquals(6, marks.size(), "every statement is highlighted in the text");
        assertEquals("预计全省地区生产总值增长5.2%左右", marks.get(0).getText());
        String summary = browser.find("#summary").getText();
        assertTrue(summary.contains("2021") && summary.contains("黑龙江省"), summary);

        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "accessibility (axe, WCAG 2.1 AA)");

        // clicking a highlight selects its row
        marks.get(3).click();
        assertTrue(driver.findElement(By.id("row-3")).getAttribute("class").contains("selected"));
        // the unmatched count waits for an indicator; choosing one accepts it
        WebElement unmatched = driver.findElement(By.id("row-3"));
        assertTrue(unmatched.getAttribute("class").contains("rejected"));
        assertTrue(marks.get(3).getAttribute("class").contains("unmatched"));
        WebElement key = unmatched.findElement(By.cssSelector("input.indicator"));
        key.sendKeys("river_chiefs");
        driver.executeScript("arguments[0].dispatchEvent(new Event('change'))", key);
        browser.waiting().until(d -> d.findElement(By.id("row-3")).getAttribute("class").contains("accepted"));
        // the reviewer rejects one statement
        driver.findElement(By.cssSelector("#row-1 input[value=reject]")).click();
        assertTrue(driver.findElement(By.cssSelector("#report-view mark[data-statements='1']")).getAttribute("class").contains("rejected"));

        assertEquals("2021年黑龙江省政府工作报告", browser.find("#source-title").getAttribute("value"));
        assertEquals("2021-01-20", browser.find("#source-date").getAttribute("value"));
        WebElement commit = browser.find("#commit-button");
        assertEquals("提交 5 条为草稿", commit.getText());
        commit.click();
        WebElement done = browser.find("#commit-result .done");
        assertTrue(done.getText().contains("2021年黑龙江省政府工作报告"), done.getText());
        driver.executeScript("document.getElementById('review').scrollIntoView()");
        browser.screenshot("extract-review");

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

        // committing the same statements again is refused, nothing is saved, and the rows say why
        commit.click();
        browser.find("#commit-result .error");
        browser.waiting().until(d -> !d.findElements(By.cssSelector("#statements tr.has-error")).isEmpty());
        assertTrue(driver.findElement(By.cssSelector("#row-0 .row-errors")).getText().contains("already exists"));
    }

    @Test
    void englishOnRequest() {
        signInTo("/workspace/extract.html?lang=en");
        assertEquals("Extract data from a work report", browser.find("h1").getText());
        assertEquals("en", browser.driver().findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Extract", browser.find("#extract-button").getText());
        browser.find("#extract-button").click();
        browser.awaitText("#status", "Paste the text or choose a file first.");
    }
}
