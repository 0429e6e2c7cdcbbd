package org.indicatortracker.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.indicatortracker.support.Accounts;
import org.indicatortracker.support.FigureFixtures;
import org.indicatortracker.support.Figures;
import org.indicatortracker.support.PostgresResource;
import org.indicatortracker.support.WorkspacePageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A planner's publishing work in real headless Chromium: a draft published in the workspace appears on the public
 * dashboard; a published figure is withdrawn with a reason (after a colleague's change, shown as a conflict) and the
 * reason appears in its history; a source's original file is archived with its SHA-256. Each test uses a region of
 * its own; published figures are withdrawn at the end, never deleted.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class PublishingBrowserTest extends WorkspacePageTest {

    private static Map<String, Object> target(String region, int year, Object value) {
        return new HashMap<>(Map.of("region", region, "indicator", "gdp_growth", "year", year, "comparator", "around",
                "value", value, "wording", "增长" + value + "%左右", "adoptedOn", year + "-01-10"));
    }

    @Test
    void aDraftPublishedInTheWorkspaceAppearsOnThePublicDashboard() {
        String region = FigureFixtures.region("发布");
        browser.signIn(url("/workspace/?lang=zh"), Accounts.EDITOR, Accounts.PASSWORD);

        // a new target, saved as a draft
        browser.find("#new-record").click();
        browser.find("#editor[open]");
        new Select(browser.find("#f-region")).selectByValue(region);
        new Select(browser.find("#f-indicator")).selectByValue("gdp_growth");
        replace("#f-year", "2046");
        new Select(browser.find("#f-comparator")).selectByValue("around");
        replace("#f-value", "6.5");
        replace("#f-wording", "增长6.5%左右");
        new Select(browser.find("#f-status")).selectByValue("draft");
        browser.find("#editor-save").click();
        browser.awaitText("#status", "已创建。");
        int id = Accounts.editor().get("/api/v1/targets?status=draft&region=" + region).then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id");
        Figures.fresh();
        given().get("/api/v1/targets?region=" + region).then().statusCode(200).body("total", equalTo(0));

        try {
            // the drafts of the region and year, published from the drafts view
            browser.find("#tabs button[data-view=drafts]").click();
            browser.awaitText("#tabs button[aria-current=page]", "草稿与发布");
            new Select(browser.find("#filter-region")).selectByValue(region);
            replace("#filter-year", "2046");
            browser.find("#filter-show").click();
            WebElement row = browser.find("#drafts-table tr[data-kind=targets][data-id='" + id + "']");
            assertTrue(row.getText().contains("左右 6.5"), row.getText());
            assertTrue(row.getText().contains("新数据"), row.getText());
            assertEquals("发布所选（0 条）", browser.find("#publish-selected").getText());
            assertTrue(!browser.find("#publish-selected").isEnabled(), "nothing selected, nothing to publish");
            browser.find("#drafts-table tr[data-id='" + id + "'] input.pick").click();
            browser.awaitText("#publish-selected", "发布所选（1 条）");
            browser.screenshot(name + "-selected");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "accessibility (axe, WCAG 2.1 AA)");
            browser.find("#publish-selected").click();
            browser.waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("已发布 1 条"));
            browser.awaitText("#list p.empty", "没有符合条件的草稿。");

            // the public dashboard shows the new target
            assertDashboardShows(region, 2046, "gdp_growth", "增长6.5%左右");
            browser.screenshot(name + "-dashboard");
        } finally {
            Figures.withdraw("targets", id);
        }
    }

    @Test
    void aWithdrawalNeedsAReasonSurvivesAColleaguesChangeAndItsReasonIsInTheHistory() {
        String region = FigureFixtures.region("撤回");
        int id = Accounts.editor().body(target(region, 2046, 6)).post("/api/v1/targets").then().statusCode(201).extract().path("id");
        browser.signIn(url("/workspace/?lang=en&view=targets&region=" + region), Accounts.EDITOR, Accounts.PASSWORD);

        browser.find("tr[data-id='" + id + "'] button.withdraw").click();
        browser.find("#editor[open]");
        assertEquals("Withdraw", browser.find("#editor-save").getText());
        browser.find("#editor-save").click();
        browser.awaitText("[data-field=reason] .error", "Required.");
        String reason = "The statistics bureau corrected a typo in the report";
        browser.find("#f-reason").sendKeys(reason);

        // meanwhile a colleague's script corrects the value
        Map<String, Object> theirs = target(region, 2046, 7);
        theirs.put("version", 0);
        Accounts.editor().body(theirs).put("/api/v1/targets/" + id).then().statusCode(200);

        browser.find("#editor-save").click();
        browser.awaitText("#editor-conflict h3", "Someone else changed this record");
        String conflict = browser.find("#editor-conflict").getText();
        assertTrue(conflict.contains("version 1") && conflict.contains("Now: around 7"), conflict);
        browser.screenshot(name + "-conflict");
        Accounts.editor().get("/api/v1/targets/" + id).then().body("status", equalTo("published"));

        browser.find("#conflict-keep-mine").click();
        browser.find("#editor-save").click();
        browser.awaitText("#status", "Withdrawn. The public no longer sees it in lists and charts; its history shows the reason.");
        browser.awaitText("tr[data-id='" + id + "'] .badge", "withdrawn");
        assertTrue(browser.driver().findElements(By.cssSelector("tr[data-id='" + id + "'] button.withdraw")).isEmpty());

        browser.find("tr[data-id='" + id + "'] button.history").click();
        browser.find("#panel[open]");
        WebElement withdrawn = browser.find("#history-table tr[data-action=withdrawn]");
        assertTrue(withdrawn.getText().contains("Reason for withdrawing: " + reason), withdrawn.getText());
        assertTrue(withdrawn.getText().contains(Accounts.EDITOR), withdrawn.getText());
        WebElement updated = browser.find("#history-table tr[data-action=updated]");
        assertTrue(updated.getText().contains("Value: 6 → 7"), updated.getText());
        assertTrue(browser.find("#history-table tr[data-action=created]").getText().contains("workspace or API"));
        browser.screenshot(name + "-history");
        assertEquals(List.of(), browser.seriousAccessibilityViolations(), "accessibility (axe, WCAG 2.1 AA)");

        Figures.fresh();
        given().get("/api/v1/targets/" + id + "/history").then().statusCode(200).body("[-1].reason", equalTo(reason));
    }

    @Test
    void aSourcesOriginalFileIsArchivedWithItsSha256AndUploadDate() throws IOException, NoSuchAlgorithmException {
        String region = FigureFixtures.region("原件");
        int source = Accounts.editor().body(Map.of("title", "2046年原件市政府工作报告", "region", region, "kind", "work_report",
                "publishedOn", "2046-01-05")).post("/api/v1/sources").then().statusCode(201).extract().path("id");
        byte[] content = ("%PDF-1.4\n% a government work report " + System.nanoTime() + "\n").getBytes(StandardCharsets.US_ASCII);
        Path file = Files.createTempDirectory("source-file").resolve("work-report-2046.pdf");
        Files.write(file, content);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

        browser.signIn(url("/workspace/?lang=zh&view=sources&region=" + region), Accounts.EDITOR, Accounts.PASSWORD);
        browser.find("tr[data-id='" + source + "'] button.files").click();
        browser.find("#panel[open]");
        browser.awaitText("#panel-title", "原件存档：2046年原件市政府工作报告");
        browser.awaitText("#source-files p.empty", "还没有存档的原件。");
        browser.find("#source-file").sendKeys(file.toString());
        browser.find("#source-file-upload").click();
        browser.awaitText("#panel-status", "已存档 work-report-2046.pdf，SHA-256：" + sha);
        WebElement row = browser.find("#source-files-table tr[data-file]");
        assertEquals(sha, row.findElement(By.cssSelector("code.sha")).getText());
        assertTrue(row.findElement(By.cssSelector(".uploaded")).getText().matches(".*20\\d\\d.*"),
                "upload date shown: " + row.getText());
        String href = row.findElement(By.cssSelector("a.download")).getAttribute("href");
        assertTrue(href.matches(".*/api/v1/sources/" + source + "/files/\\d+$"), href);
        browser.screenshot(name + "-archived");

        // the same bytes again: nothing new is stored
        browser.find("#source-file").sendKeys(file.toString());
        browser.find("#source-file-upload").click();
        browser.awaitText("#panel-status", "这份文件已存档过（SHA-256：" + sha + "），未重复保存。");
        assertEquals(1, browser.driver().findElements(By.cssSelector("#source-files-table tr[data-file]")).size());

        byte[] downloaded = given().get(href.replaceFirst("^https?://[^/]+", "")).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(content, downloaded);
    }
}
