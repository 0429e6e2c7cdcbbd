package org.indicatortracker.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class DemoDataTest {

    @Test
    void yichunGdpGrowth2022IsTheAroundFourPercentEstimateWithItsQuote() {
        given().get("/api/v1/actuals?region=230700&indicator=gdp_growth&year=2022")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].comparator", equalTo("around"))
                .body("items[0].value", equalTo(4))
                .body("items[0].vintage", equalTo("estimate"))
                .body("items[0].quote", equalTo("预计地区生产总值增长4%左右"))
                .body("items[0].source.title", equalTo("伊春市2023年政府工作报告"))
                .body("items[0].source.publishedOn", equalTo("2023-01-03"));
    }

    @Test
    void everyStatementOfTheYichunReportKeyIsLoadedWithItsQuote() {
        // 2022 only: other test classes add 伊春市 figures of their own in years 2040 and later
        given().get("/api/v1/actuals?region=230700&year=2022&size=1000")
                .then().statusCode(200)
                .body("total", equalTo(67))
                .body("items.findAll { it.quote == null }.size()", equalTo(0))
                .body("items.findAll { it.source.title != '伊春市2023年政府工作报告' }.size()", equalTo(0))
                .body("items.quote", hasItem("实现连续19年未发生重大森林火灾"))
                .body("items.find { it.indicator == 'consecutive_good_harvests' }.value", equalTo(19));
    }

    @Test
    void yichunIncomeGrowthIsStatedRelativeToGdpGrowth() {
        given().get("/api/v1/actuals?region=230700&indicator=urban_income_growth")
                .then().statusCode(200)
                .body("items[0].comparator", equalTo("relative"))
                .body("items[0].relation", equalTo("above"))
                .body("items[0].refIndicator", equalTo("gdp_growth"));
    }

    @Test
    void nationalGdpTarget2022IsAroundFivePointFiveAndTheOutcomeThree() {
        given().get("/api/v1/targets?region=CN&indicator=gdp_growth&year=2022")
                .then().statusCode(200)
                .body("items[0].comparator", equalTo("around"))
                .body("items[0].value", equalTo(5.5f))
                .body("items[0].wording", equalTo("增长5.5%左右"))
                .body("items[0].source.title", equalTo("2022年国务院政府工作报告"));
        given().get("/api/v1/actuals?region=CN&indicator=gdp_growth&year=2022&vintage=preliminary")
                .then().statusCode(200)
                .body("items[0].value", equalTo(3))
                .body("items[0].source.kind", equalTo("statistical_bulletin"));
    }

    @Test
    void nationalOutcomesKeepEveryVintage() {
        given().get("/api/v1/actuals?region=CN&indicator=gdp_growth&year=2019")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.vintage", equalTo(java.util.List.of("preliminary", "final")))
                .body("items.value", equalTo(java.util.List.of(6.1f, 6)));
    }

    @Test
    void nationalTargetsCoverEveryYearFrom2018To2025() {
        given().get("/api/v1/targets?region=CN&size=1000")
                .then().statusCode(200)
                .body("total", equalTo(37))
                .body("items.find { it.indicator == 'gdp_growth' && it.year == 2019 }.valueHigh", equalTo(6.5f))
                .body("items.find { it.indicator == 'gdp_growth' && it.year == 2020 }.comparator", equalTo("qualitative"))
                .body("items.find { it.indicator == 'surveyed_unemployment' && it.year == 2022 }.quote", equalTo("全年控制在5.5%以内"));
    }

    @Test
    void unemploymentOutcomesCarryTheirBasis() {
        given().get("/api/v1/actuals?region=CN&indicator=surveyed_unemployment&year=2022")
                .then().statusCode(200)
                .body("items[0].basis", equalTo("annual_average"))
                .body("items[0].value", equalTo(5.6f));
        given().get("/api/v1/actuals?region=CN&indicator=surveyed_unemployment&year=2019")
                .then().statusCode(200)
                .body("items[0].basis", equalTo("year_end"))
                .body("items[0].note", notNullValue());
    }
}
