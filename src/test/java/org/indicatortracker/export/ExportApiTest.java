package org.indicatortracker.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class ExportApiTest {

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void csvExportHasEveryPublishedFigureWithSourcesDictionaryAndLicence() throws Exception {
        Response r = given().get("/api/v1/export?format=csv");
        r.then().statusCode(200).contentType("application/zip");
        assertTrue(r.header("Content-Disposition").contains(".zip"));
        Map<String, String> files = unzip(r.asByteArray());
        assertEquals(java.util.Set.of("targets.csv", "actuals.csv", "sources.csv", "indicators.csv", "regions.csv",
                "dictionary.csv", "README.txt"), files.keySet());
        String actuals = files.get("actuals.csv");
        assertTrue(actuals.startsWith("\uFEFFregion_code,region_zh,"), actuals.substring(0, 30));
        assertTrue(actuals.contains("CN,全国,China,gdp_growth,地区生产总值增长,GDP growth,%,2022,final,eq,3,"), "national 2022 GDP");
        assertTrue(actuals.contains("预计地区生产总值增长4%左右"), "quotes travel with the figures");
        assertTrue(files.get("targets.csv").contains("增长5.5%左右,2022-03-05,true"), "current target flagged");
        assertTrue(files.get("dictionary.csv").contains("vintage"));
        assertTrue(files.get("README.txt").contains("CC BY 4.0") && files.get("README.txt").contains("How to cite"));
    }

    @Test
    void xlsxExportHasASheetPerTableAndTheDictionary() throws Exception {
        byte[] body = given().get("/api/v1/export?format=xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            for (String name : new String[] {"about", "targets", "actuals", "sources", "indicators", "regions", "dictionary"}) {
                assertTrue(book.getSheet(name) != null, "sheet " + name);
            }
            Sheet actuals = book.getSheet("actuals");
            assertEquals("region_code", actuals.getRow(0).getCell(0).getStringCellValue());
            assertTrue(actuals.getLastRowNum() >= 107);
            boolean numeric = false;
            for (int i = 1; i <= actuals.getLastRowNum(); i++) {
                if ("gdp_growth".equals(actuals.getRow(i).getCell(3).getStringCellValue())
                        && actuals.getRow(i).getCell(7).getNumericCellValue() == 2021) {
                    numeric = actuals.getRow(i).getCell(10).getNumericCellValue() > 8;
                }
            }
            assertTrue(numeric, "values are numbers, not text");
        }
    }

    @Test
    void draftsStayOutAndBadFormatsAreRejected() throws Exception {
        Map<String, Object> draft = new HashMap<>(Map.of("region", "230000", "indicator", "cpi_growth", "year", 2020,
                "vintage", "preliminary", "value", 2.25, "publishedOn", "2021-01-30", "status", "draft", "quote", "草稿数字"));
        org.indicatortracker.support.Accounts.editor().body(draft).post("/api/v1/actuals").then().statusCode(201);
        assertTrue(!unzip(given().get("/api/v1/export").then().statusCode(200).extract().asByteArray())
                .get("actuals.csv").contains("草稿数字"));
        given().get("/api/v1/export?format=pdf").then().statusCode(400);
    }
}
