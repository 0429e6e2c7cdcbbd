package org.indicatortracker.chart;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.indicatortracker.support.Accounts.editor;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ChartApiTest {

    private static final String SERIES = "/api/v1/charts/series?region=CN&indicator=gdp_growth";

    @Test
    void seriesShowsOutcomeTargetAndBandsPerYear() {
        given().get(SERIES).then().statusCode(200)
                .body("title", containsString("全国"))
                .body("unit", equalTo("%"))
                .body("labels", equalTo(List.of("2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025")))
                .body("datasets.find { it.id == 'outcome' }.data", equalTo(Arrays.asList(6.6f, 6, 2.3f, 8.4f, 3, 5.2f, 5, 5)))
                .body("datasets.find { it.id == 'outcome' }.type", equalTo("line"))
                .body("datasets.find { it.id == 'first_release' }.data[3]", equalTo(8.1f))
                .body("datasets.find { it.id == 'first_release' }.hidden", equalTo(false))
                .body("datasets.find { it.id == 'target_band' }.type", equalTo("bar"))
                .body("datasets.find { it.id == 'target_band' }.data[0]", equalTo(List.of(6, 7)))      // around 6.5 ± 0.5
                .body("datasets.find { it.id == 'target_band' }.data[1]", equalTo(List.of(6, 6.5f)))   // range 6-6.5
                .body("datasets.find { it.id == 'target_band' }.data[3]", nullValue())                 // ≥6 has no band
                .body("datasets.find { it.id == 'target' }.data[3]", equalTo(6))
                .body("datasets.find { it.id == 'target' }.data[2]", nullValue())                      // 2020: no numeric target
                .body("datasets.find { it.id == 'outcome' }.pointMeta[4].verdict", equalTo("missed"))
                .body("datasets.find { it.id == 'outcome' }.pointMeta[4].vintageLabel", equalTo("最终核实"))
                .body("datasets.find { it.id == 'outcome' }.pointMeta[4].wording", equalTo("增长5.5%左右"))
                .body("notes", hasItem(containsString("2020")))
                .body("table.rows", hasSize(8))
                .body("table.rows[3].first_value", equalTo(8.1f))
                .body("table.rows[3].outcome_value", equalTo(8.4f))
                .body("table.columns.key", hasItem("quote"));
    }

    @Test
    void estimatesAreDrawnDifferentlyFromFinalFigures() {
        given().get("/api/v1/charts/series?region=230700&indicator=gdp_growth").then().statusCode(200)
                .body("datasets.find { it.id == 'outcome' }.pointStyle", equalTo(List.of("triangle")))
                .body("datasets.find { it.id == 'outcome' }.pointMeta[0].estimate", equalTo(true))
                .body("datasets.find { it.id == 'outcome' }.pointMeta[0].quote", equalTo("预计地区生产总值增长4%左右"))
                .body("notes[0]", containsString("预计"));
        given().get(SERIES).then().body("datasets.find { it.id == 'outcome' }.pointStyle[1]", equalTo("circle"))   // 2019 final
                .body("datasets.find { it.id == 'outcome' }.pointStyle[0]", equalTo("rectRot"));                    // 2018 preliminary
    }

    @Test
    void englishIsAvailableAndOtherLanguagesAreRejected() {
        given().get(SERIES + "&lang=en").then().statusCode(200)
                .body("title", equalTo("GDP growth · China"))
                .body("datasets.find { it.id == 'outcome' }.label", equalTo("Outcome (latest)"))
                .body("datasets.find { it.id == 'outcome' }.pointMeta[4].verdictLabel", equalTo("Missed"));
        given().get(SERIES + "&lang=fr").then().statusCode(400).body("errors[0].field", equalTo("lang"));
        given().get(SERIES + "&format=pdf").then().statusCode(400).body("errors[0].field", equalTo("format"));
        given().get(SERIES + "&from=2025&to=2020").then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    void csvIsUtf8WithBomAndLocalisedHeaders() {
        byte[] body = given().get(SERIES + "&format=csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("series-CN-gdp_growth.csv"))
                .extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(body, 3));
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("年份,目标表述,"), text.substring(0, 40));
        assertTrue(text.contains("2022,增长5.5%左右,5.5,5,6,3,3,最终核实"), text);
    }

    @Test
    void csvCellsNeverStartAFormula() {
        Map<String, Object> body = new HashMap<>(Map.of("region", "230000", "indicator", "grain_output", "year", 2021,
                "vintage", "preliminary", "value", 1500, "publishedOn", "2021-12-20", "quote", "=HYPERLINK(\"http://x\")"));
        editor().body(body).post("/api/v1/actuals").then().statusCode(201);
        String csv = given().get("/api/v1/charts/series?region=230000&indicator=grain_output&format=csv").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains("'=HYPERLINK"), csv);
        assertTrue(!csv.contains(",=HYPERLINK") && !csv.contains(",\"=HYPERLINK"), csv);
    }

    @Test
    void compareYearsPutsChosenYearsSideBySide() {
        given().get("/api/v1/charts/compare-years?region=CN&years=2022,2021").then().statusCode(200)
                .body("labels", hasSize(5))
                .body("datasets.id", equalTo(List.of("outcome_2021", "target_2021", "outcome_2022", "target_2022")))
                .body("table.rows.find { it.indicator_key == 'gdp_growth' && it.year == 2022 }.verdict", equalTo("未完成"))
                .body("notes", hasItem(containsString("单位不同")));
        given().get("/api/v1/charts/compare-years?region=CN&years=2022&indicators=cpi_growth,gdp_growth").then().statusCode(200)
                .body("labels", equalTo(List.of("居民消费价格涨幅", "地区生产总值增长")))
                .body("unit", equalTo("%"));
        given().get("/api/v1/charts/compare-years?region=230700&years=2022&category=tourism&lang=en").then().statusCode(200)
                .body("table.rows.indicator_key", hasItem("tourism_revenue_growth"));
        given().get("/api/v1/charts/compare-years?region=CN").then().statusCode(400).body("errors[0].field", equalTo("years"));
        given().get("/api/v1/charts/compare-years?region=CN&years=2022,abc").then().statusCode(400).body("errors[0].field", equalTo("years"));
        given().get("/api/v1/charts/compare-years?region=CN&years=2022&indicators=nope").then().statusCode(404);
    }

    @Test
    void compareRegionsRanksBestFirstWithEachTarget() {
        given().get("/api/v1/charts/compare-regions?indicator=gdp_growth&year=2022").then().statusCode(200)
                .body("labels", equalTo(List.of("伊春市", "全国")))
                .body("datasets.find { it.id == 'outcome' }.data", equalTo(List.of(4, 3)))
                .body("datasets.find { it.id == 'target' }.data", equalTo(Arrays.asList(null, 5.5f)))
                .body("table.rows[1].verdict", equalTo("未完成"))
                .body("table.rows[0].rank", equalTo(1));
        given().get("/api/v1/charts/compare-regions?indicator=gdp_growth&year=2022&regions=CN").then().statusCode(200)
                .body("labels", equalTo(List.of("全国")));
        given().get("/api/v1/charts/compare-regions?indicator=gdp_growth&year=2022&parent=230000").then().statusCode(200)
                .body("labels", equalTo(List.of("伊春市")));
        given().get("/api/v1/charts/compare-regions?indicator=cpi_growth&year=2023&lang=en").then().statusCode(200)
                .body("subtitle", containsString("lower is better"));
        given().get("/api/v1/charts/compare-regions?indicator=gdp_growth&year=2022&regions=XX9").then().statusCode(404);
        given().get("/api/v1/charts/compare-regions?indicator=gdp_growth").then().statusCode(400).body("errors[0].field", equalTo("year"));
        given().get("/api/v1/charts/compare-regions?indicator=unknown&year=2022").then().statusCode(404);
    }

    @Test
    void scorecardTrendGivesTheShareMetPerYear() {
        given().get("/api/v1/charts/scorecard-trend?region=CN&from=2021&to=2023").then().statusCode(200)
                .body("labels", equalTo(List.of("2021", "2022", "2023")))
                .body("datasets[0].data", equalTo(List.of(100, 60, 100)))
                .body("datasets.find { it.id == 'share_economy' }.label", equalTo("经济"))
                .body("datasets.find { it.id == 'share_economy' }.data", equalTo(List.of(100, 0, 100)))
                .body("table.rows.find { it.year == 2022 && it.category == '全部指标' }.met", equalTo(3));
        given().get("/api/v1/charts/scorecard-trend?region=nowhere").then().statusCode(404);
    }

    @Test
    void revisionsShowHowOneYearMovedAcrossVintages() {
        given().get("/api/v1/charts/revisions?region=CN&indicator=gdp_growth&year=2021").then().statusCode(200)
                .body("labels", equalTo(List.of("初步核算 2022-02-28", "最终核实 2022-12-27")))
                .body("datasets[0].data", equalTo(List.of(8.1f, 8.4f)))
                .body("table.rows[1].change", equalTo(0.3f))
                .body("table.rows[1].verdict", equalTo("超额完成"));
        given().get("/api/v1/charts/revisions?region=CN&indicator=gdp_growth").then().statusCode(400);
    }

    @Test
    void unknownRegionOrIndicatorIsA404ProblemAndMissingParametersA400() {
        given().get("/api/v1/charts/series?region=XX&indicator=gdp_growth").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/charts/series?region=CN&indicator=nope").then().statusCode(404);
        given().get("/api/v1/charts/series?region=CN").then().statusCode(400).body("errors[0].field", equalTo("indicator"));
    }

    @Test
    void emptySeriesSaysSo() {
        given().get("/api/v1/charts/series?region=230000&indicator=forest_coverage").then().statusCode(200)
                .body("labels", hasSize(0))
                .body("notes", hasItem("暂无已公布的数据。"))
                .body("title", not(nullValue()));
    }
}
