package org.indicatortracker.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.publication.ApprovalRequiredProfile;
import org.indicatortracker.support.Accounts;
import org.indicatortracker.support.FigureFixtures;
import org.indicatortracker.support.Figures;
import org.indicatortracker.support.PostgresResource;
import org.indicatortracker.support.WorkspacePageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Publishing under the second-approval setting, in real headless Chromium: one editor prepares and requests, and
 * cannot approve their own request; another editor approves (the public then sees the change) or rejects (the public
 * sees nothing new). Both cases live in this class because another test profile restarts the application.
 */
@QuarkusTest
@TestProfile(ApprovalRequiredProfile.class)
@QuarkusTestResource(PostgresResource.class)
class ApprovalBrowserTest extends WorkspacePageTest {

    private static final Pattern REQUESTED = Pattern.compile("^已提交发布申请 #(\\d+)（1 条），等待另一位编辑审核。$");

    /** Waits for the status line saying the publication was requested, and returns the publication's number. */
    private int requested() {
        browser.waiting().until(d -> REQUESTED.matcher(d.findElement(By.id("status")).getText()).matches());
        Matcher m = REQUESTED.matcher(browser.find("#status").getText());
        assertTrue(m.matches());
        return Integer.parseInt(m.group(1));
    }

    /** The requester's view of their pending publication: listed, but only another editor may approve it. */
    private void awaitingSomeoneElse(int publication) {
        WebElement row = browser.find("#pending-table tr[data-publication='" + publication + "']");
        assertTrue(row.getText().contains(Accounts.EDITOR) && row.getText().contains("您提交的，需另一位编辑审核"), row.getText());
        assertTrue(row.findElements(By.cssSelector("button.approve")).isEmpty(), "the requester cannot approve");
        assertEquals("撤回申请", row.findElement(By.cssSelector("button.reject")).getText().trim(),
                "the requester can take the request back");
    }

    /** Signs the first editor out and the second editor in, on the drafts of the region and year. */
    private void secondEditor(String region, int year) {
        browser.find("#sign-out").click();
        browser.waiting().until(ExpectedConditions.urlContains("sign-in.html"));
        browser.signIn(url("/workspace/?lang=zh&view=drafts&region=" + region + "&year=" + year), Accounts.SECOND_EDITOR, Accounts.PASSWORD);
        browser.awaitText("#who", "已登录：" + Accounts.SECOND_EDITOR);
    }

