package org.indicatortracker.extraction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.indicatortracker.support.Accounts.admin;
import static org.indicatortracker.support.Accounts.anonymous;
import static org.indicatortracker.support.Accounts.editor;
import static org.indicatortracker.support.Accounts.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import org.apache.http.entity.mime.HttpMultipartMode;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.indicatortracker.support.Accounts;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/extractions}: the seed report through the API, the input formats, limits and roles. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ExtractionApiTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static String seed;
    static List<CSVRecord> key;

    @BeforeAll
    static void load() {
        seed = resource("yichun-2023-work-report.txt");
        try {
            key = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new java.io.StringReader(resource("yichun-2023-report-key.csv"))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = ExtractionApiTest.class.getResourceAsStream("/extraction/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RequestSpecification editorPlain() {
        Accounts.ensure();
        return given().auth().preemptive().basic(Accounts.EDITOR, Accounts.PASSWORD)
                .contentType("text/plain; charset=UTF-8");
    }

    /** Multipart as browsers send it: file names in UTF-8. */
    static RequestSpecification editorUpload() {
        Accounts.ensure();
        return given().auth().preemptive().basic(Accounts.EDITOR, Accounts.PASSWORD)
                .config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                        .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)));
    }

    static byte[] docx(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : text.split("\n", -1)) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theSeedReportGivesEveryKeyStatementWithExactOffsets() {
        JsonPath body = editorPlain().body(seed).post("/api/v1/extractions")
                .then().statusCode(200)
                .body("reportYear", equalTo(2023))
                .body("region", equalTo("230700"))
                .body("regionName", equalTo("伊春市"))
                .body("length", equalTo(seed.length()))
                .body("text", nullValue())
                .extract().jsonPath();
        List<Map<String, Object>> statements = body.getList("statements");
        for (Map<String, Object> s : statements) {
            int start = (Integer) s.get("start");
            int end = (Integer) s.get("end");
            assertEquals(s.get("quote"), seed.substring(start, end), "offsets of " + s);
        }
        List<Map<String, Object>> pool = new ArrayList<>(statements);
        List<String> missing = new ArrayList<>();
        for (CSVRecord row : key) {
            Map<String, Object> hit = pool.stream().filter(s -> matches(row, s)).findFirst().orElse(null);
            if (hit == null) {
                missing.add(row.get("quote") + " " + row.get("value") + row.get("unit"));
            } else {
                pool.remove(hit);
                assertEquals(row.get("status"), hit.get("status"), "status of " + row.get("quote"));
                assertEquals(row.get("status").equals("estimate") ? "estimate" : "preliminary", hit.get("vintage"));
            }
        }
        assertTrue(missing.isEmpty(), "key statements not found: " + missing);
        assertEquals(67, key.size());
        assertTrue(pool.isEmpty(), "statements not in the key: " + pool);
    }

    /** kind, year, comparator, value and unit agree; relative statements match on an overlapping quote. */
    static boolean matches(CSVRecord row, Map<String, Object> s) {
        if (!row.get("kind").equals(s.get("kind")) || !Integer.valueOf(row.get("year")).equals(s.get("year"))
                || !row.get("comparator").equals(s.get("comparator"))) {
            return false;
        }
        if (row.get("comparator").equals("relative")) {
            int ks = seed.indexOf(row.get("quote"));
            return ks >= 0 && (Integer) s.get("start") < ks + row.get("quote").length() && ks < (Integer) s.get("end");
        }
        return s.get("value") != null && new BigDecimal(row.get("value")).compareTo(new BigDecimal(s.get("value").toString())) == 0
                && row.get("unit").equals(s.get("unit"));
    }

    @Test
    void statementsCarryTheCatalogueMatchOrASuggestion() {
        String text = "预计地区生产总值增长4%左右，规模以上工业增加值下降1.2%。设定四级湖长316名。";
        editor().body(Map.of("text", text, "reportYear", 2023, "region", "230700")).post("/api/v1/extractions")
                .then().statusCode(200)
                .body("statements", hasSize(3))
                .body("statements[0].index", equalTo(0))
                .body("statements[0].indicator", equalTo("gdp_growth"))
                .body("statements[0].indicatorName", equalTo("地区生产总值增长"))
                .body("statements[0].indicatorUnit", equalTo("%"))
                .body("statements[0].kind", equalTo("actual"))
                .body("statements[0].year", equalTo(2022))
                .body("statements[0].comparator", equalTo("around"))
                .body("statements[0].value", equalTo(4))
                .body("statements[0].unit", equalTo("%"))
                .body("statements[0].status", equalTo("estimate"))
                .body("statements[0].vintage", equalTo("estimate"))
                .body("statements[0].quote", equalTo("预计地区生产总值增长4%左右"))
                .body("statements[0].start", equalTo(0))
                .body("statements[0].end", equalTo(14))
                .body("statements[1].value", equalTo(-1.2f))
                .body("statements[2].status", equalTo("reported"))
                .body("statements[2].vintage", equalTo("preliminary"))
                .body("statements[2].indicator", nullValue())
                .body("statements[2].indicatorPhrase", containsString("湖长"))
                .body("statements[2].suggestedKey", equalTo("lake_chiefs"));
    }

    @Test
    void editorsAndAdminsOnly() {
        anonymous().body(Map.of("text", "增长5%")).post("/api/v1/extractions")
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .contentType("application/problem+json");
        viewer().body(Map.of("text", "增长5%")).post("/api/v1/extractions")
                .then().statusCode(403).contentType("application/problem+json");
        admin().body(Map.of("text", "地区生产总值增长5%")).post("/api/v1/extractions").then().statusCode(200);
        anonymous().body(Map.of("statements", List.of())).post("/api/v1/extractions/commit").then().statusCode(401);
        viewer().body(Map.of("statements", List.of())).post("/api/v1/extractions/commit").then().statusCode(403);
    }

    @Test
    void jsonPlainTextAndDocxGiveTheSameStatements() {
        List<Object> fromJson = editor().body(Map.of("text", seed)).post("/api/v1/extractions")
                .then().statusCode(200).extract().jsonPath().getList("statements.quote");
        List<Object> fromText = editorPlain().body(seed).post("/api/v1/extractions")
                .then().statusCode(200).extract().jsonPath().getList("statements.quote");
        JsonPath fromDocx = editorUpload().multiPart("file", "伊春2023.docx", docx(seed), DOCX)
                .post("/api/v1/extractions").then().statusCode(200)
                .body("fileName", equalTo("伊春2023.docx"))
                .body("reportYear", equalTo(2023))
                .extract().jsonPath();
        assertEquals(fromJson, fromText);
        assertEquals(fromJson, fromDocx.getList("statements.quote"));
        String docText = fromDocx.getString("text");
        assertEquals(seed.strip(), docText);
        for (Map<String, Object> s : fromDocx.<Map<String, Object>>getList("statements")) {
            assertEquals(s.get("quote"), docText.substring((Integer) s.get("start"), (Integer) s.get("end")));
        }
    }

    @Test
    void docxTablesAreReadCellByCell() throws IOException {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("2024年主要预期目标");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("地区生产总值增长");
            table.getRow(0).getCell(1).setText("5%左右");
            table.getRow(1).getCell(0).setText("城镇新增就业");
            table.getRow(1).getCell(1).setText("1.5万人以上");
            doc.write(out);
            bytes = out.toByteArray();
        }
        editorUpload().multiPart("file", "targets.docx", bytes, DOCX).post("/api/v1/extractions")
                .then().statusCode(200)
                .body("text", containsString("城镇新增就业\n1.5万人以上"));
    }

    @Test
    void gb18030AndUtf8TextFilesAreBothRead() {
        String text = "一、2022年工作回顾\n预计全市地区生产总值增长4%左右，造林绿化27.1万亩。";
        Charset gb = Charset.forName("GB18030");
        for (byte[] bytes : List.of(text.getBytes(gb), text.getBytes(StandardCharsets.UTF_8),
                ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8))) {
            editorUpload().multiPart("file", "report.txt", bytes, "text/plain")
                    .post("/api/v1/extractions").then().statusCode(200)
                    .body("text", equalTo(text))
                    .body("reportYear", equalTo(2023))
                    .body("statements.quote", equalTo(List.of("预计全市地区生产总值增长4%左右", "造林绿化27.1万亩")))
                    .body("statements[1].unit", equalTo("万亩"));
        }
    }

    @Test
    void regionAndReportYearFromTheRequestWin() {
        editorPlain().body("地区生产总值增长5%左右。").queryParam("region", "230000").queryParam("reportYear", "2024")
                .post("/api/v1/extractions").then().statusCode(200)
                .body("region", equalTo("230000")).body("regionName", equalTo("黑龙江省"))
                .body("reportYear", equalTo(2024));
        editor().body(Map.of("text", "增长5%", "region", "999999")).post("/api/v1/extractions")
                .then().statusCode(400).body("errors[0].field", equalTo("region"));
        editor().body(Map.of("text", "增长5%", "reportYear", 1800)).post("/api/v1/extractions")
                .then().statusCode(400).body("errors[0].field", equalTo("reportYear"));
        editorPlain().body("增长5%").queryParam("reportYear", "next").post("/api/v1/extractions")
                .then().statusCode(400).body("errors[0].field", equalTo("reportYear"));
    }

    @Test
    void emptyOversizedAndUnsupportedInputsAreProblems() {
        editor().body(Map.of("text", "   ")).post("/api/v1/extractions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("text")).body("detail", containsString("empty"));
        editor().body(Map.of("region", "230700")).post("/api/v1/extractions").then().statusCode(400);
        editorPlain().body("").post("/api/v1/extractions").then().statusCode(400);
        editorPlain().body("增".repeat(200_001)).post("/api/v1/extractions")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("200001"));
        editorPlain().body("增".repeat(1_000_000)).post("/api/v1/extractions")
                .then().statusCode(413).contentType("application/problem+json");
        editorUpload().multiPart("file", "report.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post("/api/v1/extractions").then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString(".docx"));
        editorUpload().multiPart("file", "report.docx", "not a zip".getBytes(StandardCharsets.US_ASCII), DOCX)
                .post("/api/v1/extractions").then().statusCode(400).body("errors[0].field", equalTo("file"));
        editorUpload().multiPart("file", "empty.txt", new byte[0], "text/plain")
                .post("/api/v1/extractions").then().statusCode(400).body("errors[0].field", equalTo("file"));
        editorUpload().multiPart("region", "230700").post("/api/v1/extractions")
                .then().statusCode(400).body("errors[0].field", equalTo("file"));
    }

    @Test
    void anAliasAddedByAnAdminChangesTheMatch() {
        String text = "全面推行河湖长制，设定四级湖长316名。";
        editor().body(Map.of("text", text, "reportYear", 2023)).post("/api/v1/extractions")
                .then().statusCode(200).body("statements[0].indicator", nullValue())
                .body("statements[0].suggestedKey", equalTo("lake_chiefs"));
        editor().body(Map.of("alias", "四级湖长")).post("/api/v1/indicators/river_chiefs/aliases").then().statusCode(403);
        admin().body(Map.of("alias", "四级湖长")).post("/api/v1/indicators/river_chiefs/aliases")
                .then().statusCode(200).body("aliases", hasItem("四级湖长"));
        try {
            editor().body(Map.of("text", text, "reportYear", 2023)).post("/api/v1/extractions")
                    .then().statusCode(200).body("statements[0].indicator", equalTo("river_chiefs"))
                    .body("statements[0].suggestedKey", nullValue());
            admin().body(Map.of("alias", "四级湖长")).post("/api/v1/indicators/forest_chiefs/aliases")
                    .then().statusCode(409).body("detail", containsString("river_chiefs"));
        } finally {
            admin().delete("/api/v1/indicators/river_chiefs/aliases/四级湖长").then().statusCode(200);
        }
        editor().body(Map.of("text", text, "reportYear", 2023)).post("/api/v1/extractions")
                .then().statusCode(200).body("statements[0].indicator", nullValue());
        admin().delete("/api/v1/indicators/river_chiefs/aliases/四级湖长").then().statusCode(404);
    }
}
