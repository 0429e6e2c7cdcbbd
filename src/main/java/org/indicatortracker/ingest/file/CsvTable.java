package org.indicatortracker.ingest.file;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read with Commons CSV, streaming: comma-separated by default; a header line with more tabs or
 * semicolons than commas switches the delimiter (Excel's "Unicode text" is tab-separated, some locales use ';').
 * Empty lines are kept so that row numbers match what a spreadsheet shows.
 */
final class CsvTable implements TableReader {

    private final Path file;
    private final TextEncoding.Detected encoding;

    CsvTable(Path file) throws IOException {
        this.file = file;
        this.encoding = TextEncoding.detect(file);
    }

    @Override
    public String encoding() {
        return encoding.name();
    }

    @Override
    public void read(RowConsumer consumer) throws IOException {
        char delimiter = delimiter();
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .get();
        try (Reader reader = open(); CSVParser parser = format.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                        throw new ImportFileException(RowError.of((int) Math.min(Integer.MAX_VALUE, parser.getCurrentLineNumber() + 1),
                                null, Message.UNDECODABLE, null, null));
                    }
                    // Commons CSV reports an unclosed quote as an IOException wrapped in UncheckedIOException.
                    throw new ImportFileException(RowError.of((int) Math.min(Integer.MAX_VALUE, parser.getCurrentLineNumber()),
                            null, Message.MALFORMED_CSV, shorten(e), null));
                }
                int size = record.size();
                List<Cell> cells = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    cells.add(Cell.text(record.get(i)));
                }
                if (!consumer.row((int) record.getRecordNumber(), cells)) {
                    return;
                }
            }
        }
    }

    private Reader open() throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomLength());
        return new BufferedReader(new InputStreamReader(in, encoding.charset().newDecoder()), 64 * 1024);
    }

    /** Counts candidate delimiters on the first line (outside quotes). */
    private char delimiter() throws IOException {
        try (BufferedReader reader = new BufferedReader(open())) {
            String first = reader.readLine();
            if (first == null) {
                return ',';
            }
            int commas = 0;
            int tabs = 0;
            int semicolons = 0;
            boolean quoted = false;
            for (char c : first.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted) {
                    if (c == ',') {
                        commas++;
                    } else if (c == '\t') {
                        tabs++;
                    } else if (c == ';') {
                        semicolons++;
                    }
                }
            }
            if (tabs > commas && tabs >= semicolons) {
                return '\t';
            }
            return semicolons > commas ? ';' : ',';
        }
    }

    private static String shorten(Exception e) {
        String m = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : String.valueOf(e.getMessage());
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
