package org.indicatortracker.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.indicatortracker.chart.ChartPayloads.Column;
import org.indicatortracker.chart.ChartPayloads.Table;

/** A chart's table as CSV: UTF-8 with a BOM (so Excel reads Chinese), headers in the chosen language. */
public final class ChartCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ChartCsv() {
    }

    public static byte[] write(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        out.writeBytes(BOM);
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            printer.printRecord(table.columns().stream().map(Column::label).map(ChartCsv::safe).toList());
            for (Map<String, Object> row : table.rows()) {
                List<Object> cells = new ArrayList<>(table.columns().size());
                for (Column c : table.columns()) {
                    cells.add(cell(row.get(c.key())));
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number) {
            return value;
        }
        return safe(value.toString());
    }

    /**
     * Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start) gets a leading apostrophe,
     * so an exported cell never starts a formula. Numbers are written as numbers and are not affected.
     */
    public static String safe(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
