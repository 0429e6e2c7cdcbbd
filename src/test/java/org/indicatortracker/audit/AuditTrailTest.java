package org.indicatortracker.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.indicatortracker.support.Accounts.admin;
import static org.indicatortracker.support.Accounts.editor;
import static org.indicatortracker.support.Figures.createOutcome;
import static org.indicatortracker.support.Figures.createTarget;
import static org.indicatortracker.support.Figures.draft;
import static org.indicatortracker.support.Figures.outcome;
import static org.indicatortracker.support.Figures.target;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.indicatortracker.support.Figures;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** Every change to a figure is recorded: who, when, how, old → new, whichever way it was made. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class AuditTrailTest {

    @Inject
    EntityManager em;

    @Test
    void apiEditsAreRecordedWithWhoAndOnlyTheChangedFields() {
        int id = createTarget(target("urban_income_growth", 2080));
        Map<String, Object> edit = target("urban_income_growth", 2080);
        edit.put("value", 6.5);
        edit.put("version", 0);
        admin().body(edit).put("/api/v1/targets/" + id).then().statusCode(200);
        Figures.fresh();

        editor().get("/api/v1/targets/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("created", "updated")))
                .body("actor", equalTo(List.of("test-editor", "admin")))
                .body("via", equalTo(List.of("api", "api")))
                .body("[0].at", notNullValue())
                .body("[0].changes.field", hasItem("wording"))
                .body("[0].changes.find { it.field == 'value' }.to", equalTo(6))
                .body("[0].changes.find { it.field == 'value' }.from", nullValue())
                .body("[1].changes.field", equalTo(List.of("value")))
                .body("[1].changes[0].from", equalTo(6))
                .body("[1].changes[0].to", equalTo(6.5f));
    }

    @Test
    void thePublicSeesAFiguresLifeFromItsPublicationWithoutNames() {
        Map<String, Object> body = draft(outcome("rural_income_growth", 2081));
        int id = createOutcome(body);
        body.put("value", 6.0);
        body.put("version", 0);
        editor().body(body).put("/api/v1/actuals/" + id).then().statusCode(200);
        Figures.fresh();
        given().get("/api/v1/actuals/" + id + "/history").then().statusCode(404); // a draft has no public history
        editor().get("/api/v1/actuals/" + id + "/history").then().body("action", equalTo(List.of("created", "updated")));

        editor().body(Map.of("actuals", List.of(id))).post("/api/v1/publications").then().statusCode(201);
        Figures.fresh();
        given().get("/api/v1/actuals/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("published")))
                .body("[0].actor", nullValue())
                .body("[0].via", equalTo("publication"));
        editor().get("/api/v1/actuals/" + id + "/history").then().body("action", equalTo(List.of("created", "updated", "published")));
    }

    @Test
    void changesMadeDirectlyInTheDatabaseAreRecordedToo() {
        int id = createTarget(target("grain_output", 2082));
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update target set value = 7, version = version + 1 where id = ?1").setParameter(1, id).executeUpdate());
        editor().get("/api/v1/targets/" + id + "/history").then()
                .body("[1].via", equalTo("sql"))
                .body("[1].actor", containsString("db:"))
                .body("[1].changes[0].field", equalTo("value"));
    }

    @Test
    void aDeletedDraftKeepsItsHistoryForEditorsOnly() {
        int id = createTarget(draft(target("tourism_revenue_growth", 2083)));
        editor().delete("/api/v1/targets/" + id).then().statusCode(204);
        Figures.fresh();
        editor().get("/api/v1/targets/" + id + "/history").then().statusCode(200)
                .body("action", equalTo(List.of("created", "deleted")))
                .body("[1].changes.field", hasItem("value"))
                .body("[1].changes.find { it.field == 'value' }.to", nullValue());
        given().get("/api/v1/targets/" + id + "/history").then().statusCode(404);
        editor().get("/api/v1/targets/987654321/history").then().statusCode(404);
    }

    @Test
    void aVersionOnlyTouchLeavesNoEmptyEntry() {
        int id = createTarget(target("rd_intensity", 2084));
        QuarkusTransaction.requiringNew().run(() ->
                em.createNativeQuery("update target set version = version + 1, updated_at = now() where id = ?1").setParameter(1, id).executeUpdate());
        editor().get("/api/v1/targets/" + id + "/history").then().body("action", equalTo(List.of("created")))
                .body("[0].changes", not(empty()));
    }

    @Test
    void extractionCommitsAreAttributedToTheReviewerAndTheExtraction() {
        Figures.ensureRegion();
        long sourceId = editor().body(Map.of("title", "2085年伊春市统计公报（审计测试）", "region", Figures.REGION,
                        "publishedOn", "2001-03-01", "kind", "statistical_bulletin"))
                .post("/api/v1/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        Figures.fresh();
        Map<String, Object> statement = new java.util.HashMap<>(Map.of("indicator", "gdp_growth", "kind", "actual",
                "year", 2085, "comparator", "eq", "value", 5.1, "unit", "%", "status", "reported", "quote", "地区生产总值增长5.1%"));
        long id = editor().body(Map.of("sourceId", sourceId, "statements", List.of(statement))).post("/api/v1/extractions/commit")
                .then().statusCode(201).extract().jsonPath().getLong("created[0].id");
        Figures.fresh();
        editor().get("/api/v1/actuals/" + id + "/history").then().statusCode(200)
                .body("[0].action", equalTo("created"))
                .body("[0].actor", equalTo("test-editor"))
                .body("[0].via", equalTo("extraction"));
    }
}
