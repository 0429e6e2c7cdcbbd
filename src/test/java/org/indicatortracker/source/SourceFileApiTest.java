package org.indicatortracker.source;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.indicatortracker.support.Accounts.ADMIN;
import static org.indicatortracker.support.Accounts.ADMIN_PASSWORD;
import static org.indicatortracker.support.Accounts.EDITOR;
import static org.indicatortracker.support.Accounts.PASSWORD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.indicatortracker.support.Accounts;
import org.indicatortracker.support.Figures;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/** Source documents keep their original files, because government links disappear. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class SourceFileApiTest {

    static RequestSpecification editor() {
        Accounts.ensure();
        return given().auth().preemptive().basic(EDITOR, PASSWORD);
    }

    static int newSource() {
        return editor().contentType("application/json")
                .body(Map.of("title", "2025年某市政府工作报告（存档测试）", "kind", "work_report", "url", "https://example.gov.cn/report.html"))
                .post("/api/v1/sources").then().statusCode(201).extract().path("id");
    }

    @Test
    void theOriginalIsStoredWithItsHashAndServedBackByteForByte() throws Exception {
        int source = newSource();
        byte[] pdf = "%PDF-1.7\n政府工作报告 原文\n%%EOF".getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));

        // As browsers send it: the file name as UTF-8 bytes in the part header.
        var utf8Names = io.restassured.RestAssured.config()
                .httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                        .httpMultipartMode(org.apache.http.entity.mime.HttpMultipartMode.BROWSER_COMPATIBLE))
                .multiPartConfig(io.restassured.config.MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));
        int fileId = editor().config(utf8Names).multiPart("file", "C:\\报告\\2025年政府工作报告.pdf", pdf, "application/octet-stream")
                .post("/api/v1/sources/" + source + "/files").then().statusCode(201)
                .header("Location", containsString("/api/v1/sources/" + source + "/files/"))
                .body("sha256", equalTo(sha))
                .body("size", equalTo(pdf.length))
                .body("mediaType", equalTo("application/pdf"))
                .body("fileName", equalTo("2025年政府工作报告.pdf"))
                .body("uploadedAt", notNullValue())
                .extract().path("id");
        Figures.fresh();

        editor().multiPart("file", "again.pdf", pdf, "application/pdf").post("/api/v1/sources/" + source + "/files")
                .then().statusCode(200).body("id", equalTo(fileId));
        Figures.fresh();
        given().get("/api/v1/sources/" + source + "/files").then().statusCode(200).body("$", hasSize(1))
                .body("[0].href", equalTo("/api/v1/sources/" + source + "/files/" + fileId));

        byte[] back = given().get("/api/v1/sources/" + source + "/files/" + fileId).then().statusCode(200)
                .contentType("application/pdf")
                .header("ETag", "\"" + sha + "\"")
                .header("Content-Disposition", containsString("attachment; filename*=UTF-8''2025"))
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertArrayEquals(pdf, back);
    }

    @Test
    void anHtmlPageIsKeptButNeverRenderedInTheSitesOrigin() {
        int source = newSource();
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        int id = editor().multiPart("file", "page.html", html, "text/html").post("/api/v1/sources/" + source + "/files")
                .then().statusCode(201).body("mediaType", equalTo("text/html")).extract().path("id");
        Figures.fresh();
        given().get("/api/v1/sources/" + source + "/files/" + id).then().statusCode(200)
                .header("Content-Security-Policy", containsString("sandbox"))
                .header("Content-Disposition", containsString("attachment"));
    }

    @Test
    void uploadsNeedAnEditorAndRemovalAnAdmin() {
        int source = newSource();
        byte[] bytes = "%PDF-1.4 x".getBytes(StandardCharsets.UTF_8);
        given().multiPart("file", "a.pdf", bytes, "application/pdf").post("/api/v1/sources/" + source + "/files").then().statusCode(401);
        Figures.fresh();
        editor().multiPart("file", "a.pdf", bytes, "application/pdf").post("/api/v1/sources/987654/files").then().statusCode(404);
        Figures.fresh();
        editor().multiPart("file", "a.pdf", new byte[0], "application/pdf").post("/api/v1/sources/" + source + "/files").then().statusCode(400);
        Figures.fresh();
        int id = editor().multiPart("file", "a.pdf", bytes, "application/pdf").post("/api/v1/sources/" + source + "/files")
                .then().statusCode(201).extract().path("id");
        Figures.fresh();
        editor().delete("/api/v1/sources/" + source + "/files/" + id).then().statusCode(403);
        Figures.fresh();
        given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).delete("/api/v1/sources/" + source + "/files/" + id).then().statusCode(204);
        Figures.fresh();
        given().get("/api/v1/sources/" + source + "/files/" + id).then().statusCode(404);
    }
}
