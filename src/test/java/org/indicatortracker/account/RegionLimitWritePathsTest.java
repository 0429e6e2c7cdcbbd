package org.indicatortracker.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indicatortracker.support.Accounts;
import org.indicatortracker.support.PostgresResource;
import org.indicatortracker.support.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A city editor's region limit holds on every write path, not only on the figure endpoints: publishing drafts,
 * withdrawing published figures and spreadsheet imports. Other regions' data is created in the province (230000),
 * never in the national or Yichun demo data other tests count.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class RegionLimitWritePathsTest {

    private static final String PASSWORD = "region-limit-password";
    private static final String HEADER = "类型,地区代码,指标,年份,发布阶段,比较方式,数值,上限,表述,日期,来源,原文,备注\r\n";

    private SignedIn city;

    @BeforeEach
    void cityEditor() {
        if (!Accounts.admin().get("/api/v1/users").then().extract().jsonPath().getList("username").contains("limit-yichun")) {
            SignedIn.createAccount("limit-yichun", PASSWORD, List.of("editor"), List.of("230700"));
        }
        city = SignedIn.as("limit-yichun", PASSWORD);
    }

    private static Map<String, Object> target(String region, int year, String status) {
        return new HashMap<>(Map.of("region", region, "indicator", "rd_intensity", "year", year, "comparator", "gte",
                "value", 2, "adoptedOn", year + "-01-10", "status", status));
    }

    private static int byUnlimitedEditor(Map<String, Object> body) {
        return Accounts.editor().body(body).post("/api/v1/targets").then().statusCode(201).extract().path("id");
    }

    @Test
    void aCityEditorPublishesOnlyTheCitysDrafts() {
        int provincial = byUnlimitedEditor(target("230000", 2091, "draft"));
        city.request().body(Map.of("targets", List.of(provincial))).post("/api/v1/publications").then().statusCode(403);
        city.request().body(Map.of("region", "230000", "year", 2091)).post("/api/v1/publications").then().statusCode(403);
        Accounts.editor().get("/api/v1/targets/" + provincial).then().body("status", equalTo("draft"));

        int own = city.request().body(target("230700", 2091, "draft")).post("/api/v1/targets").then().statusCode(201)
                .extract().path("id");
        city.request().body(Map.of("targets", List.of(own))).post("/api/v1/publications").then().statusCode(201);
    }

    @Test
    void aCityEditorWithdrawsOnlyTheCitysFigures() {
        int provincial = byUnlimitedEditor(target("230000", 2092, "published"));
        city.request().body(Map.of("reason", "不属于本市", "version", 0)).post("/api/v1/targets/" + provincial + "/withdrawal")
                .then().statusCode(403);
        given().get("/api/v1/targets/" + provincial).then().statusCode(200).body("status", equalTo("published"));

        int own = byUnlimitedEditor(target("230700", 2092, "published"));
        city.request().body(Map.of("reason", "统计口径调整", "version", 0)).post("/api/v1/targets/" + own + "/withdrawal")
                .then().statusCode(200).body("status", equalTo("withdrawn"));
    }

    @Test
    void aCityEditorPreparesCorrectionsOnlyOfTheCitysFigures() {
        int provincial = byUnlimitedEditor(target("230000", 2094, "published"));
        Map<String, Object> change = target("230700", 2094, "draft");
        change.put("version", 0);
        city.request().body(change).post("/api/v1/targets/" + provincial + "/drafts").then().statusCode(403);

        int own = byUnlimitedEditor(target("230700", 2094, "published"));
        Map<String, Object> moved = target("230000", 2094, "draft");
        moved.put("version", 0);
        city.request().body(moved).post("/api/v1/targets/" + own + "/drafts").then().statusCode(403);
        Accounts.editor().get("/api/v1/targets?status=draft&region=230000&year=2094").then().body("total", equalTo(0));

        city.request().body(change).post("/api/v1/targets/" + own + "/drafts").then().statusCode(201)
                .body("draftOf", equalTo(own));
    }

    private ValidatableResponse importCsv(String csv, boolean dryRun) {
        return city.withoutToken().header("X-CSRF-Token", city.csrfToken()).contentType("multipart/form-data")
                .multiPart("file", "figures.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/api/v1/imports?dryRun=" + dryRun).then();
    }

    @Test
    void aCityEditorImportsOnlyTheCitysRows() {
        String mixed = HEADER
                + "目标,230700,rd_intensity,2093,,以上,2.1,,,2093-01-10,,,\r\n"
                + "目标,230000,rd_intensity,2093,,以上,2.5,,,2093-01-10,,,\r\n"
                + "目标,CN,rd_intensity,2093,,以上,2.8,,,2093-01-10,,,\r\n";
        importCsv(mixed, true).statusCode(200)
                .body("errorCount", equalTo(2))
                .body("errors.code", everyItem(equalTo("region_not_allowed")))
                .body("errors.row", equalTo(List.of(3, 4)));
        importCsv(mixed, false).statusCode(400);
        given().get("/api/v1/targets?indicator=rd_intensity&year=2093&region=230700").then().body("total", equalTo(0));

        importCsv(HEADER + "目标,230700,rd_intensity,2093,,以上,2.1,,,2093-01-10,,,\r\n", false).statusCode(200)
                .body("created", equalTo(1));
        given().get("/api/v1/targets?indicator=rd_intensity&year=2093&region=230700").then().body("total", equalTo(1))
                .body("items.value", hasItem(2.1f));
    }
}