    @Test
    void aCorrectionBecomesPublicOnlyWhenASecondEditorApprovesIt() {
        String region = FigureFixtures.region("审核");
        int id = (int) FigureFixtures.outcome(region, 2046, Vintage.PRELIMINARY, "5", LocalDate.of(2047, 1, 20));
        try {
            browser.signIn(url("/workspace/?lang=zh&view=actuals&region=" + region), Accounts.EDITOR, Accounts.PASSWORD);
            WebElement published = browser.find("tr[data-id='" + id + "']");
            assertTrue(published.findElements(By.cssSelector("button.edit")).isEmpty(),
                    "under the approval setting a published figure is not edited directly");
            published.findElement(By.cssSelector("button.correct")).click();
            browser.awaitText("#editor-lead",
                    "保存后成为一份修改草稿：公开的数据保持不变，直到在“草稿与发布”中提交发布、并经另一位编辑审核通过。");
            replace("#f-value", "5.4");
            browser.find("#editor-save").click();
            browser.waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("已保存为修改草稿 #"));
            int draftId = Accounts.editor().get("/api/v1/actuals?status=draft&region=" + region).then().statusCode(200)
                    .body("items.draftOf", equalTo(List.of(id))).extract().path("items[0].id");

            String listed = publishDraft("zh", region, 2046, "actuals", draftId);
            assertTrue(listed.contains("修改已发布数据 #" + id), listed);
            int publication = requested();
            awaitingSomeoneElse(publication);
            WebElement waiting = browser.find("#drafts-table tr[data-kind=actuals][data-id='" + draftId + "']");
            assertTrue(waiting.getText().contains("待审核（发布 #" + publication + "）"), waiting.getText());
            assertFalse(waiting.findElement(By.cssSelector("input.pick")).isEnabled(), "a draft awaiting approval cannot be picked again");
            browser.awaitText("#publish-all", "本地区本年度的草稿都在等待审核");
            assertFalse(browser.find("#publish-all").isEnabled(), "the region and year has no draft left to publish");
            browser.screenshot(name + "-requested");
            Figures.fresh();
            given().get("/api/v1/actuals/" + id).then().statusCode(200).body("value", equalTo(5));

            secondEditor(region, 2046);
            WebElement pending = browser.find("#pending-table tr[data-publication='" + publication + "']");
            assertTrue(pending.getText().contains(Accounts.EDITOR), pending.getText());
            assertEquals("驳回", pending.findElement(By.cssSelector("button.reject")).getText().trim());
            pending.findElement(By.cssSelector("button.approve")).click();
            browser.awaitText("#status", "发布 #" + publication + " 已审核通过，现已公开。");
            browser.waiting().withMessage("no longer pending")
                    .until(d -> d.findElements(By.cssSelector("#pending-table tr[data-publication='" + publication + "']")).isEmpty());

            Figures.fresh();
            given().get("/api/v1/actuals/" + id).then().statusCode(200).body("value", equalTo(5.4f)).body("status", equalTo("published"));
            assertDashboardShows(region, 2046, "gdp_growth", "5.4");
            browser.screenshot(name + "-dashboard");
        } finally {
            Figures.withdraw("actuals", id);
        }
    }

    @Test
    void aRejectedRequestLeavesTheNewFigureUnpublished() {
        String region = FigureFixtures.region("驳回");
        browser.signIn(url("/workspace/?lang=zh&view=targets&region=" + region), Accounts.EDITOR, Accounts.PASSWORD);
        browser.find("#new-record").click();
        browser.find("#editor[open]");
        assertEquals("draft", browser.find("#f-status").getAttribute("value"), "a new figure is a draft by default");
        new Select(browser.find("#f-indicator")).selectByValue("gdp_growth");
        replace("#f-year", "2046");
        replace("#f-value", "7");
        replace("#f-wording", "增长7%左右");
        browser.find("#editor-save").click();
        browser.awaitText("#status", "已创建。");
        int id = Accounts.editor().get("/api/v1/targets?status=draft&region=" + region).then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id");
        Map<String, Object> another = Figures.target("cpi_growth", 2046);
        another.put("region", region);
        int other = Figures.createTarget(another);
        try {
            publishDraft("zh", region, 2046, "targets", id);
            int publication = requested();
            awaitingSomeoneElse(publication);

            secondEditor(region, 2046);
            // the whole region and year now means the one draft that is not awaiting approval
            browser.awaitText("#publish-all", "发布驳回市2046年未在审核中的 1 条草稿");
            assertTrue(browser.find("#publish-all").isEnabled(), "the draft that is not awaiting approval can be published");
            browser.find("#pending-table tr[data-publication='" + publication + "'] button.reject").click();
            browser.awaitText("#status", "发布 #" + publication + " 已驳回，草稿保持不变。");
            WebElement draft = browser.find("#drafts-table tr[data-kind=targets][data-id='" + id + "']");
            assertTrue(draft.getText().contains("左右 7") && draft.getText().contains("新数据"), draft.getText());
            browser.screenshot(name + "-rejected");

            Figures.fresh();
            given().get("/api/v1/targets/" + id).then().statusCode(404);
            given().get("/api/v1/targets?region=" + region).then().statusCode(200).body("total", equalTo(0));
            Accounts.editor().get("/api/v1/targets/" + id).then().body("status", equalTo("draft"));
        } finally {
            Figures.withdraw("targets", id);
            Figures.withdraw("targets", other);
        }
    }
}
