package org.indicatortracker.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.indicatortracker.support.Accounts;
import org.indicatortracker.support.PostgresResource;
import org.indicatortracker.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every state-changing request that rides on the session cookie needs the session's CSRF token. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class CsrfGuardTest {

    private SignedIn editor;

    @BeforeEach
    void signIn() {
        Accounts.ensure();
        editor = SignedIn.as(Accounts.EDITOR, Accounts.PASSWORD);
    }

    private static Map<String, Object> target(int year) {
        return new HashMap<>(Map.of("region", "230700", "indicator", "grain_output", "year", year,
                "comparator", "gte", "value", 100, "adoptedOn", "2024-02-01"));
    }

    private static void absent(int year) {
        given().get("/api/v1/targets?region=230700&indicator=grain_output&year=" + year + "&current=false")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aChangeOnTheSessionWithoutTheTokenIsRefusedAndChangesNothing() {
        editor.withoutToken().body(target(2061)).post("/api/v1/targets").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("X-CSRF-Token"))
                .body("instance", equalTo("/api/v1/targets"));
        absent(2061);
    }

    @Test
    void theTokenOfAnotherSessionDoesNotCount() {
        SignedIn other = SignedIn.as(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
        editor.withoutToken().header("X-CSRF-Token", other.csrfToken()).body(target(2062))
                .post("/api/v1/targets").then().statusCode(403);
        editor.withoutToken().header("X-CSRF-Token", "").body(target(2062)).post("/api/v1/targets").then().statusCode(403);
        absent(2062);
    }

    @Test
    void withItsTokenTheSessionMayChangeData() {
        Map<String, Object> draft = target(2063);
        draft.put("status", "draft"); // only drafts are deleted; published figures are withdrawn
        int id = editor.request().body(draft).post("/api/v1/targets").then().statusCode(201).extract().path("id");
        editor.withoutToken().delete("/api/v1/targets/" + id).then().statusCode(403);
        editor.request().delete("/api/v1/targets/" + id).then().statusCode(204);
    }

    @Test
    void aClassicCrossSiteFormPostIsRefused() {
        given().redirects().follow(false).cookie(SignedIn.COOKIE, editor.cookie())
                .contentType(ContentType.URLENC).formParam("region", "230700").formParam("indicator", "grain_output")
                .post("/api/v1/targets").then().statusCode(403);
    }

    @Test
    void scriptsWithAnAuthorizationHeaderNeedNoToken() {
        Accounts.editor().body(target(2064)).post("/api/v1/targets").then().statusCode(201);
    }

    @Test
    void aBrowserRequestFromAnotherSiteMayChangeNothingEvenWithBasicCredentials() {
        Accounts.editor().header("Sec-Fetch-Site", "cross-site").body(target(2065)).post("/api/v1/targets")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("another web site"));
        absent(2065);
        SignedIn.signIn(Accounts.EDITOR, Accounts.PASSWORD, null).then().statusCode(200);
        given().contentType(ContentType.JSON).header("Sec-Fetch-Site", "cross-site")
                .body(Map.of("username", Accounts.EDITOR, "password", Accounts.PASSWORD))
                .post("/api/v1/session").then().statusCode(403);
    }

    @Test
    void signingOutNeedsTheTokenSoNoOtherSiteCanSignYouOut() {
        editor.withoutToken().delete("/api/v1/session").then().statusCode(403);
        editor.withoutToken().get("/api/v1/session").then().statusCode(200);
        editor.request().delete("/api/v1/session").then().statusCode(204);
        editor.withoutToken().get("/api/v1/session").then().statusCode(401);
    }

    @Test
    void signingInNeedsNoTokenEvenWithAnOldCookie() {
        given().contentType(ContentType.JSON).cookie(SignedIn.COOKIE, editor.cookie())
                .body(Map.of("username", Accounts.EDITOR, "password", Accounts.PASSWORD))
                .post("/api/v1/session").then().statusCode(200);
    }
}
