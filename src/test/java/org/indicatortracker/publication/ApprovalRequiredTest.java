package org.indicatortracker.publication;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.indicatortracker.support.Accounts.admin;
import static org.indicatortracker.support.Accounts.editor;
import static org.indicatortracker.support.Figures.draft;
import static org.indicatortracker.support.Figures.outcome;
import static org.indicatortracker.support.Figures.target;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.indicatortracker.support.Figures;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** With indicators.publication.require-approval=true nothing becomes public on one editor's word. */
@QuarkusTest
@TestProfile(ApprovalRequiredProfile.class)
@QuarkusTestResource(PostgresResource.class)
class ApprovalRequiredTest {

    static int createDraft(Map<String, Object> body) {
        return editor().body(body).post("/api/v1/targets").then().statusCode(201)
                .body("status", equalTo("draft")).extract().path("id");
    }

    @Test
    void writesDefaultToDraftAndCannotPublishDirectly() {
        createDraft(target("gdp_growth", 2050)); // no status given: a draft
        Map<String, Object> published = target("cpi_growth", 2050);
        published.put("status", "published");
        editor().body(published).post("/api/v1/targets").then().statusCode(409).body("detail", containsString("审核"));
        Figures.fresh();
        editor().header("Accept-Language", "en").body(published).post("/api/v1/targets").then().statusCode(409)
                .body("detail", containsString("second editor"));
        Figures.fresh();
        given().get("/api/v1/targets?region=" + Figures.REGION + "&year=2050").then().body("total", equalTo(0));        // the workspace learns the setting from the session, to offer corrections as drafts only
        editor().get("/api/v1/session").then().statusCode(200).body("approvalRequired", equalTo(true));
    }

    @Test
    void aSecondEditorApprovesAndOnlyThenTheDraftsArePublic() {
        int t = createDraft(target("gdp_growth", 2051));
        int a = editor().body(draft(outcome("gdp_growth", 2051))).post("/api/v1/actuals").then().statusCode(201).extract().path("id");
        Figures.fresh();
        int p = editor().body(Map.of("targets", List.of(t), "actuals", List.of(a))).post("/api/v1/publications")
                .then().statusCode(201).body("status", equalTo("pending")).extract().path("id");
        Figures.fresh();
        given().get("/api/v1/targets/" + t).then().statusCode(404);
        editor().get("/api/v1/publications?status=pending").then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(p));

        editor().body(Map.of("targets", List.of(t))).post("/api/v1/publications").then().statusCode(409)
                .body("errors[0].message", containsString(String.valueOf(p)));
        Figures.fresh();
        editor().body(Map.of()).post("/api/v1/publications/" + p + "/approval").then().statusCode(403);
        Figures.fresh();
        given().get("/api/v1/targets/" + t).then().statusCode(404);

