package org.indicatortracker.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.support.Accounts;
import org.indicatortracker.support.FigureFixtures;
import org.indicatortracker.support.Figures;
import org.indicatortracker.support.PostgresResource;
import org.indicatortracker.support.WorkspacePageTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Correcting a published figure in the workspace (“准备更正 Prepare a correction”), in real headless Chromium: the
 * correction is a draft change the public does not see until it is published; a figure that has a draft change already
 * shows that draft and the correction is saved into it. Each test uses a region of its own.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class CorrectionBrowserTest extends WorkspacePageTest {

    @Test
    void aCorrectionStaysPrivateUntilPublishedThenReplacesThePublicFigure() {
        String region = FigureFixtures.region("更正");
        int id = (int) FigureFixtures.aroundTarget(region, 2046, "6");
        try {
            browser.signIn(url("/workspace/?lang=zh&view=targets&region=" + region), Accounts.EDITOR, Accounts.PASSWORD);
            browser.awaitText("tr[data-id='" + id + "'] button.correct", "准备更正");
            browser.find("tr[data-id='" + id + "'] button.correct").click();
            browser.find("#editor[open]");
            assertTrue(browser.find("#editor-title").getText().startsWith("准备更正目标：更正市 · 2046 · "),
                    browser.find("#editor-title").getText());
            browser.awaitText("#editor-lead", "保存后成为一份修改草稿：公开的数据保持不变，直到在“草稿与发布”中发布这份草稿。");
            assertEquals("6", browser.find("#f-value").getAttribute("value"), "prefilled with the published figure");
            assertEquals("增长6%左右", browser.find("#f-wording").getAttribute("value"));
            assertTrue(browser.driver().findElements(By.id("f-status")).isEmpty(), "a correction is always a draft");
            replace("#f-value", "6.5");
            replace("#f-wording", "增长6.5%左右");
            browser.find("#editor-save").click();
            browser.waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("已保存为修改草稿 #"));

            int draftId = Accounts.editor().get("/api/v1/targets?status=draft&region=" + region).then().statusCode(200)
                    .body("total", equalTo(1)).body("items[0].draftOf", equalTo(id)).extract().path("items[0].id");
            browser.awaitText("#status", "已保存为修改草稿 #" + draftId + "。公开的数据保持不变，直到在“草稿与发布”中发布。");
            WebElement draftRow = browser.find("tr[data-id='" + draftId + "']");
            assertTrue(draftRow.getText().contains("草稿") && draftRow.getText().contains("修改已发布数据 #" + id), draftRow.getText());
            browser.screenshot(name + "-draft");

            // the public still sees the published figure
            Figures.fresh();
            given().get("/api/v1/targets/" + id).then().statusCode(200).body("value", equalTo(6)).body("wording", equalTo("增长6%左右"));
            given().get("/api/v1/targets/" + draftId).then().statusCode(404);
            assertDashboardShows(region, 2046, "gdp_growth", "增长6%左右");

            // published from the drafts view
            String listed = publishDraft("zh", region, 2046, "targets", draftId);
            assertTrue(listed.contains("左右 6.5") && listed.contains("修改已发布数据 #" + id), listed);
            browser.waiting().until(d -> d.findElement(By.id("status")).getText().startsWith("已发布 1 条"));

            Figures.fresh();
            given().get("/api/v1/targets/" + id).then().statusCode(200).body("value", equalTo(6.5f))
                    .body("wording", equalTo("增长6.5%左右")).body("status", equalTo("published"));
            String tile = assertDashboardShows(region, 2046, "gdp_growth", "增长6.5%左右");
            assertFalse(tile.contains("增长6%左右"), tile);

            // the figure's history shows the correction, made by the publication
            browser.driver().get(url("/workspace/?lang=zh&view=targets&region=" + region));
            browser.waiting().until(d -> d.findElement(By.cssSelector("tr[data-id='" + id + "'] td.value")).getText().contains("左右 6.5"));
            assertEquals(1, browser.driver().findElements(By.cssSelector("#list tbody tr")).size(), "the draft change is gone");
            browser.find("tr[data-id='" + id + "'] button.history").click();
            browser.find("#panel[open]");
            WebElement updated = browser.find("#history-table tr[data-action=updated]");
            assertTrue(updated.getText().contains("数值: 6 → 6.5"), updated.getText());
            assertTrue(updated.getText().contains("原文表述: 增长6%左右 → 增长6.5%左右"), updated.getText());
            assertTrue(updated.getText().contains("发布 (publication:"), updated.getText());
            browser.screenshot(name + "-history");
        } finally {
            Figures.withdraw("targets", id);
        }
    }

    @Test
    void aFigureWithADraftChangeShowsThatDraftAndTheCorrectionIsSavedIntoIt() {
        String region = FigureFixtures.region("再更正");
        int id = (int) FigureFixtures.outcome(region, 2046, Vintage.PRELIMINARY, "5", LocalDate.of(2047, 1, 20));
        // a colleague prepared a correction already
        Map<String, Object> theirs = Map.of("region", region, "indicator", "gdp_growth", "year", 2046, "vintage", "preliminary",
                "comparator", "eq", "value", 5.1, "publishedOn", "2047-01-20", "version", 0);
        int draftId = Accounts.editor().body(theirs).post("/api/v1/actuals/" + id + "/drafts").then().statusCode(201)
                .extract().path("id");
        try {
            browser.signIn(url("/workspace/?lang=en&view=actuals&region=" + region), Accounts.EDITOR, Accounts.PASSWORD);
            browser.find("tr[data-id='" + id + "'] button.correct").click();
            browser.find("#editor[open]");
            assertEquals("5", browser.find("#f-value").getAttribute("value"), "prefilled with the published figure");
            replace("#f-value", "5.3");
            browser.find("#editor-save").click();

            browser.awaitText("#editor-conflict h3", "This figure already has a draft change");
            String conflict = browser.find("#editor-conflict").getText();
            assertTrue(conflict.contains("(#" + draftId + ", version 0)"), conflict);
            String valueRow = browser.find("#editor-conflict").findElements(By.cssSelector("tr")).stream().map(WebElement::getText)
                    .filter(text -> text.startsWith("Value")).findFirst().orElseThrow();
            assertEquals("Value 5.3 5.1", valueRow, "mine, then the draft change's");
            browser.screenshot(name + "-conflict");
            assertEquals(List.of(), browser.seriousAccessibilityViolations(), "accessibility (axe, WCAG 2.1 AA)");

            browser.find("#conflict-keep-mine").click();
            browser.find("#editor-save").click();
            browser.awaitText("#status", "Saved as draft change #" + draftId
                    + ". The public figure stays as it is until it is published in “Drafts & publishing”.");
            Accounts.editor().get("/api/v1/actuals?status=draft&region=" + region).then().statusCode(200)
                    .body("items.id", equalTo(List.of(draftId))).body("items[0].value", equalTo(5.3f))
                    .body("items[0].version", equalTo(1));
            Figures.fresh();
            given().get("/api/v1/actuals/" + id).then().statusCode(200).body("value", equalTo(5));
        } finally {
            Figures.withdraw("actuals", id);
        }
    }
}
