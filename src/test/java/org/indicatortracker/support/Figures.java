package org.indicatortracker.support;

import static org.indicatortracker.support.Accounts.editor;

import java.util.HashMap;
import java.util.Map;

/** Request bodies and creation helpers for targets and outcomes of a test's own (region 230700, years 2040+). */
public final class Figures {

    private Figures() {
    }

    public static Map<String, Object> target(String indicator, int year) {
        return new HashMap<>(Map.of("region", "230700", "indicator", indicator, "year", year,
                "comparator", "around", "value", 6, "wording", "增长6%左右", "adoptedOn", year + "-01-10"));
    }

    public static Map<String, Object> outcome(String indicator, int year) {
        return new HashMap<>(Map.of("region", "230700", "indicator", indicator, "year", year, "vintage", "preliminary",
                "value", 5.5, "publishedOn", (year + 1) + "-01-20"));
    }

    public static Map<String, Object> draft(Map<String, Object> body) {
        body.put("status", "draft");
        return body;
    }

    public static int createTarget(Map<String, Object> body) {
        return editor().body(body).post("/api/v1/targets").then().statusCode(201).extract().path("id");
    }

    public static int createOutcome(Map<String, Object> body) {
        return editor().body(body).post("/api/v1/actuals").then().statusCode(201).extract().path("id");
    }
}
