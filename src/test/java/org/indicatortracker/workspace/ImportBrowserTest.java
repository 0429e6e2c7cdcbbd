package org.indicatortracker.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.indicatortracker.support.Accounts;
import org.indicatortracker.support.FigureFixtures;
import org.indicatortracker.support.Figures;
import org.indicatortracker.support.PostgresResource;
import org.indicatortracker.support.WorkspacePageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The import screen in real headless Chromium: a dry run lists row errors and nothing is written; a clean file is
 * committed only after its clean dry run, and the counts show. Each test imports into a region of its own.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ImportBrowserTest extends WorkspacePageTest {

    private static final String HEADER = "类型,地区代码,指标,年份,发布阶段,比较方式,数值,表述,日期\n";

    private void openImport(String lang) {
        browser.signIn(url("/workspace/?view=import&lang=" + lang), Accounts.EDITOR, Accounts.PASSWORD);
    }

    /** A CSV file: the header, a clean 2047 GDP target of the region, then a second row ({region} = the region). */
    private static Path csv(String region, String secondRow) throws IOException {
        Path file = Files.createTempDirectory("import").resolve("figures.csv");
        String rows = "目标,{region},gdp_growth,2047,,左右,6,增长6%左右,2047-01-15\n" + secondRow + "\n";
        Files.writeString(file, HEADER + rows.replace("{region}", region), StandardCharsets.UTF_8);
        return file;
    }

    private String count(String key) {
        return browser.find("#import-counts [data-count=" + key + "] dd").getText();
    }

    private static int total(String kind, String region) {
        return Accounts.editor().get("/api/v1/" + kind + "?status=all&region=" + region).then().statusCode(200).extract().path("total");
    }

    @Test
    void aDryRunWithAnErrorRowShowsTheRowAndWritesNothing() throws IOException {
        String region = FigureFixtures.region("导入错");
        Path file = csv(region, "目标,{region},gdp_growth,2048,,左右,五,增长五%左右,2048-01-15");
        openImport("en");
        browser.awaitText("#tabs button[aria-current=page]", "Import a spreadsheet");
        assertFalse(browser.find("#import-commit").isEnabled(), "no commit before a dry run");

        browser.find("#import-file").sendKeys(file.toString());
        browser.find("#import-dry-run").click();
        browser.awaitText("#status", "The dry run found 1 error(s). Fix the file as listed below, choose it again and run it dry.");
        List<WebElement> errors = browser.driver().findElements(By.cssSelector("#import-errors tbody tr"));
        assertEquals(1, errors.size());
        List<String> cells = errors.get(0).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertEquals("3", cells.get(0), "the row as the spreadsheet numbers it");
        assertEquals("数值", cells.get(1), "the column as the file names it");
        assertTrue(cells.get(2).contains("五"), "the message quotes the bad value: " + cells.get(2));
        assertEquals("1", count("errorCount"));
        assertFalse(browser.find("#import-commit").isEnabled(), "a file with errors cannot be committed");
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "accessibility (axe, WCAG 2.1 AA)");
        browser.screenshot(name + "-errors");

        assertEquals(0, total("targets", region), "a dry run writes nothing");
    }

    @Test
    void aCleanFileIsCommittedAfterItsDryRunAndTheCountsShow() throws IOException {
        String region = FigureFixtures.region("导入");
        Path file = csv(region, "结果,{region},gdp_growth,2047,初步核算,,6.2,,2048-01-20");
        openImport("zh");
        assertEquals("/api/v1/imports/template.csv", new URL(browser.find("#template-csv").getAttribute("href")).getPath());
        assertEquals("/api/v1/imports/template.xlsx", new URL(browser.find("#template-xlsx").getAttribute("href")).getPath());
        given().get("/api/v1/imports/template.csv").then().statusCode(200);

        browser.find("#import-file").sendKeys(file.toString());
        browser.find("#import-dry-run").click();
        browser.awaitText("#status", "试运行没有发现错误，可以正式导入。");
        assertEquals("2", count("created"));
        assertEquals("0", count("errorCount"));
        assertEquals(0, total("targets", region), "nothing written by the dry run");

        // changing the choice asks for a new dry run
        browser.find("#import-draft").click();
        assertFalse(browser.find("#import-commit").isEnabled());
        browser.find("#import-draft").click();
        browser.find("#import-dry-run").click();
        browser.waiting().until(d -> d.findElement(By.id("import-commit")).isEnabled());

        browser.find("#import-commit").click();
        browser.awaitText("#status", "已导入：新建 2 条，更新 0 条，0 条不变。");
        assertEquals("2", count("created"));
        assertEquals("导入结果", browser.find("#import-result h2").getText());
        assertFalse(browser.find("#import-commit").isEnabled(), "committed once");
        browser.screenshot(name + "-committed");

        Figures.fresh();
        int target = given().get("/api/v1/targets?region=" + region).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].wording", equalTo("增长6%左右")).extract().path("items[0].id");
        int outcome = given().get("/api/v1/actuals?region=" + region).then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id");

        // the same file again: every figure unchanged
        browser.find("#import-dry-run").click();
        browser.waiting().until(d -> "2".equals(d.findElement(By.cssSelector("#import-counts [data-count=unchanged] dd")).getText()));
        assertEquals("0", count("created"));

        Figures.withdraw("targets", target);
        Figures.withdraw("actuals", outcome);
    }
}
