package org.indicatortracker.figure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.indicatortracker.support.Accounts.anonymous;
import static org.indicatortracker.support.Accounts.editor;
import static org.indicatortracker.support.Accounts.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class TargetApiTest {

    /** A target of the test's own, on an indicator and year the demo data does not use. */
    static Map<String, Object> target(String indicator, int year) {
        return new HashMap<>(Map.of("region", "230700", "indicator", indicator, "year", year,
                "comparator", "around", "value", 6, "wording", "增长6%左右", "adoptedOn", "2024-01-10"));
    }

    static int create(Map<String, Object> body) {
        return editor().body(body).post("/api/v1/targets").then().statusCode(201).extract().path("id");
    }

    @Test
    void listsCurrentTargetsFilteredByRegionIndicatorAndYear() {
        given().get("/api/v1/targets?region=CN&indicator=cpi_growth")
                .then().statusCode(200)
                .body("total", equalTo(8))
                .body("page", equalTo(0))
                .body("size", equalTo(100))
                .body("items.year", hasItem(2023))
                .body("items[0].id", not(nullValue()))
                .body("items[0].version", equalTo(0));
        given().get("/api/v1/targets?region=CN&indicator=cpi_growth&year=2025")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].value", equalTo(2));
    }

    @Test
    void pagesThroughLongLists() {
        given().get("/api/v1/targets?region=CN&indicator=gdp_growth&size=3&page=2")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("total", equalTo(8))
                .body("items.year", equalTo(List.of(2024, 2025)));
    }

    @Test
    void badQueryParametersAreA400NamingTheParameter() {
        given().get("/api/v1/targets?size=1001").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("size"));
        given().get("/api/v1/targets?year=twenty").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().get("/api/v1/targets?page=-1").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().get("/api/v1/targets?region=%00").then().statusCode(400).body("errors[0].field", equalTo("region"));
        given().get("/api/v1/actuals?vintage=latest").then().statusCode(400)
                .body("errors[0].field", equalTo("vintage"))
                .body("errors[0].message", containsString("estimate, preliminary, final, revised"));
    }

    @Test
    void unknownRegionOrIndicatorInAFilterIsA404() {
        given().get("/api/v1/targets?region=999999").then().statusCode(404).body("detail", containsString("999999"));
        given().get("/api/v1/targets?indicator=no_such_thing").then().statusCode(404);
        given().get("/api/v1/targets/987654").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/targets/abc").then().statusCode(400);
    }

    @Test
    void writesNeedAnEditor() {
        anonymous().body(target("gdp", 2024)).post("/api/v1/targets").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .contentType("application/problem+json");
        given().contentType("application/json").auth().preemptive().basic("test-editor", "wrong-password-123")
                .body(target("gdp", 2024)).post("/api/v1/targets").then().statusCode(401);
        viewer().body(target("gdp", 2024)).post("/api/v1/targets").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void editorCreatesATargetWithItsWordingAndSource() {
        int sourceId = given().get("/api/v1/sources?region=230700").then().extract().path("[0].id");
        Map<String, Object> body = target("retail_sales_growth", 2023);
        body.put("sourceId", sourceId);
        body.put("quote", "社会消费品零售总额增长6%左右");
        body.put("stretchValue", 7);
        int id = create(body);
        given().get("/api/v1/targets/" + id).then().statusCode(200)
                .body("wording", equalTo("增长6%左右"))
                .body("stretchValue", equalTo(7))
                .body("source.id", equalTo(sourceId))
                .body("quote", equalTo("社会消费品零售总额增长6%左右"))
                .body("status", equalTo("published"));
    }

    @Test
    void validationErrorsNameEveryBadField() {
        Map<String, Object> body = target("gdp_growth", 2031);
        body.put("comparator", "range");
        body.remove("wording");
        body.put("region", "nowhere");
        editor().body(body).post("/api/v1/targets").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("valueHigh"))
                .body("errors.field", hasItem("region"));

        Map<String, Object> relative = target("resident_income_growth", 2031);
        relative.put("comparator", "relative");
        relative.remove("value");
        editor().body(relative).post("/api/v1/targets").then().statusCode(400)
                .body("errors.field", hasItem("refIndicator"))
                .body("errors.field", hasItem("relation"));

        editor().body(Map.of("region", "CN")).post("/api/v1/targets").then().statusCode(400)
                .body("errors.field", hasItem("indicator"))
                .body("errors.field", hasItem("year"))
                .body("errors.field", hasItem("comparator"));
    }

    @Test
    void malformedOrMistypedBodiesAreA400() {
        editor().body("{\"region\": \"CN\", ").post("/api/v1/targets").then().statusCode(400)
                .body("title", equalTo("Malformed JSON"));
        Map<String, Object> wrongType = target("gdp_growth", 2031);
        wrongType.put("value", "five");
        editor().body(wrongType).post("/api/v1/targets").then().statusCode(400).body("errors[0].field", equalTo("value"));
        Map<String, Object> badEnum = target("gdp_growth", 2031);
        badEnum.put("comparator", "about");
        editor().body(badEnum).post("/api/v1/targets").then().statusCode(400)
                .body("errors[0].field", equalTo("comparator"))
                .body("errors[0].message", containsString("around"));
        Map<String, Object> nul = target("gdp_growth", 2031);
        nul.put("wording", "增长\u00006%");
        editor().body(nul).post("/api/v1/targets").then().statusCode(400).body("errors[0].field", equalTo("wording"));
        Map<String, Object> unknown = target("gdp_growth", 2031);
        unknown.put("valu", 5);
        editor().body(unknown).post("/api/v1/targets").then().statusCode(400).body("errors[0].field", equalTo("valu"));
        editor().body("[1,2]").post("/api/v1/targets").then().statusCode(400);
        editor().body("").post("/api/v1/targets").then().statusCode(400);
        given().get("/api/v1/targets?region=CN").then().statusCode(200); // nothing was stored by the failures
        given().get("/api/v1/targets?region=230700&indicator=gdp_growth&year=2031").then().body("total", equalTo(0));
    }

    @Test
    void aStaleVersionIsA409ThatShowsTheCurrentValue() {
        Map<String, Object> body = target("fixed_asset_investment_growth", 2024);
        int id = create(body);
        body.put("value", 7);
        body.put("version", 0);
        editor().body(body).put("/api/v1/targets/" + id).then().statusCode(200).body("version", equalTo(1)).body("value", equalTo(7));
        body.put("value", 8); // still based on version 0: someone else saved in between
        editor().body(body).put("/api/v1/targets/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("current.version", equalTo(1))
                .body("current.value.value", equalTo(7));
        given().get("/api/v1/targets/" + id).then().body("value", equalTo(7));
        body.remove("version");
        editor().body(body).put("/api/v1/targets/" + id).then().statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void concurrentEditsOfOneTargetNeverSilentlyOverwriteEachOther() throws Exception {
        int id = create(target("foreign_trade_growth", 2024));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 5; round++) {
                int version = given().get("/api/v1/targets/" + id).then().extract().path("version");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> results = new ArrayList<>();
                for (int writer = 0; writer < 6; writer++) {
                    Map<String, Object> body = target("foreign_trade_growth", 2024);
                    body.put("value", 10 + writer);
                    body.put("version", version);
                    results.add(pool.submit(() -> {
                        start.await();
                        return editor().body(body).put("/api/v1/targets/" + id).statusCode();
                    }));
                }
                start.countDown();
                List<Integer> codes = new ArrayList<>();
                for (Future<Integer> f : results) {
                    codes.add(f.get());
                }
                assertEquals(1, codes.stream().filter(c -> c == 200).count(), "exactly one writer wins: " + codes);
                assertEquals(5, codes.stream().filter(c -> c == 409).count(), "the others get a conflict: " + codes);
                given().get("/api/v1/targets/" + id).then().body("version", equalTo(version + 1));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRevisionKeepsTheEarlierTargetInItsHistory() {
        Map<String, Object> first = target("industrial_value_added_growth", 2024);
        int firstId = create(first);
        Map<String, Object> revised = target("industrial_value_added_growth", 2024);
        revised.put("value", 5);
        revised.put("adoptedOn", "2024-07-01");
        revised.put("wording", "调整为增长5%左右");
        int revisedId = create(revised);
        given().get("/api/v1/targets?region=230700&indicator=industrial_value_added_growth&year=2024")
                .then().body("total", equalTo(1)).body("items[0].id", equalTo(revisedId));
        given().get("/api/v1/targets?region=230700&indicator=industrial_value_added_growth&year=2024&current=false")
                .then().body("total", equalTo(2));
        given().get("/api/v1/targets/" + firstId + "/revisions").then().statusCode(200)
                .body("id", equalTo(List.of(firstId, revisedId)));
        editor().body(revised).post("/api/v1/targets").then().statusCode(409).body("detail", containsString(String.valueOf(revisedId)));
    }

    @Test
    void draftsAreHiddenFromThePublic() {
        Map<String, Object> body = target("tourism_revenue_growth", 2024);
        body.put("status", "draft");
        int id = create(body);
        given().get("/api/v1/targets?region=230700&indicator=tourism_revenue_growth&year=2024").then().body("total", equalTo(0));
        given().get("/api/v1/targets/" + id).then().statusCode(404);
        given().get("/api/v1/targets?region=230700&status=draft").then().statusCode(401);
        editor().get("/api/v1/targets?region=230700&indicator=tourism_revenue_growth&status=draft")
                .then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void deletingADraftNeedsTheRoleAndHonoursTheVersion() {
        Map<String, Object> body = target("fdi_growth", 2024);
        body.put("status", "draft");
        int id = create(body);
        anonymous().delete("/api/v1/targets/" + id).then().statusCode(401);
        editor().delete("/api/v1/targets/" + id + "?version=3").then().statusCode(409);
        editor().delete("/api/v1/targets/" + id + "?version=0").then().statusCode(204);
        editor().get("/api/v1/targets/" + id).then().statusCode(404);
    }

    @Test
    void aPublishedTargetIsWithdrawnNotDeleted() {
        int id = create(target("fdi_growth", 2025));
        editor().delete("/api/v1/targets/" + id + "?version=0").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("/withdrawal"));
        given().get("/api/v1/targets/" + id).then().statusCode(200);
    }
}
