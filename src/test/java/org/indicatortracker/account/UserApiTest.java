package org.indicatortracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indicatortracker.support.Accounts;
import org.indicatortracker.support.PostgresResource;
import org.indicatortracker.support.SignedIn;
import org.junit.jupiter.api.Test;

/** Admins manage accounts; each role boundary answers 401 or 403; editors limited to regions stay in them. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class UserApiTest {

    private static final String PASSWORD = "user-test-password";

    private static Map<String, Object> user(String name, String password, List<String> roles, List<String> regions) {
        return new HashMap<>(Map.of("username", name, "password", password, "roles", roles, "regions", regions));
    }

    private static Map<String, Object> target(String region, String indicator, int year) {
        return new HashMap<>(Map.of("region", region, "indicator", indicator, "year", year, "comparator", "gte",
                "value", 1, "adoptedOn", "2024-03-01"));
    }

    @Test
    void onlyAdminsMayManageAccounts() {
        given().get("/api/v1/users").then().statusCode(401).contentType("application/problem+json");
        Accounts.editor().get("/api/v1/users").then().statusCode(403).contentType("application/problem+json");
        Accounts.viewer().get("/api/v1/users").then().statusCode(403);
        Accounts.editor().body(user("by-an-editor", PASSWORD, List.of("admin"), List.of()))
                .post("/api/v1/users").then().statusCode(403);
        Accounts.admin().get("/api/v1/users").then().statusCode(200).body("username", hasItem("admin"));
        SignedIn.as(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).request().get("/api/v1/users").then().statusCode(200);
    }

    @Test
    void passwordHashesNeverLeaveTheServer() {
        String body = Accounts.admin().get("/api/v1/users").then().statusCode(200).extract().asString();
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("$2a$")));
        org.hamcrest.MatcherAssert.assertThat(body, not(containsString("password")));
    }

    @Test
    void newAccountsAreValidatedFieldByField() {
        Accounts.admin().body(user("short-pw", "elevenchars", List.of("editor"), List.of()))
                .post("/api/v1/users").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("password"))
                .body("errors.message", hasItem(containsString("12 characters")));
        Accounts.admin().body(user("long-pw", "密".repeat(25), List.of("editor"), List.of()))
                .post("/api/v1/users").then().statusCode(400).body("errors.field", hasItem("password"));
        Accounts.admin().body(user("bad role", PASSWORD, List.of("superuser"), List.of("nowhere")))
                .post("/api/v1/users").then().statusCode(400)
                .body("errors.field", hasItem("username"));
        Accounts.admin().body(user("bad-role", PASSWORD, List.of("superuser"), List.of("nowhere")))
                .post("/api/v1/users").then().statusCode(400)
                .body("errors.field", hasItem("roles"))
                .body("errors.field", hasItem("regions"));
    }

    @Test
    void userNamesAreUniqueWhateverTheirCase() {
        SignedIn.createAccount("Planner-Case", PASSWORD, List.of("editor"), List.of());
        Accounts.admin().body(user("planner-case", PASSWORD, List.of("editor"), List.of()))
                .post("/api/v1/users").then().statusCode(409);
        SignedIn.as("PLANNER-case", PASSWORD);
    }

    @Test
    void aPasswordResetEndsTheAccountsSessionsAndTheOldPassword() {
        int id = SignedIn.createAccount("reset-me", PASSWORD, List.of("editor"), List.of());
        SignedIn session = SignedIn.as("reset-me", PASSWORD);
        Accounts.admin().body(Map.of("password", "short")).post("/api/v1/users/" + id + "/password")
                .then().statusCode(400).body("errors[0].field", equalTo("password"));
        Accounts.admin().body(Map.of("password", "a-brand-new-password")).post("/api/v1/users/" + id + "/password")
                .then().statusCode(204);
        session.withoutToken().get("/api/v1/session").then().statusCode(401);
        given().auth().preemptive().basic("reset-me", PASSWORD).header("X-Forwarded-For", "198.51.100.90")
                .get("/api/v1/session").then().statusCode(401);
        given().auth().preemptive().basic("reset-me", "a-brand-new-password").get("/api/v1/session").then().statusCode(200);
    }

    @Test
    void anAdminSignsAnAccountOutEverywhere() {
        int id = SignedIn.createAccount("sign-me-out", PASSWORD, List.of("editor"), List.of());
        SignedIn session = SignedIn.as("sign-me-out", PASSWORD);
        Accounts.admin().get("/api/v1/users/" + id).then().body("activeSessions", equalTo(1));
        Accounts.admin().delete("/api/v1/users/" + id + "/sessions").then().statusCode(204);
        session.withoutToken().get("/api/v1/session").then().statusCode(401);
        Accounts.admin().get("/api/v1/users/" + id).then().body("activeSessions", equalTo(0));
    }

    @Test
    void aStaleAccountEditIsAConflictWithTheCurrentAccount() {
        int id = SignedIn.createAccount("edited-twice", PASSWORD, List.of("editor"), List.of());
        Accounts.admin().body(Map.of("roles", List.of("editor"), "regions", List.of("230700"), "enabled", true, "version", 0))
                .put("/api/v1/users/" + id).then().statusCode(200).body("regions", equalTo(List.of("230700")));
        Accounts.admin().body(Map.of("roles", List.of("admin"), "regions", List.of(), "enabled", true, "version", 0))
                .put("/api/v1/users/" + id).then().statusCode(409)
                .body("current.value.regions", equalTo(List.of("230700")));
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledOrDemoted() {
        List<Map<String, Object>> users = Accounts.admin().get("/api/v1/users").then().extract().jsonPath().getList("");
        for (Map<String, Object> u : users) {
            if (!"admin".equals(u.get("username")) && ((List<?>) u.get("roles")).contains("admin") && (Boolean) u.get("enabled")) {
                Accounts.admin().body(Map.of("roles", List.of("editor"), "regions", List.of(), "enabled", true,
                        "version", u.get("version"))).put("/api/v1/users/" + u.get("id")).then().statusCode(200);
            }
        }
        Map<String, Object> admin = users.stream().filter(u -> "admin".equals(u.get("username"))).findFirst().orElseThrow();
        Accounts.admin().body(Map.of("roles", List.of("admin"), "regions", List.of(), "enabled", false,
                "version", admin.get("version"))).put("/api/v1/users/" + admin.get("id")).then().statusCode(409)
                .body("detail", containsString("last enabled admin"));
        Accounts.admin().body(Map.of("roles", List.of("editor"), "regions", List.of(), "enabled", true,
                "version", admin.get("version"))).put("/api/v1/users/" + admin.get("id")).then().statusCode(409);
    }

    /**
     * Uses the demo regions (CN > 230000 > 230700) but leaves their published counts as the demo tests expect:
     * whatever it creates besides targets, it deletes again.
     */
    @Test
    void aCityEditorChangesTheCityOnly() {
        SignedIn.createAccount("yichun-planner", PASSWORD, List.of("editor"), List.of("230700"));
        SignedIn city = SignedIn.as("yichun-planner", PASSWORD);
        city.withoutToken().get("/api/v1/session").then().body("regions", equalTo(List.of("230700")));

        // drafts, so that they can be deleted (a published figure is withdrawn, never deleted)
        Map<String, Object> ownDraft = target("230700", "urbanization_rate", 2071);
        ownDraft.put("status", "draft");
        int own = city.request().body(ownDraft).post("/api/v1/targets")
                .then().statusCode(201).extract().path("id");
        city.request().body(target("CN", "urbanization_rate", 2071)).post("/api/v1/targets").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("230700"));
        city.request().body(target("230000", "urbanization_rate", 2071)).post("/api/v1/targets").then().statusCode(403);

        // nothing moves out of the city or comes in from elsewhere
        Map<String, Object> moved = target("230000", "urbanization_rate", 2071);
        moved.put("version", 0);
        city.request().body(moved).put("/api/v1/targets/" + own).then().statusCode(403);
        int provincial = Accounts.editor().body(target("230000", "urbanization_rate", 2072)).post("/api/v1/targets")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> takeover = target("230700", "urbanization_rate", 2072);
        takeover.put("version", 0);
        city.request().body(takeover).put("/api/v1/targets/" + provincial).then().statusCode(403);
        city.request().delete("/api/v1/targets/" + provincial).then().statusCode(403);
        city.request().delete("/api/v1/targets/" + own).then().statusCode(204);

        // outcomes, assessments and sources follow the same rule
        Map<String, Object> outcome = new HashMap<>(Map.of("region", "230000", "indicator", "urbanization_rate", "year", 2071,
                "vintage", "final", "value", 70, "publishedOn", "2072-02-28"));
        city.request().body(outcome).post("/api/v1/actuals").then().statusCode(403);
        outcome.put("region", "230700");
        outcome.put("status", "draft");
        int outcomeId = city.request().body(outcome).post("/api/v1/actuals").then().statusCode(201).extract().path("id");
        city.request().delete("/api/v1/actuals/" + outcomeId).then().statusCode(204);
        int qualitative = given().get("/api/v1/targets?region=CN&indicator=gdp_growth&year=2020").then()
                .extract().path("items[0].id");
        city.request().body(Map.of("assessment", "met")).put("/api/v1/targets/" + qualitative + "/assessment")
                .then().statusCode(403);
        city.request().body(Map.of("title", "国务院文件", "kind", "other")).post("/api/v1/sources").then().statusCode(403);
        int sourceId = city.request().body(Map.of("title", "伊春市统计公报", "kind", "statistical_bulletin", "region", "230700"))
                .post("/api/v1/sources").then().statusCode(201).extract().path("id");
        city.request().delete("/api/v1/sources/" + sourceId).then().statusCode(204);
    }

    @Test
    void aProvinceEditorMayChangeItsCities() {
        SignedIn.createAccount("heilongjiang-planner", PASSWORD, List.of("editor"), List.of("230000"));
        SignedIn province = SignedIn.as("heilongjiang-planner", PASSWORD);
        province.request().body(target("230700", "urbanization_rate", 2073)).post("/api/v1/targets").then().statusCode(201);
        province.request().body(target("230000", "urbanization_rate", 2073)).post("/api/v1/targets").then().statusCode(201);
        province.request().body(target("CN", "urbanization_rate", 2073)).post("/api/v1/targets").then().statusCode(403);
    }

    @Test
    void adminsAreNeverLimitedToRegions() {
        int id = SignedIn.createAccount("limited-admin", PASSWORD, List.of("admin"), List.of("230700"));
        given().contentType(ContentType.JSON).auth().preemptive().basic("limited-admin", PASSWORD)
                .body(target("230000", "urbanization_rate", 2074)).post("/api/v1/targets").then().statusCode(201);
        Accounts.admin().get("/api/v1/users/" + id).then().body("roles", equalTo(List.of("admin", "editor")));
    }
}
