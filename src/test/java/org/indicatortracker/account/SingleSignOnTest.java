package org.indicatortracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.indicatortracker.support.Accounts;
import org.indicatortracker.support.IdentityProviderResource;
import org.indicatortracker.support.PostgresResource;
import org.indicatortracker.support.WorkspaceBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Single sign-on through an OpenID Connect provider (a test provider on a local port): the provider vouches for a
 * user name, the workspace session belongs to the local account of that name, with its roles and regions.
 */
@QuarkusTest
@TestProfile(SingleSignOnTest.WithIdentityProvider.class)
@QuarkusTestResource(PostgresResource.class)
class SingleSignOnTest {

    /** The application with the identity provider configured. */
    public static class WithIdentityProvider implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(IdentityProviderResource.class));
        }
    }

    private static final String CITY_PLANNER = "sso-city-planner";

    /** Goes through the code flow as {@code user} and returns the last answer of the application. */
    private static Response signInThroughProvider(CookieFilter browser, String user) {
        Response toProvider = given().filter(browser).redirects().follow(false).get("/sso/start");
        assertEquals(302, toProvider.statusCode(), "first visit goes to the identity provider");
        String authorize = toProvider.header("Location");
        assertTrue(authorize.contains("/realms/planning/auth?"), authorize);
        assertTrue(authorize.contains("client_id=" + IdentityProviderResource.CLIENT_ID), authorize);
        Response fromProvider = given().urlEncodingEnabled(false).redirects().follow(false).get(authorize + "&login_hint=" + user);
        assertEquals(302, fromProvider.statusCode());
        String callback = fromProvider.header("Location");
        assertTrue(callback.contains("/sso/start?code="), callback);
        Response answer = given().urlEncodingEnabled(false).filter(browser).redirects().follow(false).get(callback);
        // Quarkus drops the code and state from the address with one more redirect to /sso/start
        while (answer.statusCode() == 302 && answer.header("Location").endsWith("/sso/start")) {
            answer = given().filter(browser).redirects().follow(false).get("/sso/start");
        }
        return answer;
    }

    private static void account(String username, String roles, boolean enabled, String... regions) {
        QuarkusTransaction.requiringNew().run(() -> {
            UserAccount user = UserAccount.byUsername(username)
                    .orElseGet(() -> UserAccount.create(username, "unused-password-0123", roles));
            user.enabled = enabled;
            user.regions.clear();
            user.regions.addAll(List.of(regions));
        });
    }

    @Test
    void theSignInPageOffersSingleSignOn() {
        given().get("/api/v1/session/options").then().statusCode(200)
                .body("password", equalTo(true)).body("singleSignOn", equalTo(true))
                .body("singleSignOnPath", equalTo("/sso/start"));
    }

    @Test
    void aProviderUserWithALocalAccountGetsAWorkspaceSessionWithTheLocalRolesAndRegions() {
        account(CITY_PLANNER, "editor", true, "230700");
        CookieFilter browser = new CookieFilter();
        Response signedIn = signInThroughProvider(browser, CITY_PLANNER);
        assertEquals(303, signedIn.statusCode());
        assertTrue(signedIn.header("Location").endsWith("/workspace/"), signedIn.header("Location"));
        assertEquals("no-store", signedIn.header("Cache-Control"));
        assertFalse(signedIn.headers().getValues("Set-Cookie").stream()
                .anyMatch(c -> c.startsWith("q_session") && !c.contains("Max-Age=0")), "the OIDC session is ended at once");

        // the token claims the provider's admin group; the workspace goes by the local account only
        Map<String, Object> session = given().filter(browser).get("/api/v1/session").then().statusCode(200)
                .body("username", equalTo(CITY_PLANNER)).body("roles", equalTo(List.of("editor")))
                .body("regions", equalTo(List.of("230700"))).extract().jsonPath().getMap("");
        String csrf = (String) session.get("csrfToken");
        given().filter(browser).get("/api/v1/users").then().statusCode(403);

        // signing out ends the session and names the provider's sign-out address, with the way back to the sign-in page
        String providerSignOut = given().filter(browser).header("X-CSRF-Token", csrf).header("Accept-Language", "en")
                .delete("/api/v1/session").then().statusCode(200).extract().path("providerSignOut");
        assertTrue(providerSignOut.matches("http://127\\.0\\.0\\.1:\\d+/realms/planning/logout\\?client_id=indicator-tracker"
                + "&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A\\d+%2Fworkspace%2Fsign-in\\.html%3FsignedOut%3D1%26lang%3Den"),
                providerSignOut);
        given().filter(browser).get("/api/v1/session").then().statusCode(401);
    }

    @Test
    void aPasswordSessionSignsOutWithoutTheProvider() {
        account("sso-password-user", "editor", true);
        CookieFilter browser = new CookieFilter();
        String csrf = given().filter(browser).contentType("application/json")
                .body(Map.of("username", "sso-password-user", "password", "unused-password-0123"))
                .post("/api/v1/session").then().statusCode(200).extract().path("csrfToken");
        given().filter(browser).header("X-CSRF-Token", csrf).delete("/api/v1/session").then().statusCode(204);
        given().filter(browser).get("/api/v1/session").then().statusCode(401);
    }

    @Test
    void aProviderUserWithoutAnEnabledLocalAccountIsSentBackToTheSignInPage() {
        CookieFilter stranger = new CookieFilter();
        Response refused = signInThroughProvider(stranger, "nobody-here");
        assertEquals(303, refused.statusCode());
        assertTrue(refused.header("Location").endsWith("/workspace/sign-in.html?sso=refused"), refused.header("Location"));
        given().filter(stranger).get("/api/v1/session").then().statusCode(401);

        account("sso-disabled", "editor", false);
        CookieFilter disabled = new CookieFilter();
        assertEquals(303, signInThroughProvider(disabled, "sso-disabled").statusCode());
        given().filter(disabled).get("/api/v1/session").then().statusCode(401);
    }

    @Test
    void disablingTheLocalAccountEndsItsSingleSignOnSession() {
        account("sso-leaver", "editor", true);
        CookieFilter browser = new CookieFilter();
        assertEquals(303, signInThroughProvider(browser, "sso-leaver").statusCode());
        given().filter(browser).get("/api/v1/session").then().statusCode(200).body("username", equalTo("sso-leaver"));
        account("sso-leaver", "editor", false);
        given().filter(browser).get("/api/v1/session").then().statusCode(401);
    }

    @Test
    void inTheBrowserThePlannerSignsInAtTheProviderAndLandsInTheWorkspace() {
        WorkspaceBrowser.assumeInstalled();
        account(CITY_PLANNER, "editor", true, "230700");
        WorkspaceBrowser browser = WorkspaceBrowser.open();
        try {
            browser.driver().get(RestAssured.baseURI + ":" + RestAssured.port + "/workspace/sign-in.html?lang=en");
            WebElement sso = browser.find("#sso-link");
            browser.waiting().until(d -> sso.isDisplayed());
            assertEquals("Sign in with single sign-on", sso.getText().trim());
            sso.click();
            browser.find("#idp-user").sendKeys(CITY_PLANNER);
            browser.find("#idp-submit").click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/workspace/?lang=en"));
            browser.find("#tabs button[aria-current=page]");
            browser.waiting().until(d -> browser.find("#who").getText().startsWith("Signed in as " + CITY_PLANNER + " (limited to"));
            browser.screenshot("single-sign-on");

            // signing out passes through the provider's sign-out page and ends on the sign-in page
            int before = IdentityProviderResource.SIGNED_OUT.size();
            browser.find("#sign-out").click();
            browser.waiting().until(d -> d.getCurrentUrl().endsWith("/workspace/sign-in.html?signedOut=1&lang=en"));
            assertEquals(before + 1, IdentityProviderResource.SIGNED_OUT.size(), "the provider was asked to sign the user out");
            assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> BrowserSession.count("userId",
                    UserAccount.byUsername(CITY_PLANNER).orElseThrow().id)), "the workspace session ended");
        } finally {
            assertEquals(List.of(), browser.closeReturningCspViolations(), "no CSP violations");
        }
    }

    @Test
    void theApiStillNeverRedirects() {
        Accounts.ensure();
        Response anonymousWrite = given().redirects().follow(false).contentType("application/json").body("{}")
                .post("/api/v1/targets");
        assertEquals(401, anonymousWrite.statusCode());
        assertNull(anonymousWrite.header("Location"));
        given().redirects().follow(false).get("/api/v1/session").then().statusCode(401).header("Location", nullValue());
        // scripts keep using HTTP Basic
        Accounts.editor().get("/api/v1/session").then().statusCode(200).body("username", equalTo(Accounts.EDITOR));
    }
}
