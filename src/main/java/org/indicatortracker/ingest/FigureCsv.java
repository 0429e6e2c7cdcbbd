package org.indicatortracker.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.indicatortracker.chart.ChartCsv;
import org.indicatortracker.ingest.file.Column;

/**
 * Writes CSV in the import's column layout (template and exports), for people who open it in a spreadsheet:
 * UTF-8 with a byte-order mark (so Excel reads Chinese correctly), CRLF line ends, and no cell that a spreadsheet
 * would run as a formula: text cells go through {@link ChartCsv#safe} (the one rule for every CSV the service
 * writes); number columns hold numbers the service formatted itself.
 */
final class FigureCsv {

    static final String BOM = "\uFEFF";
    private static final java.util.Set<Column> NUMBERS = java.util.EnumSet.of(Column.YEAR, Column.VALUE, Column.VALUE_HIGH,
            Column.TOLERANCE, Column.STRETCH_VALUE, Column.BASE_YEAR, Column.BASE_VALUE);
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private FigureCsv() {
    }

    /** @param rows each row's cells in {@link Column} order (null = empty) */
    static String write(List<String[]> rows) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            printer.printRecord(java.util.Arrays.stream(Column.values()).map(c -> c.header).toList());
            for (String[] row : rows) {
                String[] safe = new String[row.length];
                for (int i = 0; i < row.length; i++) {
                    safe[i] = safeCell(Column.values()[i], row[i]);
                }
                printer.printRecord((Object[]) safe);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Numbers as numbers; any other text neutralised so that it cannot start a formula. */
    static String safeCell(Column column, String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return NUMBERS.contains(column) && PLAIN_NUMBER.matcher(value).matches() ? value : ChartCsv.safe(value);
    }
}
