package org.indicatortracker.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
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

    /** Types into a field instead of what it holds. */
    protected void replace(String css, String text) {
        WebElement input = browser.find(css);
        input.clear();
        input.sendKeys(text);
    }
}
