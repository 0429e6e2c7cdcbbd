package org.indicatortracker.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;

/** A browser session of the workspace, as the workspace's own JavaScript holds it: the cookie and the CSRF token. */
public record SignedIn(String username, String cookie, String csrfToken) {

    public static final String COOKIE = "indicators-session";

    /** Signs in through {@code POST /api/v1/session}; fails the test unless it answers 200. */
    public static SignedIn as(String username, String password) {
        Response r = signIn(username, password, null);
        r.then().statusCode(200);
        return new SignedIn(username, r.getCookie(COOKIE), r.path("csrfToken"));
    }

    /** A sign-in attempt from the given client address (through the trusted X-Forwarded-For of the test profile). */
    public static Response signIn(String username, String password, String fromAddress) {
        RequestSpecification spec = given().contentType(ContentType.JSON).redirects().follow(false)
                .body(Map.of("username", username, "password", password));
        if (fromAddress != null) {
            spec = spec.header("X-Forwarded-For", fromAddress);
        }
        return spec.post("/api/v1/session");
    }

    /** A request riding on this session, with its CSRF token, as the workspace sends it. */
    public RequestSpecification request() {
        return withoutToken().header("X-CSRF-Token", csrfToken);
    }

    /** A request riding on this session's cookie only, as a forged cross-site form would. */
    public RequestSpecification withoutToken() {
        return given().contentType(ContentType.JSON).redirects().follow(false).cookie(COOKIE, cookie);
    }

    /** Creates an account through the users API (as the admin, over HTTP Basic) and returns its id. */
    public static int createAccount(String username, String password, List<String> roles, List<String> regions) {
        return Accounts.admin().body(Map.of("username", username, "password", password, "roles", roles, "regions", regions))
                .post("/api/v1/users").then().statusCode(201).extract().path("id");
    }
}
