package org.indicatortracker.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** How the service serves the dashboard's files (no browser needed). */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class DashboardPagesTest {

    @Test
    void theDashboardIsServedAtTheRootInChineseWithChartJsFromTheWebJar() {
        given().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("<script src=\"/webjars/chart.js/dist/chart.umd.js\" defer></script>"))
                .body(containsString("<script type=\"module\" src=\"js/app.js\"></script>"));
        given().get("/method.html").then().statusCode(200).body(containsString("js/method.js"));
        given().get("/webjars/chart.js/dist/chart.umd.js").then().statusCode(200);
    }

    @Test
    void textFilesAreCompressedAndRevalidatedRatherThanCachedStale() {
        given().header("Accept-Encoding", "gzip").get("/js/app.js").then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"))
                .contentType(containsString("javascript"))
                .header("Cache-Control", not(containsString("max-age=86400")));
        given().header("Accept-Encoding", "gzip").get("/webjars/chart.js/dist/chart.umd.js").then()
                .header("Content-Encoding", equalTo("gzip"));
        given().header("Accept-Encoding", "gzip").get("/api/v1/charts/series?region=CN&indicator=gdp_growth&lang=zh").then()
                .statusCode(200).header("Content-Encoding", equalTo("gzip"))
                .body("unit", equalTo("%"));
    }
}
