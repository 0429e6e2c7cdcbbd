package org.indicatortracker.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.indicatortracker.ingest.file.Column;

/**
 * Writes CSV in the import's column layout (template and exports), for people who open it in a spreadsheet:
 * UTF-8 with a byte-order mark (so Excel reads Chinese correctly), CRLF line ends, and no cell that a spreadsheet
 * would run as a formula: text starting with = + - @ tab or CR is prefixed with an apostrophe; plain numbers stay
 * numbers.
 */
final class FigureCsv {

    static final String BOM = "\uFEFF";
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
                    safe[i] = safeCell(row[i]);
                }
                printer.printRecord((Object[]) safe);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The text a cell may safely hold: a leading formula character is neutralised with an apostrophe. */
    static String safeCell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !PLAIN_NUMBER.matcher(value).matches() ? "'" + value : value;
    }
}
