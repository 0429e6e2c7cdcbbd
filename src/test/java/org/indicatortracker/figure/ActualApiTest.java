package org.indicatortracker.figure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.indicatortracker.support.Accounts.anonymous;
import static org.indicatortracker.support.Accounts.editor;
import static org.indicatortracker.support.Accounts.viewer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ActualApiTest {

    static Map<String, Object> outcome(String indicator, String vintage, Object value, String publishedOn) {
        return new HashMap<>(Map.of("region", "230000", "indicator", indicator, "year", 2023, "vintage", vintage,
                "value", value, "publishedOn", publishedOn));
    }

    static int create(Map<String, Object> body) {
        return editor().body(body).post("/api/v1/actuals").then().statusCode(201).extract().path("id");
    }

    @Test
    void aLaterVintageIsAddedBesideTheEarlierOne() {
        create(outcome("gdp_growth", "preliminary", 2.6, "2024-01-25"));
        create(outcome("gdp_growth", "final", 2.7, "2024-12-30"));
        given().get("/api/v1/actuals?region=230000&indicator=gdp_growth&year=2023")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.vintage", equalTo(List.of("preliminary", "final")))
                .body("items.value", equalTo(List.of(2.6f, 2.7f)))
                .body("items[0].comparator", equalTo("eq"));
        given().get("/api/v1/actuals?region=230000&indicator=gdp_growth&year=2023&vintage=final")
                .then().body("total", equalTo(1)).body("items[0].value", equalTo(2.7f));
        editor().body(outcome("gdp_growth", "final", 2.8, "2024-12-30")).post("/api/v1/actuals")
                .then().statusCode(409).body("detail", containsString("already exists"));
    }

    @Test
    void boundedAndRelativeOutcomesAreStoredAsStated() {
        Map<String, Object> bounded = outcome("fixed_asset_investment_growth", "estimate", 25, "2024-01-20");
        bounded.put("comparator", "gte");
        bounded.put("quote", "固定资产投资增长25%以上");
        create(bounded);
        Map<String, Object> relative = outcome("resident_income_growth", "estimate", 0, "2024-01-20");
        relative.remove("value");
        relative.put("comparator", "relative");
        relative.put("relation", "above");
        relative.put("refIndicator", "gdp_growth");
        relative.put("basis", "real");
        create(relative);
        given().get("/api/v1/actuals?region=230000&indicator=resident_income_growth")
                .then().body("items[0].relation", equalTo("above")).body("items[0].basis", equalTo("real"));
        given().get("/api/v1/actuals?region=230000&indicator=fixed_asset_investment_growth")
                .then().body("items[0].comparator", equalTo("gte")).body("items[0].quote", equalTo("固定资产投资增长25%以上"));
    }

    @Test
    void invalidOutcomesAreRejectedWithFieldErrors() {
        Map<String, Object> noVintage = outcome("cpi_growth", "final", 1, "2024-01-01");
        noVintage.remove("vintage");
        noVintage.remove("publishedOn");
        editor().body(noVintage).post("/api/v1/actuals").then().statusCode(400)
                .body("errors.field", hasItem("vintage"))
                .body("errors.field", hasItem("publishedOn"));
        Map<String, Object> badDate = outcome("cpi_growth", "final", 1, "2024-13-45");
        editor().body(badDate).post("/api/v1/actuals").then().statusCode(400).body("errors[0].field", equalTo("publishedOn"));
        Map<String, Object> badSource = outcome("cpi_growth", "final", 1, "2024-01-01");
        badSource.put("sourceId", 999999);
        editor().body(badSource).post("/api/v1/actuals").then().statusCode(400).body("errors[0].field", equalTo("sourceId"));
    }

    @Test
    void editingAnOutcomeChecksTheVersionAndRole() {
        Map<String, Object> body = outcome("retail_sales_growth", "preliminary", 4.1, "2024-01-22");
        int id = create(body);
        body.put("value", 4.2);
        body.put("version", 0);
        anonymous().body(body).put("/api/v1/actuals/" + id).then().statusCode(401);
        viewer().body(body).put("/api/v1/actuals/" + id).then().statusCode(403);
        editor().body(body).put("/api/v1/actuals/" + id).then().statusCode(200).body("value", equalTo(4.2f));
        editor().body(body).put("/api/v1/actuals/" + id).then().statusCode(409).body("current.value.value", equalTo(4.2f));
        editor().delete("/api/v1/actuals/" + id + "?version=1").then().statusCode(409); // published: withdrawn, not deleted
        given().get("/api/v1/actuals/" + id).then().statusCode(200);
    }
}
