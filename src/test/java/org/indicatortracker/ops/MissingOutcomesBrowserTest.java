package org.indicatortracker.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.support.Accounts;
import org.indicatortracker.support.FigureFixtures;
import org.indicatortracker.support.PostgresResource;
import org.indicatortracker.support.WorkspaceBrowser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Editors find the overdue outcomes in the workspace, in both languages, and go from there to enter one. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class MissingOutcomesBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    MissingOutcomeCheck check;

    private WorkspaceBrowser browser;

    @BeforeAll
    static void chromium() {
        WorkspaceBrowser.assumeInstalled();
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.screenshot("missing-outcomes");
            browser.close();
        }
    }

    private void signInAndOpenMissing(String lang) {
        browser.driver().get(base.toString().replaceAll("/$", "") + "/workspace/?view=missing&lang=" + lang);
        browser.waiting().until(ExpectedConditions.urlContains("/workspace/sign-in.html"));
        browser.find("#username").sendKeys(Accounts.EDITOR);
        browser.find("#password").sendKeys(Accounts.PASSWORD);
        browser.find("#sign-in-form button[type=submit]").click();
        browser.waiting().until(d -> !d.getCurrentUrl().contains("sign-in"));
        browser.find("#tabs button[data-view=missing]").click();
    }

    @Test
    void anOverdueOutcomeIsListedWithALinkToEnterIt() {
        Accounts.ensure();
        String region = FigureFixtures.region("逾期");
        long target = FigureFixtures.aroundTarget(region, 2027, "6");
        String other = FigureFixtures.region("已报");
        FigureFixtures.aroundTarget(other, 2027, "6");
        FigureFixtures.outcome(other, 2027, Vintage.PRELIMINARY, "6.1", LocalDate.of(2028, 2, 28));
        QuarkusTransaction.requiringNew().run(() -> check.check(2027));

        browser = WorkspaceBrowser.open();
        signInAndOpenMissing("en");
        browser.awaitText("#tabs button[aria-current=page]", "Overdue outcomes");
        new Select(browser.find("#filter-region")).selectByValue(region);
        browser.find("form.filters button[type=submit]").click();
        WebElement row = browser.find("tr[data-target='" + target + "']");
        assertTrue(row.getText().contains("逾期 City") && row.getText().contains("GDP growth") && row.getText().contains("2027"),
                row.getText());
        String href = row.findElement(By.cssSelector("a.enter-outcome")).getAttribute("href");
        assertTrue(href.contains("view=actuals") && href.contains("region=" + region) && href.contains("year=2027")
                && href.contains("indicator=gdp_growth") && href.contains("lang=en"), href);
        assertTrue(browser.find("#missing-summary").getText().startsWith("Outcomes of "), "the due year is explained");

        new Select(browser.find("#filter-region")).selectByValue(other);
        browser.find("form.filters button[type=submit]").click();
        browser.awaitText("#list p.empty", "No outcome is overdue.");
    }

    @Test
    void theViewSpeaksChineseByDefault() {
        Accounts.ensure();
        browser = WorkspaceBrowser.open();
        signInAndOpenMissing("zh");
        browser.awaitText("#tabs button[aria-current=page]", "逾期未报");
        browser.waiting().until(d -> d.findElement(By.id("missing-summary")).getText().contains("应已发布"));
    }
}
