package org.indicatortracker.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Base of the workspace's browser tests: a fresh Chromium for each test (skipped where none is installed), the test
 * accounts, a screenshot named after the test when it ends, and no Content-Security-Policy violation allowed.
 */
public abstract class WorkspacePageTest {

    protected WorkspaceBrowser browser;
    protected String name;

    @BeforeAll
    static void chromium() {
        WorkspaceBrowser.assumeInstalled();
    }

    @BeforeEach
    void openBrowser(TestInfo info) {
        Accounts.ensure();
        name = info.getTestMethod().orElseThrow().getName();
        browser = WorkspaceBrowser.open();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.screenshot(name);
            assertEquals(List.of(), browser.closeReturningCspViolations(), "no CSP violations");
            browser = null;
        }
    }

    /** The full address of a path of the running application. */
    protected static String url(String path) {
        return RestAssured.baseURI + ":" + RestAssured.port + path;
    }

    /**
     * Opens the public dashboard's overview of a region and year (in Chinese), once this replica knows the latest
     * write, and returns the text of the indicator's tile.
     */
    protected String dashboardTile(String region, int year, String indicator) {
        Figures.fresh();
        browser.driver().get(url("/?view=overview&region=" + region + "&year=" + year + "&lang=zh"));
        return browser.find(".tile[data-indicator=" + indicator + "]").getText();
    }

    /** Asserts that the indicator's tile on the public dashboard shows the text; returns the whole tile's text. */
    protected String assertDashboardShows(String region, int year, String indicator, String expected) {
        String tile = dashboardTile(region, year, indicator);
        assertTrue(tile.contains(expected), "dashboard tile should show '" + expected + "': " + tile);
        return tile;
    }

    /**
     * Opens 草稿与发布 Drafts & publishing for a region and year, ticks one draft ("targets" or "actuals") and presses
     * “发布所选 Publish selected”; returns the draft's row as it was listed.
     */
    protected String publishDraft(String lang, String region, int year, String kind, int draftId) {
        browser.driver().get(url("/workspace/?lang=" + lang + "&view=drafts&region=" + region + "&year=" + year));
        WebElement row = browser.find("#drafts-table tr[data-kind=" + kind + "][data-id='" + draftId + "']");
        String listed = row.getText();
        row.findElement(By.cssSelector("input.pick")).click();
        browser.find("#publish-selected").click();
        return listed;
    }

    /** Types into a field instead of what it holds. */
    protected void replace(String css, String text) {
        WebElement input = browser.find(css);
        input.clear();
        input.sendKeys(text);
    }
}
