package org.indicatortracker.workspace;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.indicatortracker.support.Accounts;
import org.indicatortracker.support.PostgresResource;
import org.indicatortracker.support.SignedIn;
import org.junit.jupiter.api.Test;

/** Browser sign-in, sign-out and the session path of editing. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class SessionApiTest {

    private static final String PASSWORD = "session-test-password";

    private static int target(SignedIn who, String indicator, int year) {
        Map<String, Object> body = Map.of("region", "230700", "indicator", indicator, "year", year,
                "comparator", "around", "value", 6, "wording", "增长6%左右", "adoptedOn", "2024-01-10");
        return who.request().body(body).post("/api/v1/targets").then().statusCode(201).extract().path("id");
    }

    @Test
    void signingInSetsAnHttpOnlyStrictCookieForTheApiAndReturnsTheCsrfToken() {
        Accounts.ensure();
        Response r = SignedIn.signIn(Accounts.EDITOR, Accounts.PASSWORD, null);
        r.then().statusCode(200)
                .body("username", equalTo(Accounts.EDITOR))
                .body("roles", hasItem("editor"))
                .body("csrfToken", not(emptyOrNullString()));
        String setCookie = r.header("Set-Cookie");
        assertNotNull(setCookie);
        org.hamcrest.MatcherAssert.assertThat(setCookie, startsWith(SignedIn.COOKIE + "="));
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsStringIgnoringCase("HttpOnly"));
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("SameSite=Strict"));
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("Path=/api/"));
        org.hamcrest.MatcherAssert.assertThat("not Secure on plain HTTP", setCookie, not(containsString("Secure")));

        SignedIn session = new SignedIn(Accounts.EDITOR, r.getCookie(SignedIn.COOKIE), r.path("csrfToken"));
        session.withoutToken().get("/api/v1/session").then().statusCode(200)
                .body("username", equalTo(Accounts.EDITOR))
                .body("csrfToken", equalTo(session.csrfToken()))
                .body("approvalRequired", equalTo(false));
    }

    @Test
    void behindATlsProxyTheCookieIsSecure() {
        Accounts.ensure();
        String setCookie = given().contentType(ContentType.JSON).header("X-Forwarded-Proto", "https")
                .body(Map.of("username", Accounts.EDITOR, "password", Accounts.PASSWORD))
                .post("/api/v1/session").then().statusCode(200).extract().header("Set-Cookie");
        org.hamcrest.MatcherAssert.assertThat(setCookie, containsString("Secure"));
    }

    @Test
    void theSessionAndUsersApisAreDescribedInOpenApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/session'.post.requestBody.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/SignIn"))
                .body("paths.'/api/v1/session'.get.requestBody", nullValue())
                .body("paths.'/api/v1/session'.delete.requestBody", nullValue())
                .body("paths.'/api/v1/users'.post.requestBody.content.'application/json'.schema.$ref",
                        equalTo("#/components/schemas/NewUser"));
    }

    @Test
    void aWrongPasswordIsA401ProblemAndSetsNoCookie() {
        SignedIn.createAccount("session-wrong", PASSWORD, List.of("editor"), List.of());
        Response r = SignedIn.signIn("session-wrong", "not-the-password", "198.51.100.7");
        r.then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("user name or password is wrong"))
                .header("Set-Cookie", nullValue());
    }

    @Test
    void withoutAnIdentityProviderOnlyPasswordsAreOfferedAndSingleSignOnIsNotThere() {
        given().get("/api/v1/session/options").then().statusCode(200)
                .body("password", equalTo(true)).body("singleSignOn", equalTo(false))
                .body("singleSignOnPath", nullValue());
        given().redirects().follow(false).get("/sso/start").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("not configured"))
                .header("Set-Cookie", nullValue());
    }

    @Test
    void theApiNeverRedirectsWhateverTheBrowserSends() {
        given().redirects().follow(false).get("/api/v1/session").then().statusCode(401)
                .contentType("application/problem+json").header("Location", nullValue())
                .header("WWW-Authenticate", startsWith("Basic"));
        given().redirects().follow(false).cookie(SignedIn.COOKIE, "not-a-real-session")
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").header("Sec-Fetch-Mode", "navigate")
                .header("Sec-Fetch-Site", "none").header("Sec-Fetch-Dest", "document")
                .get("/api/v1/targets?status=draft").then().statusCode(401)
                .contentType("application/problem+json").header("Location", nullValue())
                .header("WWW-Authenticate", startsWith("Session"))
                .body("detail", containsString("/workspace/"));
        given().redirects().follow(false).contentType(ContentType.JSON).header("Sec-Fetch-Mode", "cors")
                .header("Sec-Fetch-Site", "same-origin")
                .body(Map.of("region", "CN")).post("/api/v1/targets").then().statusCode(401)
                .header("Location", nullValue()).header("WWW-Authenticate", not(containsString("Basic")));
    }

    @Test
    void whatASessionReadsIsNeverCachedForAnyoneElse() {
        SignedIn admin = SignedIn.as(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
        for (int i = 0; i < 2; i++) {
            admin.withoutToken().get("/api/v1/session").then().statusCode(200).header("Cache-Control", containsString("no-store"));
            admin.withoutToken().get("/api/v1/users").then().statusCode(200);
            admin.withoutToken().get("/api/v1/targets?region=CN&status=all").then().statusCode(200);
        }
        given().get("/api/v1/session").then().statusCode(401);
        given().get("/api/v1/users").then().statusCode(401);
        given().get("/api/v1/targets?region=CN&status=all").then().statusCode(401);
    }

    @Test
    void signingOutEndsTheSessionEvenForACopyOfTheCookie() {
        Accounts.ensure();
        SignedIn session = SignedIn.as(Accounts.EDITOR, Accounts.PASSWORD);
        int id = target(session, "energy_intensity_change", 2053);
        String cleared = session.request().delete("/api/v1/session").then().statusCode(204).extract().header("Set-Cookie");
        org.hamcrest.MatcherAssert.assertThat(cleared, containsString("Max-Age=0"));

        // the copied cookie decrypts fine, but its session is gone: no replica accepts it any more
        session.withoutToken().get("/api/v1/session").then().statusCode(401);
        session.request().body(Map.of("region", "230700", "indicator", "energy_intensity_change", "year", 2053,
                        "comparator", "around", "value", 7, "version", 0))
                .put("/api/v1/targets/" + id).then().statusCode(401);
        // public reads do not break for a browser that still holds the dead cookie
        session.withoutToken().get("/api/v1/targets/" + id + "/revisions").then().statusCode(200);
    }

    @Test
    void signingOutEverywhereEndsTheOtherSessionsOfTheAccount() {
        SignedIn.createAccount("session-two-browsers", PASSWORD, List.of("editor"), List.of());
        SignedIn laptop = SignedIn.as("session-two-browsers", PASSWORD);
        SignedIn phone = SignedIn.as("session-two-browsers", PASSWORD);
        SignedIn other = SignedIn.as(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
        laptop.request().delete("/api/v1/session?everywhere=true").then().statusCode(204);
        phone.withoutToken().get("/api/v1/session").then().statusCode(401);
        laptop.withoutToken().get("/api/v1/session").then().statusCode(401);
        other.withoutToken().get("/api/v1/session").then().statusCode(200);
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndItsScriptsAccessAtOnce() {
        int id = SignedIn.createAccount("session-leaver", PASSWORD, List.of("editor"), List.of());
        SignedIn session = SignedIn.as("session-leaver", PASSWORD);
        session.withoutToken().get("/api/v1/session").then().statusCode(200);

        Accounts.admin().body(Map.of("roles", List.of("editor"), "regions", List.of(), "enabled", false, "version", 0))
                .put("/api/v1/users/" + id).then().statusCode(200).body("enabled", equalTo(false));

        session.withoutToken().get("/api/v1/session").then().statusCode(401);
        given().auth().preemptive().basic("session-leaver", PASSWORD).get("/api/v1/session").then().statusCode(401);
        SignedIn.signIn("session-leaver", PASSWORD, "198.51.100.8").then().statusCode(401);
    }

    @Test
    void anAccountWithoutAnEditingRoleMaySignInButChangeNothing() {
        Accounts.ensure();
        SignedIn viewer = SignedIn.as(Accounts.VIEWER, Accounts.PASSWORD);
        viewer.request().body(Map.of("region", "CN", "indicator", "gdp_growth", "year", 2031, "comparator", "eq", "value", 1))
                .post("/api/v1/targets").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void aStaleEditOnTheSessionPathGetsTheCurrentValueInsteadOfOverwritingIt() {
        Accounts.ensure();
        SignedIn alice = SignedIn.as(Accounts.EDITOR, Accounts.PASSWORD);
        SignedIn bob = SignedIn.as(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
        int id = target(alice, "co2_intensity_change", 2051);
        Map<String, Object> read = alice.request().get("/api/v1/targets/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("");

        Map<String, Object> alicesEdit = edit(read, 6.5);
        Map<String, Object> bobsEdit = edit(read, 7.5);
        alice.request().body(alicesEdit).put("/api/v1/targets/" + id).then().statusCode(200).body("version", equalTo(1));
        bob.request().body(bobsEdit).put("/api/v1/targets/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("current.version", equalTo(1))
                .body("current.value.value", equalTo(6.5f));
        given().get("/api/v1/targets/" + id).then().body("value", equalTo(6.5f));
    }

    @Test
    void twoEditorsSavingAtTheSameTimeGetOneSuccessAndOneConflict() throws Exception {
        Accounts.ensure();
        SignedIn alice = SignedIn.as(Accounts.EDITOR, Accounts.PASSWORD);
        SignedIn bob = SignedIn.as(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
        int id = target(alice, "co2_intensity_change", 2052);
        Map<String, Object> read = given().get("/api/v1/targets/" + id).then().extract().jsonPath().getMap("");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Map<Double, Future<Integer>> results = new HashMap<>();
        for (Object[] who : new Object[][] {{alice, 6.1}, {bob, 6.9}}) {
            results.put((Double) who[1], pool.submit(() -> {
                start.await();
                return ((SignedIn) who[0]).request().body(edit(read, (Double) who[1]))
                        .put("/api/v1/targets/" + id).then().extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        Double winner = null;
        for (Map.Entry<Double, Future<Integer>> e : results.entrySet()) {
            int code = e.getValue().get();
            codes.add(code);
            if (code == 200) {
                winner = e.getKey();
            }
        }
        pool.shutdown();
        codes.sort(null);
        assertEquals(List.of(200, 409), codes, "one save wins, the other is told about it");
        float stored = given().get("/api/v1/targets/" + id).then().extract().path("value");
        assertEquals(winner.floatValue(), stored, "the stored value is the winner's");
    }

    private static Map<String, Object> edit(Map<String, Object> read, double value) {
        Map<String, Object> body = new HashMap<>();
        for (String field : List.of("region", "indicator", "year", "comparator", "wording", "adoptedOn", "status", "version")) {
            body.put(field, read.get(field));
        }
        body.put("value", value);
        return body;
    }
}
