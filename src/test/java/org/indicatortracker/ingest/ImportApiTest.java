package org.indicatortracker.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.indicatortracker.support.Accounts.EDITOR;
import static org.indicatortracker.support.Accounts.PASSWORD;
import static org.indicatortracker.support.Accounts.VIEWER;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.indicatortracker.support.Accounts;
import org.indicatortracker.support.Figures;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The import over HTTP against real PostgreSQL: dry run, all-or-nothing commit, idempotence, audit, limits. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ImportApiTest {

    static final String HEADER = "类型,地区代码,指标,年份,发布阶段,比较方式,数值,上限,表述,日期,来源,原文,备注\r\n";

    @Inject
    EntityManager em;

    static RequestSpecification editor() {
        Accounts.ensure();
        return given().auth().preemptive().basic(EDITOR, PASSWORD);
    }

    /** Uploads a file; afterwards anonymous reads see what it wrote. */
    static ValidatableResponse upload(RequestSpecification as, byte[] file, String name, String query) {
        Figures.ensureRegion();
        ValidatableResponse response = as.multiPart("file", name, file, name.endsWith(".xlsx")
                        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv")
                .post("/api/v1/imports" + query).then();
        Figures.fresh();
        return response;
    }

    static ValidatableResponse commit(String csv) {
        return upload(editor(), csv.getBytes(StandardCharsets.UTF_8), "figures.csv", "?dryRun=false");
    }

    static ValidatableResponse dryRun(String csv) {
        return upload(editor(), csv.getBytes(StandardCharsets.UTF_8), "figures.csv", "?dryRun=true");
    }

    /** Everything the import could touch, summed up: equal fingerprints mean nothing changed. */
    String fingerprint() {
        return QuarkusTransaction.requiringNew().call(() -> String.valueOf(em.createNativeQuery(
                "select (select count(*) || ':' || coalesce(sum(hashtext(t::text)), 0) from target t) || '/' "
                        + "|| (select count(*) || ':' || coalesce(sum(hashtext(a::text)), 0) from actual a) || '/' "
                        + "|| (select count(*) from figure_audit) || '/' || (select count(*) from import_run)").getSingleResult()));
    }

    long dataVersion() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select version from data_version")
                .getSingleResult()).longValue());
    }

    @Test
    void theTemplatesArePublicAndImportCleanlyIntoTheDemoData() throws IOException {
        byte[] csv = given().get("/api/v1/imports/template.csv").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("template.csv"))
                .extract().asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3), "UTF-8 BOM for Excel");
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("类型,地区代码,指标,年份"));
        String before = fingerprint();
        upload(editor(), csv, "template.csv", "?dryRun=false").statusCode(200)
                .body("errorCount", equalTo(0)).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", equalTo(2)).body("importId", nullValue());

        byte[] xlsx = given().get("/api/v1/imports/template.xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertEquals("导入", wb.getSheetAt(0).getSheetName());
            assertEquals("说明", wb.getSheetAt(1).getSheetName());
        }
        upload(editor(), xlsx, "template.xlsx", "?dryRun=false").statusCode(200)
                .body("format", equalTo("xlsx")).body("errorCount", equalTo(0)).body("unchanged", equalTo(2));
        assertEquals(before, fingerprint(), "the untouched template changes nothing in the demo data");
    }

    @Test
    void aDryRunShowsWhatWouldChangeAndACommitAppliesItOnce() {
        int existing = Figures.createTarget(Figures.target("gdp_growth", 2060));
        int same = Figures.createTarget(Figures.target("cpi_growth", 2060));
        String csv = HEADER
                + "目标,"+ Figures.REGION +",gdp_growth,2060,,左右,6.5,,增长6.5%左右,2060-01-10,,,\r\n"   // changes the value: updated
                + "目标,"+ Figures.REGION_NAME +",居民消费价格涨幅,2060,,左右,6,,增长6%左右,2060/1/10,,,\r\n"      // as stored: unchanged
                + "结果,"+ Figures.REGION +",gdp_growth,2060,初步核算,,6.1,,,2061-01-20,,,\"初步核算, 同比\"\r\n"; // new: created
        String before = fingerprint();
        long version = dataVersion();
        dryRun(csv).statusCode(200)
                .body("dryRun", equalTo(true)).body("rows", equalTo(3))
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(1))
                .body("errors", empty()).body("figureStatus", equalTo("published"));
        assertEquals(before, fingerprint(), "a dry run writes nothing");
        assertEquals(version, dataVersion());

        int run = commit(csv).statusCode(200).body("dryRun", equalTo(false))
                .body("created", equalTo(1)).body("updated", equalTo(1)).body("unchanged", equalTo(1))
                .extract().path("importId");
        assertTrue(dataVersion() > version, "a committed import bumps the data version, so cached answers are renewed");
        given().get("/api/v1/targets/" + existing).then().body("value", equalTo(6.5f)).body("version", equalTo(1))
                .body("wording", equalTo("增长6.5%左右"));
        given().get("/api/v1/targets/" + same).then().body("version", equalTo(0));
        given().get("/api/v1/actuals?region=" + Figures.REGION + "&indicator=gdp_growth&year=2060").then()
                .body("total", equalTo(1)).body("items[0].note", equalTo("初步核算, 同比")).body("items[0].comparator", equalTo("eq"));

        String after = fingerprint();
        commit(csv).statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(3))
                .body("importId", nullValue());
        assertEquals(after, fingerprint(), "importing the same file again changes nothing");

        // Every change is in the figures' history, attributed to the uploader and the import run.
        given().auth().preemptive().basic(EDITOR, PASSWORD).get("/api/v1/targets/" + existing + "/history").then()
                .body("action", equalTo(List.of("created", "updated")))
                .body("[1].actor", equalTo(EDITOR)).body("[1].via", equalTo("import")).body("[1].ref", equalTo("import:" + run))
                .body("[1].changes.field", equalTo(List.of("value", "wording")))
                .body("[1].changes[0].from", equalTo(6)).body("[1].changes[0].to", equalTo(6.5f));
        int outcomeId = given().get("/api/v1/actuals?region=" + Figures.REGION + "&indicator=gdp_growth&year=2060").then().extract().path("items[0].id");
        given().get("/api/v1/actuals/" + outcomeId + "/history").then()
                .body("[0].action", equalTo("created")).body("[0].via", equalTo("import"))
                .body("[0].changes.field", hasItem("value"));
    }

    @Test
    void aFileWithErrorsCommitsNothingAndListsEveryError() {
        String csv = HEADER
                + "目标,"+ Figures.REGION +",gdp_growth,2061,,左右,6,,,2061-01-10,,,\r\n"
                + "目标,"+ Figures.REGION +",no_such_indicator,2061,,左右,6,,,2061-01-10,,,\r\n"
                + "目标,"+ Figures.REGION +",cpi_growth,2061,,左右,五,,,2061-01-10,,,\r\n"
                + "目标,"+ Figures.REGION +",gdp_growth,2061,,左右,6,,,2061-01-10,,,\r\n";
        String before = fingerprint();
        upload(editor().header("Accept-Language", "en"), csv.getBytes(StandardCharsets.UTF_8), "bad.csv", "?dryRun=false")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("nothing was written"))
                .body("errorCount", equalTo(3))
                .body("errors.row", equalTo(List.of(3, 4, 5)))
                .body("errors.column", equalTo(java.util.Arrays.asList("指标", "数值", null)))
                .body("errors.code", equalTo(List.of("unknown_indicator", "not_a_number", "duplicate_row")))
                .body("errors[1].message", equalTo("'五' is not a number."));
        assertEquals(before, fingerprint());
        // The same file as a dry run: 200, the same errors, in Chinese by default.
        dryRun(csv).statusCode(200).body("errorCount", equalTo(3)).body("errors[1].message", equalTo("“五”不是数字。"));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("GBK bytes that do not decode", (Supplier<byte[]>) () -> {
                    byte[] good = (HEADER + "目标,"+ Figures.REGION +",gdp_growth,2062,,左右,6,,增长6%左右,2062-01-10,,,\r\n").getBytes(Charset.forName("GBK"));
                    byte[] bad = java.util.Arrays.copyOf(good, good.length + 1);
                    bad[bad.length - 1] = (byte) 0xFF;
                    return bad;
                }, "figures.csv", "undecodable"),
                Arguments.of("CSV injection", (Supplier<byte[]>) () -> (HEADER
                        + "目标,"+ Figures.REGION +",gdp_growth,2062,,左右,6,,\"=cmd|' /C calc'!A0\",2062-01-10,,,\r\n").getBytes(StandardCharsets.UTF_8),
                        "figures.csv", "formula_text"),
                Arguments.of("formula cell", (Supplier<byte[]>) () -> xlsxWithFormula(), "figures.xlsx", "formula"),
                Arguments.of("missing column", (Supplier<byte[]>) () -> ("类型,地区代码,指标,年份,数值,日期\r\n"
                        + "目标,"+ Figures.REGION +",gdp_growth,2062,6,2062-01-10\r\n").getBytes(StandardCharsets.UTF_8), "figures.csv", "missing_column"),
                Arguments.of("unknown region", (Supplier<byte[]>) () -> (HEADER
                        + "目标,999999,gdp_growth,2062,,左右,6,,,2062-01-10,,,\r\n").getBytes(StandardCharsets.UTF_8), "figures.csv", "unknown_region"),
                Arguments.of("empty file", (Supplier<byte[]>) () -> new byte[0], "empty.csv", "empty_file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFilesGetA4xxWithRowErrorsAndLeaveTheDatabaseUnchanged(String name, Supplier<byte[]> file, String fileName, String code) {
        String before = fingerprint();
        upload(editor(), file.get(), fileName, "?dryRun=false").statusCode(400)
                .contentType("application/problem+json").body("errors.code", hasItem(code));
        assertEquals(before, fingerprint());
    }

    static byte[] xlsxWithFormula() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet();
            String[] header = {"类型", "地区代码", "指标", "年份", "比较方式", "数值", "日期"};
            var head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            var row = sheet.createRow(1);
            String[] cells = {"目标", Figures.REGION, "gdp_growth", "2062", "左右", null, "2062-01-10"};
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] != null) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            row.createCell(5).setCellFormula("3+3");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void gbkFilesWithoutAMarkAreReadAsChinese() {
        byte[] gbk = (HEADER + "目标,"+ Figures.REGION_NAME +",地区生产总值增长,2063,,左右,6,,“增长6%左右”，力争更好,2063年1月10日,,,\r\n")
                .getBytes(Charset.forName("GBK"));
        upload(editor(), gbk, "excel-gbk.csv", "?dryRun=false").statusCode(200)
                .body("encoding", equalTo("GB18030")).body("created", equalTo(1));
        given().get("/api/v1/targets?region=" + Figures.REGION + "&indicator=gdp_growth&year=2063").then()
                .body("items[0].wording", equalTo("“增长6%左右”，力争更好")).body("items[0].adoptedOn", equalTo("2063-01-10"));
    }

    @Test
    void draftImportsStayHiddenAndChangePublishedFiguresOnlyAsDrafts() {
        int published = Figures.createTarget(Figures.target("retail_sales_growth", 2064));
        String csv = HEADER
                + "目标,"+ Figures.REGION +",retail_sales_growth,2064,,左右,7,,增长7%左右,2064-01-10,,,\r\n"
                + "目标,"+ Figures.REGION +",grain_output,2064,,以上,100,,,2064-01-10,,,\r\n";
        upload(editor(), csv.getBytes(StandardCharsets.UTF_8), "drafts.csv", "?dryRun=false&status=draft").statusCode(200)
                .body("figureStatus", equalTo("draft")).body("created", equalTo(1)).body("updated", equalTo(1));
        given().get("/api/v1/targets/" + published).then().body("value", equalTo(6)); // still public, unchanged
        given().get("/api/v1/targets?region=" + Figures.REGION + "&indicator=grain_output&year=2064").then().body("total", equalTo(0));
        upload(editor(), csv.getBytes(StandardCharsets.UTF_8), "drafts.csv", "?dryRun=false&status=draft").statusCode(200)
                .body("unchanged", equalTo(2));

        Accounts.ensure();
        given().auth().preemptive().basic(EDITOR, PASSWORD).contentType("application/json")
                .body(java.util.Map.of("region", Figures.REGION, "year", 2064)).post("/api/v1/publications").then().statusCode(201);
        Figures.fresh();
        given().get("/api/v1/targets/" + published).then().body("value", equalTo(7));
        given().get("/api/v1/targets?region=" + Figures.REGION + "&indicator=grain_output&year=2064").then().body("total", equalTo(1));
    }

    @Test
    void importsNeedAnEditorButTheTemplatesDoNot() {
        byte[] csv = (HEADER + "目标,"+ Figures.REGION +",gdp_growth,2065,,左右,6,,,2065-01-10,,,\r\n").getBytes(StandardCharsets.UTF_8);
        given().multiPart("file", "f.csv", csv, "text/csv").post("/api/v1/imports").then().statusCode(401)
                .contentType("application/problem+json");
        Figures.fresh();
        Accounts.ensure();
        given().auth().preemptive().basic(VIEWER, PASSWORD).multiPart("file", "f.csv", csv, "text/csv")
                .post("/api/v1/imports").then().statusCode(403);
        Figures.fresh();
        given().get("/api/v1/imports/template.xlsx").then().statusCode(200);
    }

    @Test
    void requestMistakesAreNamed() {
        byte[] csv = (HEADER + "目标,"+ Figures.REGION +",gdp_growth,2065,,左右,6,,,2065-01-10,,,\r\n").getBytes(StandardCharsets.UTF_8);
        upload(editor(), csv, "f.csv", "?dryRun=perhaps").statusCode(400).body("errors[0].field", equalTo("dryRun"));
        upload(editor(), csv, "f.csv", "?status=withdrawn").statusCode(400).body("errors[0].field", equalTo("status"));
        editor().multiPart("other", "f.csv", csv, "text/csv").post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].field", equalTo("file"));
        Figures.fresh();
        byte[] xls = new byte[600];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, 0, xls, 0, 8);
        upload(editor(), xls, "old.xls", "?dryRun=false").statusCode(415).body("errors[0].code", equalTo("unsupported_format"));
    }

    @Test
    void aFileAboveTheImportLimitIsRefusedBeforeItIsReadWithAClearMessage() throws IOException {
        Accounts.ensure();
        String auth = java.util.Base64.getEncoder().encodeToString((EDITOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        int port = io.restassured.RestAssured.port;
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/imports?dryRun=true HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth + "\r\n"
                    + "Accept-Language: en\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 100000000\r\n\r\n--x\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(readSome(socket.getInputStream()), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("application/problem+json"), response);
            assertTrue(response.contains("above the 64.0 MB limit for an import file"), response);
        }
    }

    @Test
    void otherRoutesKeepTheSmallLimitEvenForChunkedBodies() {
        byte[] big = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        Accounts.ensure();
        given().auth().preemptive().basic(EDITOR, PASSWORD).contentType("application/json").body(big)
                .post("/api/v1/targets").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("2.0 MB"));
        Figures.fresh();
        given().auth().preemptive().basic(EDITOR, PASSWORD).contentType("application/json")
                .body(new java.io.ByteArrayInputStream(big)) // no Content-Length: sent chunked
                .post("/api/v1/targets").then().statusCode(413);
        Figures.fresh();
    }

    @Test
    void aLargeFileCommitsInOneTransactionAndReimportsUnchanged() {
        StringBuilder csv = new StringBuilder(HEADER);
        int rows = 5000;
        for (int i = 0; i < rows; i++) {
            int year = 2070 + i % 25;
            csv.append("结果,"+ Figures.REGION +",gdp_growth,").append(year).append(",预计,等于,").append(i % 100).append('.').append(i % 7)
                    .append(",,,").append(String.format("%d-%02d-%02d", year + 1, 1 + i / 25 % 12, 1 + i / 300)).append(",,,\r\n");
        }
        commit(csv.toString()).statusCode(200).body("created", equalTo(rows)).body("errorCount", equalTo(0));
        commit(csv.toString()).statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(rows));
        long audited = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from figure_audit a join actual f on f.id = a.figure_id and a.figure_kind = 'actual' "
                        + "where f.year between 2070 and 2094 and a.via = 'import'").getSingleResult()).longValue());
        assertEquals(rows, audited, "one audit row per imported figure");
    }

    @Test
    void exportedCsvReimportsUnchangedAndNeverStartsAFormula() {
        var body = Figures.target("fiscal_revenue_growth", 2066);
        body.put("wording", "=1+1");
        body.put("quote", "@SUM(A1)");
        Figures.createTarget(body);
        byte[] csv = given().get("/api/v1/imports/figures.csv?region=" + Figures.REGION + "&year=2066").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("'=1+1") && text.contains("'@SUM(A1)"), text);
        assertTrue(text.lines().skip(1).flatMap(l -> java.util.Arrays.stream(l.split(",")))
                .map(c -> c.startsWith("\"") ? c.substring(1) : c)
                .noneMatch(c -> c.startsWith("=") || c.startsWith("+") || c.startsWith("@")), text);

        byte[] demo = given().get("/api/v1/imports/figures.csv?region=CN&year=2024").then().statusCode(200).extract().asByteArray();
        upload(editor(), demo, "export.csv", "?dryRun=true").statusCode(200)
                .body("errorCount", equalTo(0)).body("created", equalTo(0)).body("updated", equalTo(0))
                .body("unchanged", not(equalTo(0)));
    }

    private static byte[] readSome(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        int n;
        try {
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                if (out.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            // return what arrived
        }
        return out.toByteArray();
    }
}
