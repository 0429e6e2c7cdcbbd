package org.indicatortracker.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.indicatortracker.support.Accounts.anonymous;
import static org.indicatortracker.support.Accounts.editor;
import static org.indicatortracker.support.Figures.createOutcome;
import static org.indicatortracker.support.Figures.createTarget;
import static org.indicatortracker.support.Figures.draft;
import static org.indicatortracker.support.Figures.outcome;
import static org.indicatortracker.support.Figures.target;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.indicatortracker.support.Figures;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** Publishing without the approval setting: drafts are hidden until published together; withdrawal needs a reason. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class PublicationApiTest {

    @Test
    void draftsStayHiddenUntilPublishedTogether() {
        int t = createTarget(draft(target("gdp_growth", 2040)));
        int a = createOutcome(draft(outcome("gdp_growth", 2040)));
        given().get("/api/v1/targets?region=" + Figures.REGION + "&year=2040").then().body("total", equalTo(0));
        given().get("/api/v1/actuals?region=" + Figures.REGION + "&year=2040").then().body("total", equalTo(0));
        given().get("/api/v1/targets/" + t).then().statusCode(404);
        given().get("/api/v1/evaluations?region=" + Figures.REGION + "&year=2040").then().body("items.size()", equalTo(0));

        editor().body(Map.of("targets", List.of(t), "actuals", List.of(a), "note", "2040年")).post("/api/v1/publications")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/publications/"))
                .body("status", equalTo("published"))
                .body("requestedBy", equalTo("test-editor"))
                .body("items.kind", equalTo(List.of("target", "actual")))
                .body("items.publishedId", equalTo(List.of(t, a)));
        Figures.fresh();

        given().get("/api/v1/targets?region=" + Figures.REGION + "&year=2040").then().body("total", equalTo(1)).body("items[0].id", equalTo(t));
        given().get("/api/v1/actuals?region=" + Figures.REGION + "&year=2040").then().body("total", equalTo(1));
        given().get("/api/v1/targets/" + t).then().statusCode(200).body("status", equalTo("published"));
    }

    @Test
    void allDraftsOfARegionAndYearArePublishedAtOnce() {
        int t1 = createTarget(draft(target("gdp_growth", 2041)));
        int t2 = createTarget(draft(target("cpi_growth", 2041)));
        int a = createOutcome(draft(outcome("gdp_growth", 2041)));
        createTarget(draft(target("gdp_growth", 2042))); // another year: stays a draft
        editor().body(Map.of("region", Figures.REGION, "year", 2041)).post("/api/v1/publications")
                .then().statusCode(201).body("items.figureId", hasItems(t1, t2, a)).body("items.size()", equalTo(3));
        Figures.fresh();
        given().get("/api/v1/targets?region=" + Figures.REGION + "&year=2041").then().body("total", equalTo(2));
        given().get("/api/v1/targets?region=" + Figures.REGION + "&year=2042").then().body("total", equalTo(0));
        editor().body(Map.of("region", Figures.REGION, "year", 2041)).post("/api/v1/publications")
                .then().statusCode(400).body("detail", containsString("2041"));
        Figures.fresh();
    }

    @Test
    void onlyDraftsCanBePublishedAndEveryBadIdIsListed() {
        int published = createTarget(target("gdp_growth", 2043));
        int ok = createTarget(draft(target("cpi_growth", 2043)));
        editor().header("Accept-Language", "en").body(Map.of("targets", List.of(ok, published, 99999999))).post("/api/v1/publications")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("targets[1]", "targets[2]")))
                .body("errors[0].message", containsString("not a draft"));
        Figures.fresh();
        editor().body(Map.of("targets", List.of(ok), "region", Figures.REGION)).post("/api/v1/publications").then().statusCode(400);
        Figures.fresh();
        editor().body(Map.of()).post("/api/v1/publications").then().statusCode(400);
        Figures.fresh();
        anonymous().body(Map.of("targets", List.of(ok))).post("/api/v1/publications").then().statusCode(401);
        Figures.fresh();
        given().get("/api/v1/targets/" + ok).then().statusCode(404); // nothing was published by the failures
    }

    @Test
    void aDraftChangeLeavesThePublishedFigureAloneUntilPublished() {
        int id = createTarget(target("retail_sales_growth", 2044));
        Map<String, Object> change = target("retail_sales_growth", 2044);
        change.put("value", 7);
        change.put("wording", "增长7%左右");
        change.put("version", 0);
        int draftId = editor().body(change).post("/api/v1/targets/" + id + "/drafts").then().statusCode(201)
                .body("draftOf", equalTo(id)).body("status", equalTo("draft")).extract().path("id");
        Figures.fresh();
        editor().body(change).post("/api/v1/targets/" + id + "/drafts").then().statusCode(409)
                .body("detail", containsString(String.valueOf(draftId)))
                .body("current.version", equalTo(0))
                .body("current.value.id", equalTo(draftId))
                .body("current.value.draftOf", equalTo(id))
                .body("current.value.value", equalTo(7));
        Figures.fresh();

        given().get("/api/v1/targets/" + id).then().body("value", equalTo(6));
        given().get("/api/v1/targets?region=" + Figures.REGION + "&indicator=retail_sales_growth&year=2044").then().body("total", equalTo(1));

        editor().body(Map.of("targets", List.of(draftId))).post("/api/v1/publications").then().statusCode(201)
                .body("items[0].publishedId", equalTo(id));
        Figures.fresh();
        given().get("/api/v1/targets/" + id).then().body("value", equalTo(7)).body("wording", equalTo("增长7%左右"))
                .body("version", equalTo(1)).body("status", equalTo("published"));
        editor().get("/api/v1/targets/" + draftId).then().statusCode(404);
        given().get("/api/v1/targets/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("created", "updated")))
                .body("[1].via", equalTo("publication"))
                .body("[1].ref", containsString("publication:"))
                .body("[1].changes.field", equalTo(List.of("value", "wording")))
                .body("[1].changes[0].from", equalTo(6)).body("[1].changes[0].to", equalTo(7));
    }

    @Test
    void aPublishedFigureIsNotUnpublishedByAnEdit() {
        int id = createTarget(target("foreign_trade_growth", 2045));
        Map<String, Object> edit = draft(target("foreign_trade_growth", 2045));
        edit.put("version", 0);
        editor().body(edit).put("/api/v1/targets/" + id).then().statusCode(409).body("detail", containsString("/drafts"));
        Figures.fresh();
        given().get("/api/v1/targets/" + id).then().statusCode(200);
    }

    @Test
    void withdrawingNeedsAReasonWhichThePublicHistoryShows() {
        int id = createOutcome(outcome("cpi_growth", 2046));
        editor().body(Map.of("reason", " ", "version", 0)).post("/api/v1/actuals/" + id + "/withdrawal").then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Figures.fresh();
        editor().body(Map.of("version", 0)).post("/api/v1/actuals/" + id + "/withdrawal").then().statusCode(400);
        Figures.fresh();
        editor().body(Map.of("reason", "统计局更正了笔误", "version", 5)).post("/api/v1/actuals/" + id + "/withdrawal").then().statusCode(409);
        Figures.fresh();
        anonymous().body(Map.of("reason", "x", "version", 0)).post("/api/v1/actuals/" + id + "/withdrawal").then().statusCode(401);
        Figures.fresh();

        editor().body(Map.of("reason", "统计局更正了笔误", "version", 0)).post("/api/v1/actuals/" + id + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("withdrawn")).body("withdrawal.reason", equalTo("统计局更正了笔误"));
        Figures.fresh();

        given().get("/api/v1/actuals?region=" + Figures.REGION + "&indicator=cpi_growth&year=2046").then().body("total", equalTo(0));
        given().get("/api/v1/actuals/" + id).then().statusCode(200).body("status", equalTo("withdrawn"))
                .body("withdrawal.reason", equalTo("统计局更正了笔误"));
        given().get("/api/v1/actuals/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("created", "withdrawn")))
                .body("[1].reason", equalTo("统计局更正了笔误"))
                .body("[1].via", equalTo("withdrawal"))
                .body("[1].actor", nullValue())
                .body("[1].changes.field", not(hasItem("withdrawnBy")));
        editor().get("/api/v1/actuals/" + id + "/history").then().body("[1].actor", equalTo("test-editor"));

        editor().body(Map.of("reason", "again", "version", 1)).post("/api/v1/actuals/" + id + "/withdrawal").then().statusCode(409);
        Figures.fresh();
        Map<String, Object> edit = outcome("cpi_growth", 2046);
        edit.put("version", 1);
        editor().body(edit).put("/api/v1/actuals/" + id).then().statusCode(409);
        Figures.fresh();
        // The withdrawn figure's key is free for a corrected one.
        createOutcome(outcome("cpi_growth", 2046));
    }

    @Test
    void withdrawingDropsAPendingDraftChange() {
        int id = createTarget(target("fiscal_revenue_growth", 2047));
        Map<String, Object> change = target("fiscal_revenue_growth", 2047);
        change.put("version", 0);
        change.put("value", 8);
        int draftId = editor().body(change).post("/api/v1/targets/" + id + "/drafts").then().statusCode(201).extract().path("id");
        Figures.fresh();
        editor().body(Map.of("reason", "重复录入", "version", 0)).post("/api/v1/targets/" + id + "/withdrawal").then().statusCode(200);
        Figures.fresh();
        editor().get("/api/v1/targets/" + draftId).then().statusCode(404);
        given().get("/api/v1/targets/" + id).then().body("value", equalTo(6)).body("status", equalTo("withdrawn"));
    }

    @Test
    void messagesFollowTheRequestLanguage() {
        int published = createTarget(target("grain_output", 2048));
        editor().delete("/api/v1/targets/" + published).then().statusCode(409).body("detail", containsString("撤回"));
        Figures.fresh();
        editor().header("Accept-Language", "en-US,en;q=0.9,zh;q=0.5").delete("/api/v1/targets/" + published)
                .then().statusCode(409).body("detail", containsString("withdrawn with a reason"));
        Figures.fresh();
    }
}
