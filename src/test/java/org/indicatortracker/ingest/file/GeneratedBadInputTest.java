package org.indicatortracker.ingest.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.indicatortracker.ingest.file.Sheets.G;
import org.indicatortracker.ingest.file.Sheets.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thousands of generated files, each valid except for one planted defect, go through the parser and validator
 * directly. Every one must be refused with an error that names the defect's code, row and (where it has one)
 * column, in Chinese and English, and yield no rows to write. The unmutated files must all parse cleanly, so the
 * planted defect is what the parser reacts to. (Over HTTP, ImportApiTest sends a representative few and checks
 * that the database is unchanged.)
 */
class GeneratedBadInputTest {

    private static final int SEEDS = 40;

    /** A file format a generated sheet is written in. */
    enum Format {
        CSV_UTF8(".csv"), CSV_UTF8_BOM(".csv"), CSV_GB18030(".csv"), XLSX(".xlsx");

        final String suffix;

        Format(String suffix) {
            this.suffix = suffix;
        }

        boolean csv() {
            return this != XLSX;
        }

        byte[] write(Grid grid) {
            return switch (this) {
                case CSV_UTF8 -> Sheets.csv(grid, StandardCharsets.UTF_8, false);
                case CSV_UTF8_BOM -> Sheets.csv(grid, StandardCharsets.UTF_8, true);
                case CSV_GB18030 -> Sheets.csv(grid, Charset.forName("GB18030"), false);
                case XLSX -> Sheets.xlsx(grid);
            };
        }
    }

    /** What the parser must report for a planted defect. */
    record Expected(String code, int row, String column) {
    }

    /** A defect planted into a valid sheet (or into its bytes). */
    enum Defect {
        NON_NUMERIC_VALUE, UNKNOWN_INDICATOR, UNKNOWN_REGION, DUPLICATE_ROW, MISSING_COLUMN, UNKNOWN_COLUMN,
        DUPLICATE_COLUMN, FORMULA_INJECTION, FORMULA_CELL, UNDECODABLE_BYTES, TOO_MANY_ROWS, BAD_DATE, BAD_YEAR,
        UNKNOWN_WORD, CONTROL_CHARACTER, TEXT_TOO_LONG, TARGET_FIELD_ON_OUTCOME, MISSING_REQUIRED, TOO_MANY_DECIMALS,
        EXCEL_ERROR_CELL, CELL_WITHOUT_HEADER, UNKNOWN_SOURCE, RANGE_WITHOUT_UPPER_END, EMPTY_FILE, CORRUPT_WORKBOOK,
        LEGACY_XLS, UNCLOSED_QUOTE;

        boolean appliesTo(Format f) {
            return switch (this) {
                case FORMULA_CELL, EXCEL_ERROR_CELL, CORRUPT_WORKBOOK -> !f.csv();
                // XML cannot carry control characters: an .xlsx escapes them and readers differ; CSV carries them raw.
                case UNDECODABLE_BYTES, UNCLOSED_QUOTE, CONTROL_CHARACTER -> f.csv();
                default -> true;
            };
        }
    }

