package org.indicatortracker.ingest.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.indicatortracker.domain.PublicationStatus;

/**
 * Reads an uploaded file (CSV in any of the encodings Chinese spreadsheets save, or .xlsx) row by row and
 * validates every row, collecting all errors rather than stopping at the first. Framework-free: the HTTP layer and
 * the generated bad-input tests call it the same way.
 */
public final class FileParser {

    /** What a file holds: the valid rows, and every problem (the first {@code maxErrors} of them listed). */
    public record Result(String format, String encoding, int rows, List<ImportRow> figures, List<RowError> errors,
                         int errorCount) {
        public boolean ok() {
            return errorCount == 0;
        }
    }

    private final Catalogue catalogue;
    private final PublicationStatus status;
    private final int maxRows;
    private final int maxErrors;

    public FileParser(Catalogue catalogue, PublicationStatus status, int maxRows, int maxErrors) {
        this.catalogue = catalogue;
        this.status = status;
        this.maxRows = maxRows;
        this.maxErrors = maxErrors;
    }

    public Result parse(Path file) throws IOException {
        String format;
        TableReader table;
        try {
            format = sniff(file);
            table = "xlsx".equals(format) ? new XlsxTable(file) : new CsvTable(file);
        } catch (ImportFileException e) {
            return failed("csv", null, e.error());
        }
        Collector collector = new Collector(new RowValidator(catalogue, status));
        try {
            table.read(collector);
        } catch (ImportFileException e) {
            collector.add(e.error());
        }
        if (!collector.sawHeader && collector.errorCount == 0) {
            collector.add(RowError.file(Message.EMPTY_FILE));
        }
        return new Result(format, table.encoding(), collector.rows, collector.errorCount == 0 ? collector.figures : List.of(),
                collector.errors, collector.errorCount);
    }

    private static Result failed(String format, String encoding, RowError error) {
        return new Result(format, encoding, 0, List.of(), List.of(error), 1);
    }

    /** "xlsx" for a zip package, "csv" for text; refuses empty files, legacy .xls and other binaries. */
    static String sniff(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n == 0) {
            throw new ImportFileException(RowError.file(Message.EMPTY_FILE));
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return "xlsx";
        }
        boolean ole2 = n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0; // legacy .xls, or an encrypted .xlsx
        boolean pdf = n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F';
        boolean zipOther = n >= 2 && head[0] == 'P' && head[1] == 'K';
        if (ole2 || pdf || zipOther) {
            throw new ImportFileException(RowError.file(Message.UNSUPPORTED_FORMAT));
        }
        return "csv";
    }

    /** Receives rows from the reader: the header first, then the data rows. */
    private final class Collector implements TableReader.RowConsumer {
        private final RowValidator validator;
        private final List<ImportRow> figures = new ArrayList<>();
        private final List<RowError> errors = new ArrayList<>();
        private final Map<ImportRow.Key, Integer> seen = new HashMap<>();
        private final Map<Column, String> headers = new EnumMap<>(Column.class);
        private Column[] columnAt;
        private String[] unknownAt;
        private boolean sawHeader;
        private int rows;
        private int errorCount;

        Collector(RowValidator validator) {
            this.validator = validator;
        }

        void add(RowError error) {
            errorCount++;
            if (errors.size() < maxErrors) {
                errors.add(error);
            }
        }

        @Override
        public boolean row(int row, List<Cell> cells) {
            if (!sawHeader) {
                sawHeader = true;
                return header(row, cells);
            }
            if (allBlank(cells)) {
                return true;
            }
            rows++;
            if (rows > maxRows) {
                add(RowError.of(row, null, Message.TOO_MANY_ROWS, null, maxRows));
                return false;
            }
            Map<Column, Cell> byColumn = new EnumMap<>(Column.class);
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                if (i >= columnAt.length || columnAt[i] == null) {
                    if (!cell.isBlank()) {
                        String name = i < unknownAt.length ? unknownAt[i] : null;
                        add(RowError.of(row, name == null || name.isBlank() ? columnName(i) : name, Message.CELL_WITHOUT_COLUMN, null, null));
                    }
                } else {
                    byColumn.put(columnAt[i], cell);
                }
            }
            List<RowError> rowErrors = new ArrayList<>(4);
            ImportRow figure = validator.validate(row, byColumn, headers, rowErrors);
            rowErrors.forEach(this::add);
            if (figure != null) {
                Integer first = seen.putIfAbsent(figure.naturalKey(), row);
                if (first != null) {
                    add(RowError.of(row, null, Message.DUPLICATE_ROW, null, first));
                } else if (errorCount == 0) {
                    figures.add(figure); // once the file has errors nothing will be written: stop collecting
                }
            }
            return true;
        }

        private boolean header(int row, List<Cell> cells) {
            if (allBlank(cells)) {
                add(RowError.of(row, null, Message.NO_HEADER, null, null));
                return false;
            }
            columnAt = new Column[cells.size()];
            unknownAt = new String[cells.size()];
            int before = errorCount;
            for (int i = 0; i < cells.size(); i++) {
                Cell cell = cells.get(i);
                if (cell.isBlank()) {
                    continue;
                }
                String name = cell.text().strip();
                Column column = Column.byHeader(name);
                if (column == null) {
                    unknownAt[i] = name;
                    add(RowError.of(row, name, Message.UNKNOWN_COLUMN, shortened(name), null));
                } else if (headers.containsKey(column)) {
                    add(RowError.of(row, name, Message.DUPLICATE_COLUMN, name, null));
                } else {
                    headers.put(column, name);
                    columnAt[i] = column;
                }
            }
            for (Column required : Column.required()) {
                if (!headers.containsKey(required)) {
                    add(RowError.of(row, required.header, Message.MISSING_COLUMN, required.header, null));
                }
            }
            return errorCount == before; // a broken header makes every row's errors noise
        }
    }

    private static boolean allBlank(List<Cell> cells) {
        for (Cell c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String shortened(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** Spreadsheet column letters: 0 → A, 26 → AA. */
    static String columnName(int index) {
        StringBuilder sb = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            sb.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return sb.toString();
    }
}
