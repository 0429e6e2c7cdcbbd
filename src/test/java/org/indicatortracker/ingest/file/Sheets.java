package org.indicatortracker.ingest.file;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.indicatortracker.domain.PublicationStatus;

/** Test fixtures: a catalogue, grids of cells, and their CSV and .xlsx forms. */
final class Sheets {

    private Sheets() {
    }

    static final Catalogue CATALOGUE = new Catalogue(
            List.of(new Catalogue.Region("CN", "全国"), new Catalogue.Region("230000", "黑龙江省"), new Catalogue.Region("230700", "伊春市")),
            List.of(new Catalogue.Indicator("gdp_growth", "地区生产总值增长", "GDP growth", List.of("国内生产总值增长", "GDP增长")),
                    new Catalogue.Indicator("cpi_growth", "居民消费价格涨幅", "CPI growth", List.of("CPI")),
                    new Catalogue.Indicator("retail_sales_growth", "社会消费品零售总额增长", "Retail sales growth", List.of()),
                    new Catalogue.Indicator("grain_output", "粮食产量", "Grain output", List.of("粮食总产量")),
                    new Catalogue.Indicator("surveyed_unemployment", "城镇调查失业率", "Surveyed unemployment", List.of("失业率"))),
            List.of(new Catalogue.Source(1, "2024年国务院政府工作报告"), new Catalogue.Source(2, "伊春市2023年政府工作报告")));

    /** A cell of a generated sheet and how an .xlsx should store it. */
    record G(String text, Type type) {
        enum Type { TEXT, NUMBER, PERCENT, DATE, FORMULA, ERROR, BOOLEAN }

        static G t(String text) {
            return new G(text, Type.TEXT);
        }
    }

    /** A header and rows of cells. */
    record Grid(List<String> header, List<List<G>> rows) {
        Grid copy() {
            List<List<G>> r = new ArrayList<>();
            rows.forEach(row -> r.add(new ArrayList<>(row)));
            return new Grid(new ArrayList<>(header), r);
        }

        int column(Column c) {
            return header.indexOf(c.header);
        }
    }

    static Grid grid(List<String[]> rows) {
        List<String> header = java.util.Arrays.stream(Column.values()).map(c -> c.header).toList();
        List<List<G>> cells = new ArrayList<>();
        for (String[] row : rows) {
            List<G> r = new ArrayList<>();
            for (String s : row) {
                r.add(G.t(s == null ? "" : s));
            }
            cells.add(r);
        }
        return new Grid(new ArrayList<>(header), cells);
    }

    static String csvText(Grid grid, char delimiter) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
            p.printRecord(grid.header());
            for (List<G> row : grid.rows()) {
                p.printRecord(row.stream().map(G::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static byte[] csv(Grid grid, Charset charset, boolean bom) {
        byte[] body = csvText(grid, ',').getBytes(charset);
        if (!bom) {
            return body;
        }
        byte[] mark = charset.name().startsWith("UTF-8") ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : charset.name().equals("GB18030") ? new byte[] {(byte) 0x84, 0x31, (byte) 0x95, 0x33}
                : charset.name().equals("UTF-16LE") ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[0];
        byte[] all = new byte[mark.length + body.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(body, 0, all, mark.length, body.length);
        return all;
    }

    /** An .xlsx as Excel (and POI) write it: shared strings, styles for numbers, percents and dates. */
    static byte[] xlsx(Grid grid) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Sheet sheet = wb.createSheet("数据");
            Row head = sheet.createRow(0);
            for (int i = 0; i < grid.header().size(); i++) {
                head.createCell(i).setCellValue(grid.header().get(i));
            }
            for (int r = 0; r < grid.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<G> cells = grid.rows().get(r);
                for (int i = 0; i < cells.size(); i++) {
                    G g = cells.get(i);
                    if (g.text().isEmpty() && g.type() == G.Type.TEXT) {
                        continue;
                    }
                    var cell = row.createCell(i);
                    switch (g.type()) {
                        case TEXT -> cell.setCellValue(g.text());
                        case NUMBER -> cell.setCellValue(Double.parseDouble(g.text()));
                        case PERCENT -> {
                            cell.setCellValue(Double.parseDouble(g.text()) / 100);
                            cell.setCellStyle(percent);
                        }
                        case DATE -> {
                            cell.setCellValue(java.time.LocalDate.parse(g.text()));
                            cell.setCellStyle(date);
                        }
                        case FORMULA -> cell.setCellFormula(g.text());
                        case ERROR -> cell.setCellErrorValue(FormulaError.NA.getCode());
                        case BOOLEAN -> cell.setCellValue(true);
                    }
                }
            }
            sheet.createRow(grid.rows().size() + 3); // trailing empty rows, as spreadsheets often have
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("not read");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An .xlsx in the style of WPS and other writers: inline strings, no cell or row references, a namespace
     * prefix on every element, numbers as plain values. Built by hand, part by part.
     */
    static byte[] wpsStyleXlsx(Grid grid) {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>");
        List<List<G>> all = new ArrayList<>();
        all.add(grid.header().stream().map(G::t).toList());
        all.addAll(grid.rows());
        for (List<G> row : all) {
            sheet.append("<x:row>");
            for (G g : row) {
                if (g.type() == G.Type.NUMBER) {
                    sheet.append("<x:c><x:v>").append(g.text()).append("</x:v></x:c>");
                } else {
                    sheet.append("<x:c t=\"inlineStr\"><x:is><x:t xml:space=\"preserve\">").append(xml(g.text())).append("</x:t></x:is></x:c>");
                }
            }
            sheet.append("</x:row>");
        }
        sheet.append("</x:sheetData></x:worksheet>");
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
                + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
                + "</Relationships>");
        parts.put("docProps/app.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
                + "<Application>WPS 表格</Application></Properties>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><x:workbook xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><x:sheets>"
                + "<x:sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></x:sheets></x:workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", sheet.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (var e : parts.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static FileParser.Result parse(byte[] content, String suffix) {
        return parse(content, suffix, 1000);
    }

    static FileParser.Result parse(byte[] content, String suffix, int maxRows) {
        try {
            Path file = Files.createTempFile("import-test", suffix);
            try {
                Files.write(file, content);
                return new FileParser(CATALOGUE, PublicationStatus.PUBLISHED, maxRows, 100).parse(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
