package org.indicatortracker.support;

import static io.restassured.RestAssured.given;
import static org.indicatortracker.support.Accounts.editor;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.indicatortracker.cache.DataVersion;

/**
 * Figures of the workspace tests, on a region of their own ({@link #REGION}) so that they never change what the demo
 * data's regions show to other tests, and in years 2040+; plus a wait for anonymous reads to see the latest write.
 */
public final class Figures {

    /** A prefecture without parent, sorted after the demo regions, used only by these tests. */
    public static final String REGION = "ZT9901";
    public static final String REGION_NAME = "自动化测试市";
    private static int ensuredOnPort;

    private Figures() {
    }

    /** Creates the test region once per running application. */
    public static synchronized void ensureRegion() {
        if (ensuredOnPort == RestAssured.port) {
            return;
        }
        int status = given().contentType("application/json").auth().preemptive().basic(Accounts.ADMIN, Accounts.ADMIN_PASSWORD)
                .body(Map.of("code", REGION, "nameZh", REGION_NAME, "nameEn", "Automated test city", "level", "prefecture"))
                .post("/api/v1/regions").then().extract().statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("Could not create the test region: HTTP " + status);
        }
        ensuredOnPort = RestAssured.port;
    }

    public static Map<String, Object> target(String indicator, int year) {
        ensureRegion();
        return new HashMap<>(Map.of("region", REGION, "indicator", indicator, "year", year,
                "comparator", "around", "value", 6, "wording", "增长6%左右", "adoptedOn", year + "-01-10"));
    }

    public static Map<String, Object> outcome(String indicator, int year) {
        ensureRegion();
        return new HashMap<>(Map.of("region", REGION, "indicator", indicator, "year", year, "vintage", "preliminary",
                "value", 5.5, "publishedOn", (year + 1) + "-01-20"));
    }

    public static Map<String, Object> draft(Map<String, Object> body) {
        body.put("status", "draft");
        return body;
    }

    public static int createTarget(Map<String, Object> body) {
        int id = editor().body(body).post("/api/v1/targets").then().statusCode(201).extract().path("id");
        fresh();
        return id;
    }

    public static int createOutcome(Map<String, Object> body) {
        int id = editor().body(body).post("/api/v1/actuals").then().statusCode(201).extract().path("id");
        fresh();
        return id;
    }

    /**
     * Takes a figure of a test out of the public lists again: a published one is withdrawn (published figures are never
     * deleted), a draft (left by a test that failed before publishing it) is deleted.
     */
    public static void withdraw(String kind, int id) {
        var figure = editor().get("/api/v1/" + kind + "/" + id).then().statusCode(200).extract();
        int version = figure.path("version");
        if ("draft".equals(figure.path("status"))) {
            editor().delete("/api/v1/" + kind + "/" + id + "?version=" + version).then().statusCode(204);
        } else {
            editor().body(Map.of("reason", "测试结束", "version", version)).post("/api/v1/" + kind + "/" + id + "/withdrawal")
                    .then().statusCode(200);
        }
        fresh();
    }

    /**
     * Waits until this replica knows the database's latest data version, so an anonymous read (which the response
     * cache may answer) sees the last write. The version arrives by NOTIFY, a few milliseconds after the commit.
     */
    public static void fresh() {
        long latest = QuarkusTransaction.requiringNew().call(() -> ((Number) Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("select version from data_version").getSingleResult()).longValue());
        DataVersion known = Arc.container().instance(DataVersion.class).get();
        long deadline = System.currentTimeMillis() + 10_000;
        while (known.current() < latest && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
