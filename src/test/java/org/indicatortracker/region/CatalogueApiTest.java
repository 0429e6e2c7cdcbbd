package org.indicatortracker.region;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.indicatortracker.support.Accounts.admin;
import static org.indicatortracker.support.Accounts.anonymous;
import static org.indicatortracker.support.Accounts.editor;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** Regions, indicators and sources: public reads, admin-only catalogue changes. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class CatalogueApiTest {

    @Test
    void regionsListTheCountryFirstThenItsDivisions() {
        given().get("/api/v1/regions").then().statusCode(200)
                .body("code.take(3)", equalTo(List.of("CN", "230000", "230700")))
                .body("find { it.code == '230700' }.nameZh", equalTo("伊春市"))
                .body("find { it.code == '230700' }.parent", equalTo("230000"))
                .body("find { it.code == '230700' }.level", equalTo("prefecture"));
        given().get("/api/v1/regions/230700").then().statusCode(200).body("nameEn", equalTo("Yichun"));
        given().get("/api/v1/regions/000000").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void indicatorsCarryDirectionKindToleranceAndAliases() {
        given().get("/api/v1/indicators/gdp_growth").then().statusCode(200)
                .body("direction", equalTo("higher"))
                .body("valueKind", equalTo("growth_rate"))
                .body("defaultTolerance", equalTo(0.5f))
                .body("aliases", hasItem("国内生产总值增长"));
        given().get("/api/v1/indicators/cpi_growth").then().body("direction", equalTo("lower"));
        given().get("/api/v1/indicators?category=tourism").then().statusCode(200)
                .body("category", everyItem(equalTo("tourism")))
                .body("key", hasItem("tourism_revenue_growth"));
        given().get("/api/v1/indicators").then().body("size()", greaterThanOrEqualTo(80));
        given().get("/api/v1/indicators/nope").then().statusCode(404);
    }

    @Test
    void sourcesAreListedNewestFirst() {
        List<String> dates = given().get("/api/v1/sources").then().statusCode(200)
                .body("title", hasItem("伊春市2023年政府工作报告"))
                .extract().path("publishedOn");
        // Other test classes add sources of their own, so the order is checked rather than the first title.
        List<String> newestFirst = dates.stream().filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.reverseOrder()).toList();
        assertEquals(newestFirst, dates.stream().filter(java.util.Objects::nonNull).toList());
        given().get("/api/v1/sources?region=230700").then().body("size()", equalTo(1)).body("[0].kind", equalTo("work_report"));
        given().get("/api/v1/sources?region=XX").then().statusCode(404);
    }

    @Test
    void catalogueChangesNeedAnAdmin() {
        Map<String, Object> region = new HashMap<>(Map.of("code", "230702", "nameZh", "伊美区", "nameEn", "Yimei District",
                "level", "county", "parent", "230700"));
        anonymous().body(region).post("/api/v1/regions").then().statusCode(401);
        editor().body(region).post("/api/v1/regions").then().statusCode(403);
        admin().body(region).post("/api/v1/regions").then().statusCode(201).header("Location", containsString("/api/v1/regions/230702"));
        admin().body(region).post("/api/v1/regions").then().statusCode(409);
        region.put("nameEn", "Yimei");
        region.put("version", 0);
        admin().body(region).put("/api/v1/regions/230702").then().statusCode(200).body("nameEn", equalTo("Yimei"));
        admin().body(region).put("/api/v1/regions/230702").then().statusCode(409);
        admin().delete("/api/v1/regions/230702").then().statusCode(204);
    }

    @Test
    void aRegionStillInUseCannotBeDeleted() {
        admin().delete("/api/v1/regions/230700").then().statusCode(409).contentType("application/problem+json");
        given().get("/api/v1/regions/230700").then().statusCode(200);
    }

    @Test
    void indicatorsAreValidatedAndVersioned() {
        Map<String, Object> indicator = new HashMap<>(Map.of("key", "Bad Key", "nameZh", "测试", "nameEn", "Test",
                "unit", "%", "category", "economy", "direction", "sideways", "valueKind", "share", "defaultTolerance", 1));
        admin().body(indicator).post("/api/v1/indicators").then().statusCode(400).body("errors[0].field", equalTo("direction"));
        indicator.put("direction", "higher");
        indicator.put("defaultTolerance", -1);
        admin().body(indicator).post("/api/v1/indicators").then().statusCode(400)
                .body("errors.field", hasItem("key"))
                .body("errors.field", hasItem("defaultTolerance"));
        indicator.put("key", "test_share");
        indicator.put("defaultTolerance", 1);
        indicator.put("aliases", List.of("测试比重", "测试占比"));
        admin().body(indicator).post("/api/v1/indicators").then().statusCode(201).body("aliases", hasItem("测试占比"));
        indicator.put("version", 0);
        indicator.put("aliases", List.of("测试比例"));
        admin().body(indicator).put("/api/v1/indicators/test_share").then().statusCode(200).body("aliases", equalTo(List.of("测试比例")));
        admin().body(indicator).put("/api/v1/indicators/test_share").then().statusCode(409);
        editor().delete("/api/v1/indicators/test_share").then().statusCode(403);
        admin().delete("/api/v1/indicators/test_share").then().statusCode(204);
    }

    @Test
    void editorsRegisterSources() {
        Map<String, Object> source = new HashMap<>(Map.of("title", "黑龙江省2024年统计公报", "kind", "statistical_bulletin",
                "region", "230000", "publishedOn", "2024-03-20"));
        anonymous().body(source).post("/api/v1/sources").then().statusCode(401);
        int id = editor().body(source).post("/api/v1/sources").then().statusCode(201).extract().path("id");
        source.put("url", "not a link");
        source.put("version", 0);
        editor().body(source).put("/api/v1/sources/" + id).then().statusCode(400).body("errors[0].field", equalTo("url"));
        source.put("url", "https://tjj.hlj.gov.cn/");
        editor().body(source).put("/api/v1/sources/" + id).then().statusCode(200).body("url", equalTo("https://tjj.hlj.gov.cn/"));
        editor().delete("/api/v1/sources/" + id).then().statusCode(204);
    }
}
