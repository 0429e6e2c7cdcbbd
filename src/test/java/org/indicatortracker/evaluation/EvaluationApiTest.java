package org.indicatortracker.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.indicatortracker.support.Accounts.anonymous;
import static org.indicatortracker.support.Accounts.editor;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** Verdicts on the real national figures, and verdicts that follow edits at once. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class EvaluationApiTest {

    private static ValidatableResponse evaluation(String region, String indicator, int year) {
        return given().get("/api/v1/evaluations?region=" + region + "&indicator=" + indicator + "&year=" + year)
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void gdp2022MissedTheAroundFivePointFiveTarget() {
        evaluation("CN", "gdp_growth", 2022)
                .body("items[0].verdict", equalTo("missed"))
                .body("items[0].margin", equalTo(-2.5f))
                .body("items[0].target.wording", equalTo("增长5.5%左右"))
                .body("items[0].latest.value", equalTo(3))
                .body("items[0].latest.vintage", equalTo("final"))
                .body("items[0].firstRelease.vintage", equalTo("preliminary"))
                .body("items[0].changedOnRevision", equalTo(false))
                .body("items[0].reasonZh", notNullValue())
                .body("items[0].reasonEn", notNullValue());
    }

    @Test
    void gdp2021ExceededOnFirstReleaseAndAfterRevision() {
        evaluation("CN", "gdp_growth", 2021)
                .body("items[0].firstRelease.value", equalTo(8.1f))
                .body("items[0].firstRelease.verdict", equalTo("exceeded"))
                .body("items[0].latest.value", equalTo(8.4f))
                .body("items[0].latest.verdict", equalTo("exceeded"))
                .body("items[0].verdict", equalTo("exceeded"));
    }

    @Test
    void gdp2019MetTheRangeOnBothVintages() {
        evaluation("CN", "gdp_growth", 2019)
                .body("items[0].target.comparator", equalTo("range"))
                .body("items[0].firstRelease.value", equalTo(6.1f))
                .body("items[0].firstRelease.verdict", equalTo("met"))
                .body("items[0].latest.value", equalTo(6))
                .body("items[0].latest.verdict", equalTo("met"))
                .body("items[0].changedOnRevision", equalTo(false));
    }

    @Test
    void gdp2020HadNoNumericTargetSoIsNotEvaluable() {
        evaluation("CN", "gdp_growth", 2020).body("items[0].verdict", equalTo("not_evaluable"));
    }

    @Test
    void cpi2023MetTheCeilingButTheReasonFlagsTheUndershoot() {
        evaluation("CN", "cpi_growth", 2023)
                .body("items[0].verdict", equalTo("met"))
                .body("items[0].latest.value", equalTo(0.2f))
                .body("items[0].reasonEn", containsString("far below"));
    }

    @Test
    void unemployment2022AboveTheCeilingMissed() {
        evaluation("CN", "surveyed_unemployment", 2022)
                .body("items[0].verdict", equalTo("missed"))
                .body("items[0].latest.basis", equalTo("annual_average"));
    }

    @Test
    void scorecardCountsVerdictsAndShareMetByCategory() {
        given().get("/api/v1/scorecard?region=CN&year=2022").then().statusCode(200)
                .body("items", hasSize(5))
                .body("counts.missed", equalTo(2))
                .body("evaluable", equalTo(5))
                .body("met", equalTo(3))
                .body("shareMet", equalTo(0.6f))
                .body("categories.find { it.category == 'economy' }.counts.missed", equalTo(1))
                .body("categories.find { it.category == 'agriculture' }.shareMet", equalTo(1));
        given().get("/api/v1/scorecard?region=CN&year=2020").then().statusCode(200)
                .body("counts.not_evaluable", equalTo(1));
        given().get("/api/v1/scorecard?region=CN").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().get("/api/v1/scorecard?region=ZZ&year=2022").then().statusCode(404);
    }

    @Test
    void unknownRegionOrIndicatorIsA404AndMissingRegionA400() {
        given().get("/api/v1/evaluations?region=ZZ").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/evaluations?region=CN&indicator=unknown_key").then().statusCode(404);
        given().get("/api/v1/evaluations").then().statusCode(400).body("errors[0].field", equalTo("region"));
    }

    @Test
    void aNewVintageChangesTheVerdictImmediatelyAndIsFlagged() {
        Map<String, Object> target = new HashMap<>(Map.of("region", "230000", "indicator", "gdp_growth", "year", 2022,
                "comparator", "around", "value", 5, "wording", "增长5%左右", "adoptedOn", "2022-01-20"));
        editor().body(target).post("/api/v1/targets").then().statusCode(201);
        given().get("/api/v1/evaluations?region=230000&year=2022").then()
                .body("items[0].verdict", equalTo("not_evaluable"))
                .body("items[0].latest", nullValue());
        Map<String, Object> preliminary = new HashMap<>(Map.of("region", "230000", "indicator", "gdp_growth", "year", 2022,
                "vintage", "preliminary", "value", 4.6, "publishedOn", "2023-01-20"));
        editor().body(preliminary).post("/api/v1/actuals").then().statusCode(201);
        given().get("/api/v1/evaluations?region=230000&year=2022").then()
                .body("items[0].verdict", equalTo("met"))
                .body("items[0].changedOnRevision", equalTo(false));
        Map<String, Object> revised = new HashMap<>(preliminary);
        revised.put("vintage", "final");
        revised.put("value", 4.4);
        revised.put("publishedOn", "2023-12-28");
        editor().body(revised).post("/api/v1/actuals").then().statusCode(201);
        given().get("/api/v1/evaluations?region=230000&year=2022").then()
                .body("items[0].firstRelease.verdict", equalTo("met"))
                .body("items[0].latest.verdict", equalTo("missed"))
                .body("items[0].verdict", equalTo("missed"))
                .body("items[0].changedOnRevision", equalTo(true));
    }

    @Test
    void yichunIncomeStatedAboveGdpGrowthMeetsAnInStepTarget() {
        Map<String, Object> target = new HashMap<>(Map.of("region", "230700", "indicator", "urban_income_growth", "year", 2022,
                "comparator", "relative", "refIndicator", "gdp_growth", "relation", "in_step",
                "wording", "城乡居民收入增长与经济增长同步", "adoptedOn", "2022-01-10"));
        editor().body(target).post("/api/v1/targets").then().statusCode(201);
        given().get("/api/v1/evaluations?region=230700&indicator=urban_income_growth&year=2022").then()
                .body("items[0].verdict", equalTo("met"))
                .body("items[0].latest.comparator", equalTo("relative"))
                .body("items[0].latest.quote", equalTo("城镇、农村常住居民人均可支配收入增长高于经济增长"));
    }

    @Test
    void aPlannerAssessesAQualitativeTarget() {
        int targetId = given().get("/api/v1/targets?region=CN&indicator=gdp_growth&year=2020").then()
                .extract().path("items[0].id");
        anonymous().body(Map.of("assessment", "met")).put("/api/v1/targets/" + targetId + "/assessment").then().statusCode(401);
        editor().body(Map.of("assessment", "partly_met", "note", "经济正增长，但未设具体增速目标"))
                .put("/api/v1/targets/" + targetId + "/assessment").then().statusCode(200)
                .body("assessedBy", equalTo("test-editor"));
        given().get("/api/v1/evaluations?region=CN&indicator=gdp_growth&year=2020").then()
                .body("items[0].verdict", equalTo("partly_met"))
                .body("items[0].assessment.note", equalTo("经济正增长，但未设具体增速目标"));
        editor().body(Map.of("assessment", "met", "version", 5)).put("/api/v1/targets/" + targetId + "/assessment")
                .then().statusCode(409);
        editor().delete("/api/v1/targets/" + targetId + "/assessment").then().statusCode(204);
        given().get("/api/v1/evaluations?region=CN&indicator=gdp_growth&year=2020").then()
                .body("items[0].verdict", equalTo("not_evaluable"));
        int numericId = given().get("/api/v1/targets?region=CN&indicator=gdp_growth&year=2022").then()
                .extract().path("items[0].id");
        editor().body(Map.of("assessment", "met")).put("/api/v1/targets/" + numericId + "/assessment").then().statusCode(400);
    }
}
