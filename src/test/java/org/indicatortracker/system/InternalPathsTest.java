package org.indicatortracker.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** Metrics are for the scraper that reaches the pod directly, not for visitors coming through the ingress. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class InternalPathsTest {

    @Test
    void metricsAnswerDirectRequests() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds_bucket"))
                .body(containsString("agroal_active_count"));
    }

    @Test
    void metricsAreHiddenFromRequestsThatCameThroughAProxy() {
        given().header("X-Forwarded-For", "203.0.113.9").get("/q/metrics").then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Forwarded", "for=203.0.113.9;proto=https").get("/q/metrics").then().statusCode(404);
        given().header("X-Forwarded-For", "203.0.113.9").get("/q/metrics/").then().statusCode(404);
    }

    @Test
    void publicPathsStayPublicThroughAProxy() {
        given().header("X-Forwarded-For", "203.0.113.9").get("/api/v1/regions").then().statusCode(200);
        given().header("X-Forwarded-For", "203.0.113.9").get("/q/health/ready").then().statusCode(200);
    }
}
