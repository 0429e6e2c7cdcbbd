package org.indicatortracker.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.indicatortracker.support.Accounts.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** Public GETs: strong ETags from the data version, 304s, cached bytes, no cookies, and immediate freshness after writes. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ResponseCacheTest {

    @Inject
    DataVersion dataVersion;

    @Inject
    ResponseCache cache;

    @Test
    void publicGetsCarryAStrongETagAndRevalidate() {
        Response first = given().get("/api/v1/charts/series?region=CN&indicator=cpi_growth");
        first.then().statusCode(200)
                .header("Cache-Control", equalTo("public, no-cache"))
                .header("ETag", containsString("\""));
        String etag = first.header("ETag");
        assertEquals(false, etag.startsWith("W/"), "strong validator");
        given().header("If-None-Match", etag).get("/api/v1/charts/series?region=CN&indicator=cpi_growth")
                .then().statusCode(304).header("ETag", equalTo(etag));
        given().header("If-None-Match", "\"0-0-0\"").get("/api/v1/charts/series?region=CN&indicator=cpi_growth")
                .then().statusCode(200);
        given().header("If-None-Match", etag).get("/api/v1/charts/series?region=CN&indicator=cpi_growth&lang=en")
                .then().statusCode(200);
    }

    @Test
    void aRepeatedRequestIsServedFromTheCacheWithTheSameBytes() {
        String url = "/api/v1/charts/series?region=CN&indicator=new_urban_jobs";
        byte[] first = given().get(url).then().statusCode(200).extract().asByteArray();
        String key = ResponseCache.key("/api/v1/charts/series", Map.of("region", java.util.List.of("CN"),
                "indicator", java.util.List.of("new_urban_jobs")));
        ResponseCache.Entry entry = cache.get(key);
        assertEquals(dataVersion.current(), entry.version());
        org.junit.jupiter.api.Assertions.assertArrayEquals(first, entry.wire().getBytes(), "the cache keeps the bytes that were sent");
        byte[] second = given().get("/api/v1/charts/series?indicator=new_urban_jobs&region=CN").then().statusCode(200)
                .extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(first, second, "parameter order does not matter");
    }

    @Test
    void aRequestWithAParameterTheEndpointDoesNotReadIsAnsweredButNotKept() {
        String known = "/api/v1/charts/series?region=CN&indicator=surveyed_unemployment";
        byte[] plain = given().get(known).then().statusCode(200).extract().asByteArray();
        byte[] busted = given().get(known + "&nocache=12345").then().statusCode(200).extract().asByteArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(plain, busted, "the same answer");
        assertNull(cache.get(ResponseCache.key("/api/v1/charts/series", Map.of("region", java.util.List.of("CN"),
                "indicator", java.util.List.of("surveyed_unemployment"), "nocache", java.util.List.of("12345")))),
                "a cache-buster does not fill the cache");
        assertEquals(dataVersion.current(), cache.get(ResponseCache.key("/api/v1/charts/series", Map.of("region",
                java.util.List.of("CN"), "indicator", java.util.List.of("surveyed_unemployment")))).version(), "the real request is kept");
    }

    @Test
    void publicGetsSetNoCookiesAndPersonalRequestsAreNotCached() {
        Response anonymous = given().get("/api/v1/regions");
        assertNull(anonymous.header("Set-Cookie"));
        anonymous.then().header("ETag", not(nullValue()));
        editor().get("/api/v1/targets?region=CN&status=all").then().statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .header("ETag", nullValue());
    }

    @Test
    void everyWriteBumpsTheDataVersionSoVerdictsAndETagsChangeAtOnce() throws Exception {
        String url = "/api/v1/evaluations?region=230000&indicator=retail_sales_growth";
        String before = given().get(url).then().statusCode(200).extract().header("ETag");
        long versionBefore = dataVersion.current();
        Map<String, Object> target = new HashMap<>(Map.of("region", "230000", "indicator", "retail_sales_growth", "year", 2021,
                "comparator", "gte", "value", 8, "wording", "增长8%以上", "adoptedOn", "2021-01-25"));
        editor().body(target).post("/api/v1/targets").then().statusCode(201);
        long deadline = System.currentTimeMillis() + 5000;
        while (dataVersion.current() == versionBefore && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        Response after = given().header("If-None-Match", before).get(url);
        after.then().statusCode(200).body("items[0].verdict", equalTo("not_evaluable"));
        assertNotEquals(before, after.header("ETag"));
    }
}
