package org.indicatortracker.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.indicatortracker.support.Accounts.admin;
import static org.indicatortracker.support.Accounts.editor;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.indicatortracker.support.Figures;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/**
 * Which regions, years and indicators have data: what the dashboard's pickers and default year come from. Other
 * test classes add figures to the shared database, so exact counts are checked on a region of this test's own.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class CoverageApiTest {

    @Test
    void nationalYearsRunFrom2018AndTheLatestYearWithOutcomesIs2025() {
        given().get("/api/v1/coverage/CN").then().statusCode(200)
                .body("region", equalTo("CN"))
                .body("years.year", equalTo(List.of(2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025)))
                .body("years.find { it.year == 2022 }.targets", equalTo(5))
                .body("years.find { it.year == 2022 }.outcomes", equalTo(5))
                .body("years.find { it.year == 2018 }.targets", equalTo(4))
                .body("latestWithOutcomes", equalTo(2025))
                .body("latestWithTargets", equalTo(2025))
                .body("indicators", hasItems("cpi_growth", "gdp_growth", "grain_output", "new_urban_jobs", "surveyed_unemployment"));
    }

    @Test
    void yichunHasOutcomesFor2022FromItsWorkReport() {
        given().get("/api/v1/coverage/230700").then().statusCode(200)
                .body("years.find { it.year == 2022 }.outcomes", greaterThanOrEqualTo(67))
                .body("latestWithOutcomes", greaterThanOrEqualTo(2022))
                .body("indicators", hasItems("gdp_growth", "forest_chiefs"));
    }

    @Test
    void countsIndicatorsWithTargetsAndOutcomesPerYearAndOnlyPublishedOnes() {
        admin().body(Map.of("code", "CVT01", "nameZh", "覆盖测试市", "nameEn", "Coverage test", "level", "prefecture", "parent", "230000"))
                .post("/api/v1/regions").then().statusCode(201);
        given().get("/api/v1/coverage/CVT01").then().statusCode(200)
                .body("years", equalTo(List.of()))
                .body("latestWithOutcomes", equalTo(null))
                .body("indicators", equalTo(List.of()));
        // Other test classes may have left published figures for 2030 in other regions: count from here.
        Figures.fresh();
        Integer before = given().get("/api/v1/coverage").then().extract().path("years.find { it.year == 2030 }.regions");
        int regionsBefore = before == null ? 0 : before;
        List<Integer> targets = List.of(
                create("targets", Map.of("region", "CVT01", "indicator", "gdp_growth", "year", 2030, "comparator", "around",
                        "value", 5, "wording", "增长5%左右", "adoptedOn", "2030-01-10")),
                create("targets", Map.of("region", "CVT01", "indicator", "cpi_growth", "year", 2030, "comparator", "around",
                        "value", 3, "wording", "3%左右", "adoptedOn", "2030-01-10")),
                create("targets", Map.of("region", "CVT01", "indicator", "gdp_growth", "year", 2031, "comparator", "around",
                        "value", 5, "wording", "增长5%左右", "adoptedOn", "2031-01-10", "status", "draft")));
        List<Integer> actuals = List.of(
                create("actuals", Map.of("region", "CVT01", "indicator", "gdp_growth", "year", 2030, "vintage", "preliminary",
                        "value", 4.8, "publishedOn", "2031-01-20")),
                create("actuals", Map.of("region", "CVT01", "indicator", "gdp_growth", "year", 2030, "vintage", "final",
                        "value", 4.9, "publishedOn", "2031-12-20")));
        Figures.fresh();
        try {
            given().get("/api/v1/coverage/CVT01").then().statusCode(200)
                    .body("years", equalTo(List.of(Map.of("year", 2030, "targets", 2, "outcomes", 1))))
                    .body("latestWithOutcomes", equalTo(2030))
                    .body("latestWithTargets", equalTo(2030))
                    .body("indicators", equalTo(List.of("cpi_growth", "gdp_growth")));
            given().get("/api/v1/coverage").then().statusCode(200)
                    .body("regions.find { it.code == 'CVT01' }.latestWithOutcomes", equalTo(2030))
                    .body("years.find { it.year == 2030 }.regions", equalTo(regionsBefore + 1));
        } finally {
            // Other test classes (the browser tests) list the regions with published figures: leave none behind.
            // Published figures are withdrawn, never deleted; the draft is deleted.
            actuals.forEach(id -> withdraw("actuals", id));
            withdraw("targets", targets.get(0));
            withdraw("targets", targets.get(1));
            editor().delete("/api/v1/targets/" + targets.get(2)).then().statusCode(204);
        }
        Figures.fresh();
        given().get("/api/v1/coverage").then().body("regions.code", not(hasItem("CVT01")));
    }

    private static void withdraw(String kind, int id) {
        editor().body(Map.of("reason", "test figure", "version", 0)).post("/api/v1/" + kind + "/" + id + "/withdrawal")
                .then().statusCode(200);
    }

    private static int create(String kind, Map<String, Object> body) {
        return editor().body(body).post("/api/v1/" + kind).then().statusCode(201).extract().path("id");
    }

    @Test
    void theRegionListNamesRegionsWithFiguresAndTheBestYearsToCompare() {
        given().get("/api/v1/coverage").then().statusCode(200)
                .body("regions.code", hasItems("CN", "230700"))
                .body("regions.find { it.code == 'CN' }.latestWithOutcomes", equalTo(2025))
                .body("years.find { it.year == 2022 }.regions", greaterThanOrEqualTo(2))
                .body("years.year", hasItem(2018));
    }

    @Test
    void anUnknownRegionIsA404Problem() {
        given().get("/api/v1/coverage/XX9").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/coverage/bad%20code").then().statusCode(400);
        given().get("/api/v1/coverage").then().body("regions.code", not(hasItem("XX9")));
    }
}
