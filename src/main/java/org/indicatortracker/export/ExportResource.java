package org.indicatortracker.export;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.cache.DataVersion;
import org.indicatortracker.chart.ChartCsv;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Params;

/**
 * The bulk open-data export: every published figure with its source, the catalogue, a data dictionary, the
 * licence and how to cite. Streamed straight from the database, so a national dataset fits.
 */
@Path("/api/v1/export")
@Tag(name = "Open data", description = "Everything published, in one download")
public class ExportResource {

    private static final int FETCH_SIZE = 5000;
    /** An xlsx sheet holds at most 1,048,576 rows: longer tables continue on "actuals (2)", ... */
    private static final int ROWS_PER_SHEET = 1_000_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DataVersion dataVersion;

    @GET
    @Operation(summary = "All published figures with sources, the catalogue, a data dictionary, licence and citation",
            description = "format=csv: a ZIP of UTF-8 CSV files (with BOM) plus dictionary.csv and README.txt; format=xlsx: one workbook.")
    public Response export(@Parameter(description = "csv (default) or xlsx") @QueryParam("format") String format,
                           @HeaderParam("If-None-Match") String ifNoneMatch) {
        String f = Params.present(format) ? format.trim().toLowerCase(java.util.Locale.ROOT) : "csv";
        if (!f.equals("csv") && !f.equals("xlsx")) {
            throw ApiException.badRequest("format", "must be csv or xlsx");
        }
        long version = dataVersion.current();
        String etag = "\"export-" + f + "-" + version + "\"";
        if (version >= 0 && etag.equals(ifNoneMatch)) {
            return Response.notModified().tag(etag.replace("\"", "")).header("Cache-Control", "public, no-cache").build();
        }
        String stamp = LocalDate.now().toString();
        StreamingOutput body = f.equals("csv") ? out -> zip(out, version, stamp) : out -> workbook(out, version, stamp);
        String name = "indicator-tracker-" + stamp + (f.equals("csv") ? ".zip" : ".xlsx");
        return Response.ok(body, f.equals("csv") ? "application/zip"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("ETag", etag)
                .header("Cache-Control", "public, no-cache")
                .build();
    }

    private void zip(OutputStream out, long version, String stamp) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (ExportTables.Table table : ExportTables.ALL) {
                zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
                CSVPrinter csv = printer(zip);
                csv.printRecord(table.columns().stream().map(ExportTables.Column::name).toList());
                query(table, row -> csv.printRecord(java.util.Arrays.stream(row)
                        .map(v -> v instanceof BigDecimal d ? d.toPlainString() : v).toArray()));
                csv.flush();
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("dictionary.csv"));
            CSVPrinter csv = printer(zip);
            csv.printRecord("file", "column", "description_zh", "description_en");
            for (ExportTables.Table table : ExportTables.ALL) {
                csv.printRecord(table.name() + ".csv", "", table.zh(), table.en());
                for (ExportTables.Column c : table.columns()) {
                    csv.printRecord(table.name() + ".csv", c.name(), c.zh(), c.en());
                }
            }
            csv.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write((String.format(ExportTables.ABOUT_ZH, version, stamp) + "\n"
                    + String.format(ExportTables.ABOUT_EN, version, stamp)).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private void workbook(OutputStream out, long version, String stamp) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Sheet about = book.createSheet("about");
            String[] lines = (String.format(ExportTables.ABOUT_ZH, version, stamp) + "\n"
                    + String.format(ExportTables.ABOUT_EN, version, stamp)).split("\n");
            for (int i = 0; i < lines.length; i++) {
                about.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            for (ExportTables.Table table : ExportTables.ALL) {
                int[] count = {0};
                int[] part = {1};
                Sheet[] sheet = {header(book.createSheet(table.name()), table)};
                query(table, row -> {
                    if (count[0] == ROWS_PER_SHEET) {
                        sheet[0] = header(book.createSheet(table.name() + " (" + (++part[0]) + ")"), table);
                        count[0] = 0;
                    }
                    Row r = sheet[0].createRow(++count[0]);
                    for (int c = 0; c < row.length; c++) {
                        cell(r.createCell(c), row[c]);
                    }
                });
            }
            Sheet dictionary = book.createSheet("dictionary");
            int n = 0;
            Row head = dictionary.createRow(n++);
            String[] titles = {"sheet", "column", "description_zh", "description_en"};
            for (int i = 0; i < titles.length; i++) {
                head.createCell(i).setCellValue(titles[i]);
            }
            for (ExportTables.Table table : ExportTables.ALL) {
                for (ExportTables.Column c : table.columns()) {
                    Row r = dictionary.createRow(n++);
                    r.createCell(0).setCellValue(table.name());
                    r.createCell(1).setCellValue(c.name());
                    r.createCell(2).setCellValue(c.zh());
                    r.createCell(3).setCellValue(c.en());
                }
            }
            book.write(out);
        } finally {
            book.close();
        }
    }

    private static Sheet header(Sheet sheet, ExportTables.Table table) {
        Row head = sheet.createRow(0);
        for (int i = 0; i < table.columns().size(); i++) {
            head.createCell(i).setCellValue(table.columns().get(i).name());
        }
        return sheet;
    }

    private static void cell(Cell cell, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            cell.setCellValue(value.toString()); // stored as text: never evaluated as a formula
        }
    }

    private static CSVPrinter printer(OutputStream zip) throws IOException {
        zip.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        return new CSVPrinter(new BufferedWriter(new OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8)), CSVFormat.RFC4180);
    }

    interface RowSink {
        void accept(Object[] row) throws IOException;
    }

    private void query(ExportTables.Table table, RowSink sink) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false); // lets the driver stream with a cursor instead of loading everything
            c.setReadOnly(true);
            try (PreparedStatement s = c.prepareStatement(table.sql())) {
                s.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = s.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            Object v = rs.getObject(i + 1);
                            row[i] = v instanceof String text ? ChartCsv.safe(text)
                                    : v instanceof java.sql.Date d ? d.toLocalDate().toString()
                                    : v instanceof BigDecimal b ? b.stripTrailingZeros() : v;
                        }
                        sink.accept(row);
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("Export query failed: " + e.getMessage(), e));
        }
    }

    /** Lets a CSV printer flush into the ZIP entry without closing the whole archive. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
