package org.indicatortracker.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indicatortracker.support.Accounts;
import org.indicatortracker.support.WorkspacePageTest;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The workspace in real headless Chromium: sign in, browse, edit, conflicts, field errors, sign out. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class WorkspaceBrowserTest extends WorkspacePageTest {

    /** A target of the test's own, created over the API by a script (HTTP Basic). */
    private static int target(String indicator, int year, double value) {
        Map<String, Object> body = new HashMap<>(Map.of("region", "230700", "indicator", indicator, "year", year,
                "comparator", "gte", "value", value, "wording", "达到" + value + "%", "adoptedOn", "2024-01-05"));
        return Accounts.editor().body(body).post("/api/v1/targets").then().statusCode(201).extract().path("id");
    }

    private void signIn(String lang, String user, String password) {
        browser.signIn(url("/workspace/?lang=" + lang), user, password);
    }

    private void showTargets(String indicator, int year) {
        new Select(browser.find("#filter-region")).selectByValue("230700");
        new Select(browser.find("#filter-indicator")).selectByValue(indicator);
        WebElement y = browser.find("#filter-year");
        y.clear();
        y.sendKeys(String.valueOf(year));
        browser.find("#filter-show").click();
    }

    @Test
    void aPlannerSignsInEditsATargetAndThePublicApiShowsTheChange() {
        int id = target("forest_coverage", 2081, 50);
        signIn("zh", Accounts.EDITOR, Accounts.PASSWORD);
        assertEquals("指标追踪 · 规划工作台", browser.driver().getTitle());
        browser.awaitText("#tabs button[aria-current=page]", "目标");

        showTargets("forest_coverage", 2081);
        browser.find("tr[data-id='" + id + "'] button.edit").click();
        browser.find("#editor[open]");
        replace("#f-value", "51.5");
        replace("#f-wording", "森林覆盖率达到51.5%");
        browser.screenshot(name + "-editing");
        browser.find("#editor-save").click();
        browser.awaitText("#status", "已保存。");

        given().get("/api/v1/targets/" + id).then().statusCode(200)
                .body("value", equalTo(51.5f))
                .body("wording", equalTo("森林覆盖率达到51.5%"))
                .body("version", equalTo(1));
        browser.waiting().until(d -> d.findElement(By.cssSelector("tr[data-id='" + id + "'] td.value")).getText().contains("51.5"));
    }

    @Test
    void aStaleEditShowsTheNewValueAndNeverOverwritesIt() {
        int id = target("good_air_days_ratio", 2082, 80);
        signIn("en", Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
        showTargets("good_air_days_ratio", 2082);
        browser.find("tr[data-id='" + id + "'] button.edit").click();
        replace("#f-value", "85");

        // meanwhile a colleague's script changes the same target
        Map<String, Object> theirs = new HashMap<>(Map.of("region", "230700", "indicator", "good_air_days_ratio", "year", 2082,
                "comparator", "gte", "value", 90, "adoptedOn", "2024-01-05", "version", 0));
        Accounts.editor().body(theirs).put("/api/v1/targets/" + id).then().statusCode(200);

        browser.find("#editor-save").click();
        browser.awaitText("#editor-conflict h3", "Someone else changed this record");
        WebElement conflict = browser.find("#editor-conflict");
        assertTrue(conflict.getText().contains("version 1"), conflict.getText());
        String valueRow = conflict.findElements(By.cssSelector("tr")).stream().map(WebElement::getText)
                .filter(text -> text.startsWith("Value")).findFirst().orElseThrow();
        assertEquals("Value 85 90", valueRow, "mine, then theirs");
        browser.screenshot(name + "-conflict");
        given().get("/api/v1/targets/" + id).then().body("value", equalTo(90)).body("version", equalTo(1));

        browser.find("#conflict-use-theirs").click();
        assertEquals("90", browser.find("#f-value").getAttribute("value"));
        replace("#f-value", "91");
        browser.find("#editor-save").click();
        browser.awaitText("#status", "Saved.");
        given().get("/api/v1/targets/" + id).then().body("value", equalTo(91)).body("version", equalTo(2));
    }

    @Test
    void fieldErrorsAppearNextToTheFieldInTheReadersLanguage() {
        signIn("zh", Accounts.EDITOR, Accounts.PASSWORD);
        browser.find("#new-record").click();
        browser.find("#editor[open]");
        new Select(browser.find("#f-comparator")).selectByValue("range");
        replace("#f-value", "5");
        browser.find("#f-year").clear();
        browser.find("#editor-save").click();
        browser.awaitText("[data-field=year] .error", "此项必填。");
        browser.awaitText("[data-field=valueHigh] .error", "区间需要填写上限。");
        assertEquals("true", browser.find("#f-valueHigh").getAttribute("aria-invalid"));
        browser.awaitText("#editor-status", "请更正标出的字段后再保存。");

        browser.driver().get(url("/workspace/?lang=en"));
        browser.find("#new-record").click();
        new Select(browser.find("#f-comparator")).selectByValue("relative");
        replace("#f-value", "5");
        browser.find("#editor-save").click();
        browser.awaitText("[data-field=value] .error", "“relative to another indicator” takes no value.");
        browser.awaitText("[data-field=refIndicator] .error", "A relative figure needs this.");
    }

    @Test
    void signingOutReturnsToTheSignInPageAndTheWorkspaceNeedsSigningInAgain() {
        signIn("zh", Accounts.EDITOR, Accounts.PASSWORD);
        browser.find("#sign-out").click();
        browser.waiting().until(ExpectedConditions.urlContains("sign-in.html"));
        browser.awaitText("#status", "您已退出登录。");
        browser.driver().get(url("/workspace/?lang=zh&view=actuals"));
        browser.waiting().until(ExpectedConditions.urlContains("sign-in.html"));
        browser.awaitText("h1", "登录规划工作台");
    }

    @Test
    void aWrongPasswordIsExplainedOnTheSignInPage() {
        browser.driver().get(url("/workspace/sign-in.html?lang=en"));
        browser.find("#username").sendKeys(Accounts.VIEWER);
        browser.find("#password").sendKeys("not-the-password");
        browser.find("#sign-in-form button[type=submit]").click();
        browser.awaitText("#status", "The user name or password is wrong, or the account is disabled.");
        assertTrue(browser.driver().getCurrentUrl().contains("sign-in.html"));
    }

    @Test
    void anAdminCreatesALimitedEditorWhoCanThenSignIn() {
        signIn("en", Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
        browser.find("#tabs button[data-view=users]").click();
        browser.find("tr[data-username=admin]");
        browser.find("#new-record").click();
        browser.find("#f-username").sendKeys("yichun-browser");
        browser.find("#f-password").sendKeys("short");
        browser.find("#editor-save").click();
        browser.awaitText("[data-field=password] .error", "A password needs at least 12 characters.");
        replace("#f-password", "a-long-enough-password");
        new Select(browser.find("#f-regions")).selectByValue("230700");
        browser.find("#editor-save").click();
        browser.awaitText("#status", "Created.");
        browser.awaitText("tr[data-username=yichun-browser] td:nth-child(3)", "Yichun");

        given().contentType("application/json").body(Map.of("username", "yichun-browser", "password", "a-long-enough-password"))
                .post("/api/v1/session").then().statusCode(200).body("regions", equalTo(List.of("230700")));

        // signed in, the limited editor is offered changes of Yichun's figures only; other regions' can only be read
        browser.find("#sign-out").click();
        browser.waiting().until(ExpectedConditions.urlContains("sign-in.html"));
        browser.signIn(url("/workspace/?lang=en&view=actuals"), "yichun-browser", "a-long-enough-password");
        browser.waiting().until(d -> d.findElements(By.cssSelector("tr[data-id]")).size() > 0);
        int yichun = 0;
        int others = 0;
        for (WebElement row : browser.driver().findElements(By.cssSelector("tr[data-id]"))) {
            boolean own = row.findElement(By.cssSelector("td:nth-child(2)")).getText().trim().equals("Yichun");
            assertEquals(own, !row.findElements(By.cssSelector("button.correct")).isEmpty(), row.getText());
            assertEquals(own, !row.findElements(By.cssSelector("button.withdraw")).isEmpty(), row.getText());
            assertEquals(1, row.findElements(By.cssSelector("button.history")).size(), row.getText());
            if (own) {
                yichun++;
            } else {
                others++;
            }
        }
        assertTrue(yichun > 0 && others > 0, "both Yichun's and other regions' outcomes are listed");
    }
}
