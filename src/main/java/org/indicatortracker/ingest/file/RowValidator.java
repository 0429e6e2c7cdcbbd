package org.indicatortracker.ingest.file;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indicatortracker.domain.Basis;
import org.indicatortracker.domain.Codes;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.domain.Relation;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.figure.FigureChecks;
import org.indicatortracker.ingest.file.ImportRow.Kind;

/**
 * Turns the cells of one row into an {@link ImportRow}, or into errors naming the row, the column and what is
 * wrong. Cell syntax (numbers, dates, vocabulary, formulas, text safety) is checked here; the rules every figure
 * obeys, whichever way it arrives, come from {@link FigureChecks}.
 */
public final class RowValidator {

    /** Words a planner may write, with the codes they mean; codes themselves are accepted too. */
    static final Map<String, Kind> KINDS = vocabulary(Map.of(
            "目标", Kind.TARGET, "target", Kind.TARGET, "结果", Kind.OUTCOME, "实际", Kind.OUTCOME,
            "完成", Kind.OUTCOME, "outcome", Kind.OUTCOME, "actual", Kind.OUTCOME));
    static final Map<String, Comparator> COMPARATORS = vocabulary(Map.ofEntries(
            Map.entry("等于", Comparator.EQ), Map.entry("=", Comparator.EQ), Map.entry("左右", Comparator.AROUND),
            Map.entry("约", Comparator.AROUND), Map.entry("以上", Comparator.GTE), Map.entry("不低于", Comparator.GTE),
            Map.entry("≥", Comparator.GTE), Map.entry(">=", Comparator.GTE), Map.entry("以内", Comparator.LTE),
            Map.entry("以下", Comparator.LTE), Map.entry("不超过", Comparator.LTE), Map.entry("≤", Comparator.LTE),
            Map.entry("<=", Comparator.LTE), Map.entry("区间", Comparator.RANGE), Map.entry("相对", Comparator.RELATIVE),
            Map.entry("定性", Comparator.QUALITATIVE)), Comparator.class);
    static final Map<String, Relation> RELATIONS = vocabulary(Map.of(
            "高于", Relation.ABOVE, "同步", Relation.IN_STEP), Relation.class);
    static final Map<String, Basis> BASES = vocabulary(Map.of(
            "名义", Basis.NOMINAL, "实际", Basis.REAL, "年末", Basis.YEAR_END, "全年平均", Basis.ANNUAL_AVERAGE,
            "同口径", Basis.COMPARABLE_SCOPE, "自然口径", Basis.REPORTED_SCOPE), Basis.class);
    static final Map<String, Vintage> VINTAGES = vocabulary(Map.of(
            "预计", Vintage.ESTIMATE, "初步核算", Vintage.PRELIMINARY, "初步", Vintage.PRELIMINARY,
            "最终核实", Vintage.FINAL, "最终", Vintage.FINAL, "修订", Vintage.REVISED), Vintage.class);