    static final int MAX_ROWS = 40;

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Defect defect : Defect.values()) {
            for (Format format : Format.values()) {
                if (!defect.appliesTo(format)) {
                    continue;
                }
                int seeds = format == Format.XLSX ? SEEDS / 3 : SEEDS;
                for (int seed = 0; seed < seeds; seed++) {
                    all.add(Arguments.of(defect, format, (long) seed * 7919 + defect.ordinal()));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} in {1}, seed {2}")
    @MethodSource("cases")
    void everyPlantedDefectIsReportedWithItsRowAndColumn(Defect defect, Format format, long seed) {
        Generator gen = new Generator(seed, format == Format.XLSX);
        Grid grid = gen.sheet(5 + gen.random().nextInt(20));
        Random random = gen.random();
        int target = random.nextInt(grid.rows().size());
        int row = target + 2; // row 1 is the header
        byte[] bytes;
        Expected expected;
        switch (defect) {
            case NON_NUMERIC_VALUE -> {
                String bad = gen.pick(new String[] {"五", "abc", "5..5", "1,2,3", "NaN", "Infinity", "0x10", "5-", "%"});
                expected = set(grid, target, Column.VALUE, G.t(bad), "not_a_number", row);
                bytes = format.write(grid);
            }
            case UNKNOWN_INDICATOR -> {
                expected = set(grid, target, Column.INDICATOR, G.t("no_such_" + random.nextInt(1000)), "unknown_indicator", row);
                bytes = format.write(grid);
            }
            case UNKNOWN_REGION -> {
                expected = set(grid, target, Column.REGION, G.t(String.valueOf(100000 + random.nextInt(800000))), "unknown_region", row);
                bytes = format.write(grid);
            }
            case DUPLICATE_ROW -> {
                grid.rows().add(new ArrayList<>(grid.rows().get(target)));
                expected = new Expected("duplicate_row", grid.rows().size() + 1, null);
                bytes = format.write(grid);
            }
            case MISSING_COLUMN -> {
                List<Column> required = Column.required();
                Column drop = required.get(random.nextInt(required.size()));
                int at = grid.column(drop);
                grid.header().remove(at);
                grid.rows().forEach(r -> r.remove(at));
                expected = new Expected("missing_column", 1, drop.header);
                bytes = format.write(grid);
            }
            case UNKNOWN_COLUMN -> {
                int at = random.nextInt(grid.header().size());
                grid.header().set(at, grid.header().get(at) + "x");
                expected = new Expected("unknown_column", 1, grid.header().get(at));
                bytes = format.write(grid);
            }
            case DUPLICATE_COLUMN -> {
                String again = grid.header().get(random.nextInt(grid.header().size()));
                grid.header().add(again);
                grid.rows().forEach(r -> r.add(G.t("")));
                expected = new Expected("duplicate_column", 1, again);
                bytes = format.write(grid);
            }
            case FORMULA_INJECTION -> {
                Column c = gen.random().nextBoolean() ? Column.QUOTE : Column.values()[random.nextInt(Column.values().length)];
                String payload = gen.pick(new String[] {"=cmd|' /C calc'!A0", "=HYPERLINK(\"http://x\")", "+SUM(1,2)",
                        "@SUM(A1:A2)", "-2+3+cmd|' /C calc'!A0", "=1+1"});
                expected = set(grid, target, c, G.t(payload), "formula_text", row);
                bytes = format.write(grid);
            }
            case FORMULA_CELL -> {
                Column c = Column.values()[random.nextInt(Column.values().length)];
                expected = set(grid, target, c, new G("1+1", G.Type.FORMULA), "formula", row);
                bytes = format.write(grid);
            }
            case EXCEL_ERROR_CELL -> {
                Column c = Column.values()[random.nextInt(Column.values().length)];
                expected = set(grid, target, c, new G("", G.Type.ERROR), "excel_error", row);
                bytes = format.write(grid);
            }
            case UNDECODABLE_BYTES -> {
                bytes = insertAtLineStart(format.write(grid), row, new byte[] {(byte) 0xFF});
                expected = new Expected("undecodable", row, null);
            }
            case TOO_MANY_ROWS -> {
                Grid big = gen.sheet(MAX_ROWS + 1 + random.nextInt(5));
                bytes = format.write(big);
                expected = new Expected("too_many_rows", MAX_ROWS + 2, null);
            }
            case BAD_DATE -> {
                String bad = gen.pick(new String[] {"2024-02-30", "2024/13/01", "昨天", "03/05/2024", "2024-3", "45356", "1900-01-01"});
                expected = set(grid, target, Column.DATE, G.t(bad), "not_a_date", row);
                bytes = format.write(grid);
            }
            case BAD_YEAR -> {
                String bad = gen.pick(new String[] {"2101", "1800", "二〇二四", "20x4", "2024.5", "-2024"});
                expected = set(grid, target, Column.YEAR, G.t(bad), "not_a_year", row);
                bytes = format.write(grid);
            }
            case UNKNOWN_WORD -> {
                Column c = gen.pick(new String[] {"k", "c", "b"}).equals("k") ? Column.KIND
                        : random.nextBoolean() ? Column.COMPARATOR : Column.BASIS;
                expected = set(grid, target, c, G.t("大约"), "unknown_value", row);
                bytes = format.write(grid);
            }
            case CONTROL_CHARACTER -> {
                Column c = random.nextBoolean() ? Column.QUOTE : Column.REGION;
                String ctl = gen.pick(new String[] {"\u0000", "\u0001", "\u001b", "\u007f", "\u0085"});
                expected = set(grid, target, c, G.t("文本" + ctl + "内容"), "control_chars", row);
                bytes = format.write(grid);
            }
            case TEXT_TOO_LONG -> {
                expected = set(grid, target, Column.QUOTE, G.t("长".repeat(2001)), "too_long", row);
                bytes = format.write(grid);
            }
            case TARGET_FIELD_ON_OUTCOME -> {
                List<G> r = grid.rows().get(target);
                boolean isTarget = kindOf(grid, target) == ImportRow.Kind.TARGET;
                Column c = isTarget ? Column.VINTAGE : Column.WORDING;
                expected = set(grid, target, c, G.t(isTarget ? "预计" : "增长5%"), isTarget ? "outcome_only" : "target_only", row);
                bytes = format.write(grid);
            }
            case MISSING_REQUIRED -> {
                Column c = gen.pick(new String[] {"r", "i", "y", "d", "k"}).equals("r") ? Column.REGION
                        : random.nextBoolean() ? Column.INDICATOR : random.nextBoolean() ? Column.DATE : Column.YEAR;
                expected = set(grid, target, c, G.t(""), "required", row);
                bytes = format.write(grid);
            }
            case TOO_MANY_DECIMALS -> {
                expected = set(grid, target, Column.VALUE, G.t("1.2345678"), "too_many_decimals", row);
                bytes = format.write(grid);
            }
            case CELL_WITHOUT_HEADER -> {
                List<G> r = grid.rows().get(target);
                while (r.size() < grid.header().size() + 2) {
                    r.add(G.t(""));
                }
                r.set(grid.header().size() + 1, G.t("多余"));
                expected = new Expected("cell_without_column", row, FileParser.columnName(grid.header().size() + 1));
                bytes = format.write(grid);
            }
            case UNKNOWN_SOURCE -> {
                String bad = gen.pick(new String[] {"999", "不存在的报告", "0"});
                expected = set(grid, target, Column.SOURCE, G.t(bad), "unknown_source", row);
                bytes = format.write(grid);
            }
            case RANGE_WITHOUT_UPPER_END -> {
                List<G> r = grid.rows().get(target);
                r.set(grid.column(Column.COMPARATOR), G.t("区间"));
                r.set(grid.column(Column.VALUE), G.t("5"));
                r.set(grid.column(Column.REF_INDICATOR), G.t(""));
                r.set(grid.column(Column.RELATION), G.t(""));
                expected = set(grid, target, Column.VALUE_HIGH, G.t(""), "range_high_required", row);
                bytes = format.write(grid);
            }
            case EMPTY_FILE -> {
                bytes = new byte[0];
                expected = new Expected("empty_file", 0, null);
            }
            case CORRUPT_WORKBOOK -> {
                byte[] good = format.write(grid);
                bytes = java.util.Arrays.copyOf(good, 30 + random.nextInt(good.length / 2));
                expected = new Expected("unreadable_xlsx", 0, null);
            }
            case LEGACY_XLS -> {
                bytes = new byte[512];
                byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
                System.arraycopy(ole2, 0, bytes, 0, ole2.length);
                expected = new Expected("unsupported_format", 0, null);
            }
            case UNCLOSED_QUOTE -> {
                bytes = insertAtLineStart(format.write(grid), row, "\"未闭合".getBytes(charsetOf(format)));
                expected = new Expected("malformed_csv", -1, null); // Commons CSV reports where the file ended
            }
            default -> throw new IllegalStateException(defect.name());
        }

        FileParser.Result result = Sheets.parse(bytes, format.suffix, MAX_ROWS);

        assertFalse(result.ok(), () -> defect + ": the file was accepted");
        assertTrue(result.figures().isEmpty(), "a file with errors yields nothing to write");
        assertTrue(result.errors().stream().allMatch(e -> !e.text(Locale.SIMPLIFIED_CHINESE).isBlank()
                && !e.text(Locale.ENGLISH).isBlank() && e.row() >= 0), "every error has a message in both languages");
        boolean found = result.errors().stream().anyMatch(e -> e.code().equals(expected.code())
                && (expected.row() < 0 ? e.row() >= row : e.row() == expected.row())
                && (expected.column() == null || expected.column().equals(e.column())));
        if (!found) {
            fail(defect + " in " + format + ": expected " + expected + " but got " + result.errors());
        }
    }

    @ParameterizedTest(name = "valid {0}, seed {1}")
    @MethodSource("validCases")
    void generatedSheetsWithoutDefectsParseCleanly(Format format, long seed) {
        Generator gen = new Generator(seed, format == Format.XLSX);
        Grid grid = gen.sheet(5 + gen.random().nextInt(20));
        FileParser.Result result = Sheets.parse(format.write(grid), format.suffix, MAX_ROWS);
        assertTrue(result.ok(), () -> "seed " + seed + ": " + result.errors());
        assertEquals(grid.rows().size(), result.figures().size());
    }

    static Stream<Arguments> validCases() {
        return Stream.of(Format.values()).flatMap(f -> Stream.iterate(0L, s -> s + 1).limit(f == Format.XLSX ? 20 : SEEDS)
                .map(s -> Arguments.of(f, s)));
    }

    @Test
    void theCaseCountIsInTheThousands() {
        assertTrue(cases().count() >= 3000, "cases: " + cases().count());
    }

    private static Expected set(Grid grid, int rowIndex, Column c, G cell, String code, int row) {
        grid.rows().get(rowIndex).set(grid.column(c), cell);
        return new Expected(code, row, c.header);
    }

    private static ImportRow.Kind kindOf(Grid grid, int rowIndex) {
        String kind = grid.rows().get(rowIndex).get(grid.column(Column.KIND)).text().toLowerCase(Locale.ROOT);
        return kind.equals("目标") || kind.equals("target") ? ImportRow.Kind.TARGET : ImportRow.Kind.OUTCOME;
    }

    private static Charset charsetOf(Format f) {
        return f == Format.CSV_GB18030 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
    }

    /** Inserts bytes at the start of a (1-based) line. Generated cells hold no line breaks. */
    private static byte[] insertAtLineStart(byte[] file, int line, byte[] insert) {
        int at = 0;
        for (int l = 1; l < line; l++) {
            while (file[at] != '\n') {
                at++;
            }
            at++;
        }
        byte[] out = new byte[file.length + insert.length];
        System.arraycopy(file, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(file, at, out, at + insert.length, file.length - at);
        return out;
    }
}
