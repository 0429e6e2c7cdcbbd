package org.indicatortracker.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** API docs, health, metrics and the landing page are on the main port. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class PlatformEndpointsTest {

    @Test
    void openApiDescribesTheContractWithExamples() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/targets"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/actuals"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/regions/{code}"))
                .body("components.schemas.TargetInput.examples[0].comparator", equalTo("around"));
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void healthAndMetricsAnswer() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/started").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void theLandingPageSaysWhatTheServiceIs() {
        given().get("/").then().statusCode(200).body(containsString("Indicator Tracker")).body(containsString("/q/swagger-ui"));
        given().get("/webjars/chart.js/dist/chart.umd.js").then().statusCode(200);
    }

    @Test
    void unknownPathsAndMethodsAreProblemDetails() {
        given().get("/api/v1/nothing-here").then().statusCode(404);
        given().contentType("text/plain").body("x").post("/api/v1/regions").then()
                .statusCode(org.hamcrest.Matchers.anyOf(equalTo(401), equalTo(415)));
        given().delete("/api/v1/regions").then().statusCode(405).contentType("application/problem+json");
    }
}