        admin().body(Map.of("note", "核对无误")).post("/api/v1/publications/" + p + "/approval").then().statusCode(200)
                .body("status", equalTo("published"))
                .body("requestedBy", equalTo("test-editor"))
                .body("decidedBy", equalTo("admin"))
                .body("note", equalTo("核对无误"));
        Figures.fresh();
        given().get("/api/v1/targets/" + t).then().statusCode(200).body("status", equalTo("published"));
        given().get("/api/v1/actuals/" + a).then().statusCode(200);
        given().get("/api/v1/targets/" + t + "/history").then().body("[-1].action", equalTo("published"))
                .body("[-1].ref", equalTo("publication:" + p));
        editor().get("/api/v1/targets/" + t + "/history").then().body("[-1].actor", equalTo("admin"));
        admin().body(Map.of()).post("/api/v1/publications/" + p + "/approval").then().statusCode(409);
        Figures.fresh();
    }

    @Test
    void aRegionAndYearRequestLeavesOutDraftsAlreadyAwaitingApproval() {
        int first = createDraft(target("gdp_growth", 2055));
        int second = createDraft(target("cpi_growth", 2055));
        int p1 = editor().body(Map.of("targets", List.of(first))).post("/api/v1/publications").then().statusCode(201)
                .extract().path("id");
        Figures.fresh();
        Map<String, Object> wholeYear = Map.of("region", Figures.REGION, "year", 2055);
        editor().body(wholeYear).post("/api/v1/publications").then().statusCode(201)
                .body("status", equalTo("pending"))
                .body("items.figureId", equalTo(List.of(second)));
        Figures.fresh();
        editor().header("Accept-Language", "en").body(wholeYear).post("/api/v1/publications").then().statusCode(409)
                .body("detail", equalTo("Every draft of " + Figures.REGION + " 2055 is already awaiting approval."))
                .body("errors.field", org.hamcrest.Matchers.hasItems("target:" + first, "target:" + second));
        Figures.fresh();
        admin().body(Map.of()).post("/api/v1/publications/" + p1 + "/approval").then().statusCode(200);
        Figures.fresh();
        given().get("/api/v1/targets/" + first).then().statusCode(200);
        given().get("/api/v1/targets/" + second).then().statusCode(404);
    }

    @Test
    void aDraftEditedAfterTheRequestIsNotPublishedUnreviewed() {
        Map<String, Object> body = target("retail_sales_growth", 2052);
        int t = createDraft(body);
        int p = editor().body(Map.of("targets", List.of(t))).post("/api/v1/publications").then().statusCode(201).extract().path("id");
        Figures.fresh();
        body.put("value", 9);
        body.put("version", 0);
        body.put("status", "draft");
        editor().body(body).put("/api/v1/targets/" + t).then().statusCode(200);
        Figures.fresh();
        admin().body(Map.of()).post("/api/v1/publications/" + p + "/approval").then().statusCode(409)
                .body("errors[0].field", equalTo("target:" + t));
        Figures.fresh();
        given().get("/api/v1/targets/" + t).then().statusCode(404);
        admin().body(Map.of("note", "请重新提交")).post("/api/v1/publications/" + p + "/rejection").then().statusCode(200)
                .body("status", equalTo("rejected"));
        Figures.fresh();
        editor().get("/api/v1/targets/" + t).then().statusCode(200).body("status", equalTo("draft"));
    }

    @Test
    void aPublishedFigureIsChangedOnlyThroughAnApprovedDraft() {
        int t = createDraft(target("cpi_growth", 2053));
        int p = editor().body(Map.of("targets", List.of(t))).post("/api/v1/publications").then().extract().path("id");
        Figures.fresh();
        admin().body(Map.of()).post("/api/v1/publications/" + p + "/approval").then().statusCode(200);
        Figures.fresh();
        Map<String, Object> edit = target("cpi_growth", 2053);
        edit.put("value", 3);
        edit.put("version", 1);
        editor().body(edit).put("/api/v1/targets/" + t).then().statusCode(409);
        Figures.fresh();
        int d = editor().body(edit).post("/api/v1/targets/" + t + "/drafts").then().statusCode(201).extract().path("id");
        Figures.fresh();
        int p2 = editor().body(Map.of("targets", List.of(d))).post("/api/v1/publications").then().extract().path("id");
        Figures.fresh();
        given().get("/api/v1/targets/" + t).then().body("value", equalTo(6));
        admin().body(Map.of()).post("/api/v1/publications/" + p2 + "/approval").then().statusCode(200);
        Figures.fresh();
        given().get("/api/v1/targets/" + t).then().body("value", equalTo(3));
    }

    @Test
    void anImportCannotPublishWithoutApprovalButCanPrepareDrafts() {
        Figures.ensureRegion();
        byte[] csv = ("类型,地区代码,指标,年份,比较方式,数值,日期\r\n目标,"+ Figures.REGION +",gdp_growth,2054,左右,6,2054-01-10\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.indicatortracker.support.Accounts.ensure();
        given().auth().preemptive().basic("test-editor", "editor-password-123").multiPart("file", "f.csv", csv, "text/csv")
                .post("/api/v1/imports?dryRun=false&status=published").then().statusCode(409);
        Figures.fresh();
        given().auth().preemptive().basic("test-editor", "editor-password-123").multiPart("file", "f.csv", csv, "text/csv")
                .post("/api/v1/imports?dryRun=false").then().statusCode(200)
                .body("figureStatus", equalTo("draft")).body("created", equalTo(1));
        Figures.fresh();
        given().get("/api/v1/targets?region=" + Figures.REGION + "&year=2054").then().body("total", equalTo(0));
    }
}
