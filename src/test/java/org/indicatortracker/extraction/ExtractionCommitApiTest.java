package org.indicatortracker.extraction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.indicatortracker.support.Accounts.anonymous;
import static org.indicatortracker.support.Accounts.editor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/extractions/commit}: reviewed statements become draft targets and outcomes linked to their source,
 * all or nothing. Each test uses its own years (2011-2020) in Heilongjiang (230000), which the demo data and the other tests leave empty.
 */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ExtractionCommitApiTest {

    /** A short provincial report about {@code year - 1}, delivered in {@code year}. */
    static String report(int year) {
        return "——" + year + "年1月15日在黑龙江省第十四届人民代表大会第九次会议上\n"
                + "一、" + (year - 1) + "年工作回顾\n"
                + "预计全省地区生产总值增长5%左右，粮食总产量1.6万亿斤，城乡居民人均可支配收入增长高于经济增长。设定四级湖长316名。\n"
                + "二、" + year + "年工作安排\n"
                + "主要预期目标是：地区生产总值增长5.5%左右，城镇调查失业率控制在5.5%以内，粮食产量保持稳定。\n";
    }

    static List<Map<String, Object>> extract(String text) {
        return editor().body(Map.of("text", text)).post("/api/v1/extractions")
                .then().statusCode(200).body("region", equalTo("230000"))
                .extract().jsonPath().getList("statements");
    }

    static Map<String, Object> newSource(int year) {
        return new HashMap<>(Map.of("title", year + "年黑龙江省政府工作报告", "issuingBody", "黑龙江省人民政府",
                "region", "230000", "publishedOn", year + "-01-15"));
    }

    static long sourceCount() {
        return editor().get("/api/v1/sources?region=230000").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    static JsonPath drafts(String kind, String indicator, int year) {
        return editor().get("/api/v1/" + kind + "?region=230000&status=draft&indicator=" + indicator + "&year=" + year)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void acceptedStatementsBecomeDraftsWithTheirQuotesAndSource() {
        List<Map<String, Object>> found = extract(report(2012));
        // the reviewer rejects the unmatched count and keeps the rest, as extracted (read-only fields included)
        List<Map<String, Object>> accepted = found.stream().filter(s -> s.get("indicator") != null).toList();
        assertEquals(found.size() - 1, accepted.size());
        JsonPath result = editor().body(Map.of("source", newSource(2012), "statements", accepted))
                .post("/api/v1/extractions/commit")
                .then().statusCode(201)
                .body("region", equalTo("230000"))
                .body("source.title", equalTo("2012年黑龙江省政府工作报告"))
                .body("source.kind", equalTo("work_report"))
                .body("targets", equalTo(3))
                .body("actuals", equalTo(3))
                .body("created", hasSize(6))
                .extract().jsonPath();
        long sourceId = result.getLong("source.id");

        JsonPath gdp = drafts("actuals", "gdp_growth", 2011);
        assertEquals(1, gdp.getInt("total"));
        assertEquals("estimate", gdp.getString("items[0].vintage"));
        assertEquals("draft", gdp.getString("items[0].status"));
        assertEquals("around", gdp.getString("items[0].comparator"));
        assertEquals(5, gdp.getInt("items[0].value"));
        assertEquals("预计全省地区生产总值增长5%左右", gdp.getString("items[0].quote"));
        assertEquals(sourceId, gdp.getLong("items[0].source.id"));
        assertEquals("2012-01-15", gdp.getString("items[0].publishedOn"));
        // 1.6万亿斤 stored in the indicator's unit, 亿斤
        assertEquals(16000, drafts("actuals", "grain_output", 2011).getInt("items[0].value"));
        JsonPath relative = drafts("actuals", "resident_income_growth", 2011);
        assertEquals("relative", relative.getString("items[0].comparator"));
        assertEquals("gdp_growth", relative.getString("items[0].refIndicator"));
        assertEquals("above", relative.getString("items[0].relation"));

        JsonPath target = drafts("targets", "surveyed_unemployment", 2012);
        assertEquals("lte", target.getString("items[0].comparator"));
        assertEquals("2012-01-15", target.getString("items[0].adoptedOn"));
        assertEquals("城镇调查失业率控制在5.5%以内", target.getString("items[0].quote"));
        assertEquals("draft", target.getString("items[0].status"));

        // drafts stay out of public reads until published
        given().get("/api/v1/actuals?region=230000&year=2011").then().statusCode(200).body("total", equalTo(0));
        given().get("/api/v1/targets?region=230000&year=2012").then().statusCode(200).body("total", equalTo(0));
        long id = gdp.getLong("items[0].id");
        given().get("/api/v1/actuals/" + id).then().statusCode(404);
        editor().get("/api/v1/actuals/" + id).then().statusCode(200).body("status", equalTo("draft"));
    }

    @Test
    void anUnmatchedStatementStopsTheWholeCommit() {
        long before = sourceCount();
        List<Map<String, Object>> found = extract(report(2014));
        int unmatched = indexOf(found, s -> s.get("indicator") == null);
        editor().body(Map.of("source", newSource(2014), "statements", found)).post("/api/v1/extractions/commit")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("statements[" + unmatched + "].indicator"))
                .body("errors[0].message", containsString("四级湖长"))
                .body("errors[0].message", containsString("GET /api/v1/indicators"));
        assertEquals(before, sourceCount(), "the new source document was rolled back");
        assertEquals(0, drafts("actuals", "gdp_growth", 2013).getInt("total"));
        assertEquals(0, drafts("targets", "gdp_growth", 2014).getInt("total"));

        // mapped by the reviewer to an existing key, the same statements commit
        List<Map<String, Object>> mapped = new ArrayList<>();
        for (Map<String, Object> s : found) {
            Map<String, Object> copy = new HashMap<>(s);
            if (copy.get("indicator") == null) {
                copy.put("indicator", "river_chiefs");
            }
            mapped.add(copy);
        }
        editor().body(Map.of("source", newSource(2014), "statements", mapped)).post("/api/v1/extractions/commit")
                .then().statusCode(201).body("created", hasSize(found.size()));
        assertEquals(316, drafts("actuals", "river_chiefs", 2013).getInt("items[0].value"));
    }

    @Test
    void fieldErrorsAreNamedByStatementIndexAndNothingIsStored() {
        List<Map<String, Object>> statements = List.of(
                statement("gdp_growth", "target", 2016, "around", 6, "%"),
                statement("no_such_key", "target", 2016, "eq", 1, "%"),
                statement("gdp_growth", "actual", 2015, "range", 6, "%"),
                statement("surveyed_unemployment", "target", 2016, "eq", 5, "个百分点"),
                statement("gdp_growth", "target", 2016, "eq", 7, "%"));
        editor().body(Map.of("source", newSource(2016), "statements", statements)).post("/api/v1/extractions/commit")
                .then().statusCode(400)
                .body("errors.field", hasItem("statements[1].indicator"))
                .body("errors.field", hasItem("statements[2].valueHigh"))
                .body("errors.field", hasItem("statements[3].unit"))
                .body("errors.field", hasItem("statements[4]"))
                .body("errors.find { it.field == 'statements[4]' }.message", containsString("statements[0]"));
        assertEquals(0, drafts("targets", "gdp_growth", 2016).getInt("total"));
    }

    @Test
    void figuresAlreadyStoredAreAConflictAndRollBackTheRest() {
        Map<String, Object> first = statement("cpi_growth", "target", 2017, "around", 3, "%");
        editor().body(Map.of("source", newSource(2017), "statements", List.of(first)))
                .post("/api/v1/extractions/commit").then().statusCode(201);
        Map<String, Object> other = statement("gdp_growth", "target", 2017, "around", 5, "%");
        editor().body(Map.of("source", newSource(2017), "statements", List.of(other, first)))
                .post("/api/v1/extractions/commit")
                .then().statusCode(409)
                .body("errors[0].field", equalTo("statements[1]"))
                .body("errors[0].message", containsString("already exists"));
        assertEquals(0, drafts("targets", "gdp_growth", 2017).getInt("total"));
    }

    @Test
    void anExistingSourceAndAnExplicitVintageMayBeGiven() {
        long sourceId = editor().body(Map.of("title", "2019年黑龙江省统计公报", "region", "230000",
                        "publishedOn", "2019-03-01", "kind", "statistical_bulletin"))
                .post("/api/v1/sources").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> s = statement("gdp_growth", "actual", 2018, "eq", 5.1, "%");
        s.put("vintage", "final");
        editor().body(Map.of("sourceId", sourceId, "statements", List.of(s))).post("/api/v1/extractions/commit")
                .then().statusCode(201).body("source.id", equalTo((int) sourceId)).body("actuals", equalTo(1));
        JsonPath stored = drafts("actuals", "gdp_growth", 2018);
        assertEquals("final", stored.getString("items[0].vintage"));
        assertEquals("2019-03-01", stored.getString("items[0].publishedOn"));
    }

    @Test
    void theSourceMustBeNamedOnce() {
        Map<String, Object> s = statement("gdp_growth", "target", 2020, "eq", 5, "%");
        editor().body(Map.of("statements", List.of(s))).post("/api/v1/extractions/commit")
                .then().statusCode(400).body("errors[0].field", equalTo("source"));
        editor().body(Map.of("sourceId", 999999, "statements", List.of(s))).post("/api/v1/extractions/commit")
                .then().statusCode(400).body("errors[0].field", equalTo("sourceId"));
        Map<String, Object> untitled = newSource(2020);
        untitled.remove("title");
        untitled.remove("region");
        editor().body(Map.of("source", untitled, "statements", List.of(s))).post("/api/v1/extractions/commit")
                .then().statusCode(400).body("errors.field", hasItem("source.title"));
        editor().body(Map.of("source", newSource(2020), "statements", List.of())).post("/api/v1/extractions/commit")
                .then().statusCode(400).body("errors[0].field", equalTo("statements"));
        anonymous().get("/api/v1/targets?region=230000&year=2020").then().body("total", equalTo(0));
    }

    static Map<String, Object> statement(String indicator, String kind, int year, String comparator, Number value, String unit) {
        Map<String, Object> s = new HashMap<>(Map.of("indicator", indicator, "kind", kind, "year", year,
                "comparator", comparator, "value", value, "unit", unit, "status", "reported",
                "quote", "测试语句 " + indicator + " " + value));
        return s;
    }

    static int indexOf(List<Map<String, Object>> list, java.util.function.Predicate<Map<String, Object>> p) {
        for (int i = 0; i < list.size(); i++) {
            if (p.test(list.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such statement in " + list);
    }
}