    /** The Chinese word written for each code in templates and exports. */
    public static final Map<Enum<?>, String> LABELS = labels();

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]0{1,2}:0{2}(?::0{2}(?:\\.0+)?)?)?");
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private final Catalogue catalogue;
    private final PublicationStatus status;

    public RowValidator(Catalogue catalogue, PublicationStatus status) {
        this.catalogue = catalogue;
        this.status = status;
    }

    /**
     * @param cells the row's cells by column; absent columns are missing from the map
     * @param headers the header each column has in the file (for error messages)
     * @return the row, or null when it has errors (added to {@code errors})
     */
    public ImportRow validate(int row, Map<Column, Cell> cells, Map<Column, String> headers, List<RowError> errors) {
        Row r = new Row(row, cells, headers, errors);
        Kind kind = r.word(Column.KIND, KINDS, true);
        String region = r.region();
        String indicator = r.indicator();
        Integer year = r.year(Column.YEAR, true);
        LocalDate date = r.date();
        Comparator comparator = r.word(Column.COMPARATOR, COMPARATORS, kind == Kind.TARGET);
        BigDecimal value = r.number(Column.VALUE, 14, 6, false);
        BigDecimal valueHigh = r.number(Column.VALUE_HIGH, 14, 6, false);
        String refIndicator = r.refIndicator();
        Relation relation = r.word(Column.RELATION, RELATIONS, false);
        Basis basis = r.word(Column.BASIS, BASES, false);
        Long sourceId = r.source();
        String quote = r.text(Column.QUOTE, 2000);

        Vintage vintage = null;
        BigDecimal tolerance = null;
        BigDecimal stretch = null;
        Integer baseYear = null;
        BigDecimal baseValue = null;
        String wording = null;
        String note = null;
        if (kind == Kind.TARGET) {
            r.notFor(Kind.TARGET, Column.VINTAGE, Column.NOTE);
            tolerance = r.number(Column.TOLERANCE, 8, 4, true);
            stretch = r.number(Column.STRETCH_VALUE, 14, 6, false);
            baseYear = r.year(Column.BASE_YEAR, false);
            baseValue = r.number(Column.BASE_VALUE, 14, 6, false);
            wording = r.text(Column.WORDING, 500);
        } else if (kind == Kind.OUTCOME) {
            r.notFor(Kind.OUTCOME, Column.TOLERANCE, Column.STRETCH_VALUE, Column.BASE_YEAR, Column.BASE_VALUE, Column.WORDING);
            vintage = r.word(Column.VINTAGE, VINTAGES, true);
            note = r.text(Column.NOTE, 1000);
            if (comparator == null && !r.failed(Column.COMPARATOR)) {
                comparator = Comparator.EQ;
            }
        }
        if (r.hasErrors()) {
            return null;
        }
        ImportRow result = new ImportRow(row, kind, region, indicator, year, vintage, comparator, value, valueHigh,
                refIndicator, relation, basis, tolerance, stretch, baseYear, baseValue, wording, date, sourceId, quote,
                note, status);
        List<FigureChecks.Violation> violations = new ArrayList<>(FigureChecks.violations(result, catalogue));
        if (kind == Kind.TARGET) {
            violations.addAll(FigureChecks.targetViolations(year, baseYear, baseValue));
        }
        for (FigureChecks.Violation v : violations) {
            Column column = columnOf(v.field());
            errors.add(new RowError(row, column == null ? null : r.header(column), v.rule().name().toLowerCase(Locale.ROOT),
                    v.message(Locale.SIMPLIFIED_CHINESE), v.message(Locale.ENGLISH)));
        }
        return violations.isEmpty() ? result : null;
    }

    private static Column columnOf(String field) {
        return switch (field) {
            case "region" -> Column.REGION;
            case "indicator" -> Column.INDICATOR;
            case "comparator" -> Column.COMPARATOR;
            case "value" -> Column.VALUE;
            case "valueHigh" -> Column.VALUE_HIGH;
            case "refIndicator" -> Column.REF_INDICATOR;
            case "relation" -> Column.RELATION;
            case "sourceId" -> Column.SOURCE;
            case "baseYear" -> Column.BASE_YEAR;
            default -> null;
        };
    }

    /** The cells of one row and the errors found in them. */
    private final class Row {
        private final int row;
        private final Map<Column, Cell> cells;
        private final Map<Column, String> headers;
        private final List<RowError> errors;
        private final int errorsBefore;
        private final EnumMap<Column, Boolean> failed = new EnumMap<>(Column.class);

        Row(int row, Map<Column, Cell> cells, Map<Column, String> headers, List<RowError> errors) {
            this.row = row;
            this.cells = cells;
            this.headers = headers;
            this.errors = errors;
            this.errorsBefore = errors.size();
        }

        boolean hasErrors() {
            return errors.size() > errorsBefore;
        }

        boolean failed(Column c) {
            return failed.containsKey(c);
        }

        String header(Column c) {
            return headers.getOrDefault(c, c.header);
        }

        void error(Column c, Message m, Object value, Object detail) {
            failed.put(c, true);
            errors.add(RowError.of(row, header(c), m, value, detail));
        }

        /** The cell as safe, trimmed text, or null when empty or refused (with an error). */
        String raw(Column c) {
            Cell cell = cells.get(c);
            if (cell == null || cell.isBlank()) {
                return null;
            }
            switch (cell.kind()) {
                case FORMULA -> {
                    error(c, Message.FORMULA, shorten(cell.text()), null);
                    return null;
                }
                case ERROR -> {
                    error(c, Message.EXCEL_ERROR, cell.text(), null);
                    return null;
                }
                case BOOLEAN -> {
                    error(c, Message.BOOLEAN_CELL, cell.text(), null);
                    return null;
                }
                default -> {
                }
            }
            String text = strip(cell.text()).replace("\r\n", "\n");
            if (text.isEmpty()) {
                return null;
            }
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch < 0x20 && ch != '\n' || ch == 0x7F || ch >= 0x80 && ch < 0xA0 || ch == '\uFFFE' || ch == '\uFFFF') {
                    error(c, Message.CONTROL_CHARS, null, null);
                    return null;
                }
            }
            char first = text.charAt(0);
            if (cell.kind() == Cell.Kind.TEXT && (first == '=' || first == '@'
                    || (first == '+' || first == '-') && !looksNumeric(text))) {
                error(c, Message.FORMULA_TEXT, shorten(text), null);
                return null;
            }
            return text;
        }

        String text(Column c, int max) {
            String text = raw(c);
            if (text != null && text.codePointCount(0, text.length()) > max) {
                error(c, Message.TOO_LONG, null, max);
                return null;
            }
            return text;
        }

        boolean required(Column c, String value, boolean required) {
            if (value == null && required && !failed(c)) {
                error(c, Message.REQUIRED, null, null);
                return false;
            }
            return value != null;
        }

        <E> E word(Column c, Map<String, E> vocabulary, boolean required) {
            String text = raw(c);
            if (!required(c, text, required)) {
                return null;
            }
            E value = vocabulary.get(key(fold(text)));
            if (value == null) {
                error(c, Message.UNKNOWN_VALUE, shorten(text), accepted(vocabulary));
            }
            return value;
        }

        String region() {
            String text = text(Column.REGION, 200);
            if (!required(Column.REGION, text, true)) {
                return null;
            }
            Catalogue.Resolution found = catalogue.resolveRegion(fold(text), true);
            if (found.ambiguous()) {
                error(Column.REGION, Message.AMBIGUOUS, shorten(text), String.join(", ", found.candidates()));
                return null;
            }
            // Unknown codes go on to FigureChecks, which names them in its own words.
            return found.found() ? found.code() : shortCode(Column.REGION, fold(text), 16);
        }

        String indicator() {
            return indicatorLike(Column.INDICATOR, true);
        }

        String refIndicator() {
            return indicatorLike(Column.REF_INDICATOR, false);
        }

        private String indicatorLike(Column c, boolean required) {
            String text = text(c, 200);
            if (!required(c, text, required)) {
                return null;
            }
            Catalogue.Resolution found = catalogue.resolveIndicator(fold(text));
            if (found.ambiguous()) {
                error(c, Message.AMBIGUOUS, shorten(text), String.join(", ", found.candidates()));
                return null;
            }
            return found.found() ? found.code() : shortCode(c, fold(text), 64);
        }

        private String shortCode(Column c, String text, int max) {
            if (text.length() > max) {
                error(c, Message.TOO_LONG, null, max);
                return null;
            }
            return text;
        }

        Long source() {
            String text = text(Column.SOURCE, 500);
            if (text == null) {
                return null;
            }
            Catalogue.Resolution found = catalogue.resolveSource(fold(text));
            if (found.ambiguous()) {
                error(Column.SOURCE, Message.AMBIGUOUS, shorten(text), String.join(", ", found.candidates()));
                return null;
            }
            if (!found.found()) {
                error(Column.SOURCE, Message.UNKNOWN_SOURCE, shorten(text), null);
                return null;
            }
            return Long.parseLong(found.code());
        }

        Integer year(Column c, boolean required) {
            String text = raw(c);
            if (!required(c, text, required)) {
                return null;
            }
            String folded = fold(text);
            String digits = folded.endsWith("年") ? folded.substring(0, folded.length() - 1).strip() : folded;
            try {
                BigDecimal number = new BigDecimal(digits);
                int year = number.intValueExact();
                if (year >= 1949 && year <= 2100) {
                    return year;
                }
            } catch (NumberFormatException | ArithmeticException e) {
                // reported below
            }
            error(c, Message.NOT_A_YEAR, shorten(text), null);
            return null;
        }

        LocalDate date() {
            Column c = Column.DATE;
            Cell cell = cells.get(c);
            String text = raw(c);
            if (!required(c, text, true)) {
                return null;
            }
            if (cell.kind() == Cell.Kind.NUMBER) {
                error(c, Message.NOT_A_DATE, shorten(text), null); // a serial number without a date format
                return null;
            }
            LocalDate iso = isoDate(text);
            if (iso != null) {
                return iso;
            }
            Matcher m = DATE.matcher(fold(text));
            if (m.matches()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    if (d.getYear() >= 1949 && d.getYear() <= 2101) {
                        return d;
                    }
                } catch (DateTimeException e) {
                    // reported below
                }
            }
            error(c, Message.NOT_A_DATE, shorten(text), null);
            return null;
        }

        /** A number as people write it: 5.5, 5.5%, -1.2, 1,234.5, 1.2E+3, full-width digits. */
        BigDecimal number(Column c, int integerDigits, int decimals, boolean nonNegative) {
            String text = raw(c);
            if (text == null) {
                return null;
            }
            BigDecimal number = parseNumber(text);
            if (number == null) {
                error(c, Message.NOT_A_NUMBER, shorten(text), null);
                return null;
            }
            BigDecimal plain = ImportRow.num(number);
            if (plain.scale() > decimals) {
                error(c, Message.TOO_MANY_DECIMALS, shorten(text), decimals);
                return null;
            }
            if (plain.precision() - plain.scale() > integerDigits) {
                error(c, Message.NUMBER_TOO_LARGE, shorten(text), integerDigits);
                return null;
            }
            if (nonNegative && plain.signum() < 0) {
                error(c, Message.NEGATIVE, shorten(text), null);
                return null;
            }
            return plain;
        }

        void notFor(Kind kind, Column... columns) {
            for (Column c : columns) {
                // Read the cell first: a formula or unsafe text is reported as such wherever it sits.
                if (raw(c) != null) {
                    error(c, kind == Kind.TARGET ? Message.OUTCOME_ONLY : Message.TARGET_ONLY, null, null);
                }
            }
        }
    }

    /** The common case without a regular expression: 2024-03-05 exactly. */
    private static LocalDate isoDate(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return null;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return null;
            }
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10), Integer.parseInt(t, 8, 10, 10));
            return d.getYear() >= 1949 && d.getYear() <= 2101 ? d : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    static BigDecimal parseNumber(String text) {
        String t = fold(text).strip();
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.indexOf(',') >= 0 && GROUPED.matcher(t).matches()) {
            t = t.replace(",", "");
        }
        if (t.isEmpty() || t.length() > 60) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (!(ch >= '0' && ch <= '9' || ch == '.' || ch == '-' || ch == '+' || ch == 'e' || ch == 'E')) {
                return null;
            }
        }
        try {
            BigDecimal d = new BigDecimal(t);
            return Math.abs((long) d.scale()) > 100 ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean looksNumeric(String text) {
        return parseNumber(text) != null;
    }

    /** Trims spaces of any width, the ideographic space included; free text keeps its full-width punctuation. */
    static String strip(String s) {
        return s.strip();
    }

    /** For codes, numbers, years and dates: full-width letters, digits and signs folded to ASCII (５．５％ → 5.5%). */
    static String fold(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E' || c == '\u3000') {
                return Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
            }
        }
        return s;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static String shorten(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    private static String accepted(Map<String, ?> vocabulary) {
        return String.join(" / ", vocabulary.keySet());
    }

    private static <E> Map<String, E> vocabulary(Map<String, E> words) {
        Map<String, E> all = new LinkedHashMap<>();
        words.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> all.put(key(e.getKey()), e.getValue()));
        return all;
    }

    private static <E extends Enum<E>> Map<String, E> vocabulary(Map<String, E> words, Class<E> type) {
        Map<String, E> all = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            words.entrySet().stream().filter(e -> e.getValue() == constant).map(Map.Entry::getKey).sorted()
                    .forEach(w -> all.put(key(w), constant));
            all.put(Codes.wire(constant), constant);
        }
        return all;
    }

    private static Map<Enum<?>, String> labels() {
        Map<Enum<?>, String> labels = new java.util.HashMap<>();
        labels.put(Comparator.EQ, "等于");
        labels.put(Comparator.AROUND, "左右");
        labels.put(Comparator.GTE, "以上");
        labels.put(Comparator.LTE, "以内");
        labels.put(Comparator.RANGE, "区间");
        labels.put(Comparator.RELATIVE, "相对");
        labels.put(Comparator.QUALITATIVE, "定性");
        labels.put(Relation.ABOVE, "高于");
        labels.put(Relation.IN_STEP, "同步");
        labels.put(Basis.NOMINAL, "名义");
        labels.put(Basis.REAL, "实际");
        labels.put(Basis.YEAR_END, "年末");
        labels.put(Basis.ANNUAL_AVERAGE, "全年平均");
        labels.put(Basis.COMPARABLE_SCOPE, "同口径");
        labels.put(Basis.REPORTED_SCOPE, "自然口径");
        labels.put(Vintage.ESTIMATE, "预计");
        labels.put(Vintage.PRELIMINARY, "初步核算");
        labels.put(Vintage.FINAL, "最终核实");
        labels.put(Vintage.REVISED, "修订");
        labels.put(Kind.TARGET, "目标");
        labels.put(Kind.OUTCOME, "结果");
        return Map.copyOf(labels);
    }
}
