package org.indicatortracker.ingest.file;

import static org.indicatortracker.ingest.file.Sheets.csv;
import static org.indicatortracker.ingest.file.Sheets.grid;
import static org.indicatortracker.ingest.file.Sheets.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.ingest.file.Sheets.G;
import org.indicatortracker.ingest.file.Sheets.Grid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How files are read: encodings, delimiters, .xlsx flavours, and what a row means. */
class FileParserTest {

    /** A target and an outcome with Chinese text everywhere an encoding can go wrong. */
    static Grid sample() {
        return grid(List.of(
                new String[] {"目标", "伊春市", "地区生产总值增长", "2024", null, "左右", "5.5%", null, null, null, "实际", "0.3", "6",
                        null, null, "增长5.5%左右，力争6%", "2024年1月3日", "伊春市2023年政府工作报告", "“稳中求进”，地区生产总值增长5.5%左右", null},
                new String[] {"结果", "CN", "cpi", "2023", "初步核算", null, "0.2", null, null, null, null, null, null, null, null,
                        null, "2024/1/17", "1", null, "同比上涨0.2%"}));
    }

    static void assertSample(FileParser.Result result) {
        assertTrue(result.ok(), () -> "errors: " + result.errors());
        assertEquals(2, result.rows());
        ImportRow target = result.figures().get(0);
        assertEquals(ImportRow.Kind.TARGET, target.kind());
        assertEquals("230700", target.region());
        assertEquals("gdp_growth", target.indicator());
        assertEquals(Comparator.AROUND, target.comparator());
        assertEquals(new BigDecimal("5.5"), target.value());
        assertEquals(new BigDecimal("0.3"), target.tolerance());
        assertEquals(new BigDecimal("6"), target.stretchValue());
        assertEquals(LocalDate.of(2024, 1, 3), target.date());
        assertEquals(2L, target.sourceId());
        assertEquals("增长5.5%左右，力争6%", target.wording());
        assertEquals("“稳中求进”，地区生产总值增长5.5%左右", target.quote());
        ImportRow outcome = result.figures().get(1);
        assertEquals(ImportRow.Kind.OUTCOME, outcome.kind());
        assertEquals("cpi_growth", outcome.indicator());
        assertEquals(Vintage.PRELIMINARY, outcome.vintage());
        assertEquals(Comparator.EQ, outcome.comparator(), "an outcome without comparator is a plain figure");
        assertEquals(LocalDate.of(2024, 1, 17), outcome.date());
        assertEquals("同比上涨0.2%", outcome.note());
    }

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() {
        FileParser.Result withBom = parse(csv(sample(), StandardCharsets.UTF_8, true), ".csv");
        assertSample(withBom);
        assertEquals("UTF-8 (BOM)", withBom.encoding());
        FileParser.Result without = parse(csv(sample(), StandardCharsets.UTF_8, false), ".csv");
        assertSample(without);
        assertEquals("UTF-8", without.encoding());
    }

    @Test
    void readsGbkAsChineseExcelSavesIt() {
        FileParser.Result gbk = parse(csv(sample(), Charset.forName("GBK"), false), ".csv");
        assertSample(gbk);
        assertEquals("GB18030", gbk.encoding());
        assertSample(parse(csv(sample(), TextEncoding.GB18030, true), ".csv"));
    }

    @Test
    void readsUtf16WithByteOrderMarkAndTabsAsExcelsUnicodeText() {
        byte[] tsv = Sheets.csvText(sample(), '\t').getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[tsv.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(tsv, 0, withBom, 2, tsv.length);
        assertSample(parse(withBom, ".txt"));
    }

    @Test
    void readsSemicolonSeparatedFiles() {
        assertSample(parse(Sheets.csvText(sample(), ';').getBytes(StandardCharsets.UTF_8), ".csv"));
    }

    @Test
    void readsExcelWorkbooksWithNumberPercentAndDateCells() {
        Grid g = sample();
        g.rows().get(0).set(g.column(Column.VALUE), new G("5.5", G.Type.PERCENT));
        g.rows().get(0).set(g.column(Column.YEAR), new G("2024", G.Type.NUMBER));
        g.rows().get(0).set(g.column(Column.DATE), new G("2024-01-03", G.Type.DATE));
        g.rows().get(1).set(g.column(Column.VALUE), new G("0.2", G.Type.NUMBER));
        g.rows().get(1).set(g.column(Column.REGION), G.t("CN"));
        FileParser.Result result = parse(Sheets.xlsx(g), ".xlsx");
        assertSample(result);
        assertEquals("xlsx", result.format());
        assertNull(result.encoding());
    }

    @Test
    void readsWpsStyleWorkbooksWithInlineStringsAndNoCellReferences() {
        Grid g = sample();
        g.rows().get(1).set(g.column(Column.VALUE), new G("0.2", G.Type.NUMBER));
        FileParser.Result result = parse(Sheets.wpsStyleXlsx(g), ".xlsx");
        assertSample(result);
    }

    @Test
    void blankRowsAreSkippedButRowNumbersStayThoseASpreadsheetShows() {
        String text = Sheets.csvText(sample(), ',');
        String[] lines = text.split("\r\n");
        String withGap = lines[0] + "\r\n" + lines[1] + "\r\n\r\n,,,,\r\n" + lines[2].replace("0.2", "zero") + "\r\n";
        FileParser.Result result = parse(withGap.getBytes(StandardCharsets.UTF_8), ".csv");
        assertEquals(1, result.errorCount());
        RowError e = result.errors().get(0);
        assertEquals(5, e.row());
        assertEquals("数值", e.column());
        assertEquals("not_a_number", e.code());
        assertEquals("“zero”不是数字。", e.text(Locale.SIMPLIFIED_CHINESE));
        assertEquals("'zero' is not a number.", e.text(Locale.ENGLISH));
    }

    @Test
    void englishHeadersWorkAndOptionalColumnsMayBeLeftOut() {
        String csv = "kind,region,indicator,year,vintage,comparator,value,date\n"
                + "target,CN,gdp_growth,2025,,around,5,2025-03-05\n"
                + "outcome,CN,gdp_growth,2024,final,eq,5.0,2025-12-30\n";
        FileParser.Result result = parse(csv.getBytes(StandardCharsets.UTF_8), ".csv");
        assertTrue(result.ok(), () -> result.errors().toString());
        assertEquals(2, result.figures().size());
    }

    @Test
    void multiLineCellsAreKeptAndCountAsOneRow() {
        Grid g = sample();
        g.rows().get(0).set(g.column(Column.QUOTE), G.t("第一行\r\n第二行"));
        g.rows().get(1).set(g.column(Column.VALUE), G.t("x"));
        FileParser.Result result = parse(csv(g, StandardCharsets.UTF_8, false), ".csv");
        assertEquals(3, result.errors().get(0).row());
        g.rows().get(1).set(g.column(Column.VALUE), G.t("0.2"));
        FileParser.Result ok = parse(csv(g, StandardCharsets.UTF_8, false), ".csv");
        assertEquals("第一行\n第二行", ok.figures().get(0).quote());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,234.5", "1234.5", "+1234.5", "1.2345E+3", "１２３４．５"})
    void numbersAreReadAsPeopleWriteThem(String written) {
        Grid g = sample();
        g.rows().get(1).set(g.column(Column.VALUE), G.t(written));
        FileParser.Result result = parse(csv(g, StandardCharsets.UTF_8, false), ".csv");
        assertTrue(result.ok(), () -> result.errors().toString());
        assertEquals(0, new BigDecimal("1234.5").compareTo(result.figures().get(1).value()));
    }

    @Test
    void anAmbiguousAliasIsAnErrorNamingTheCandidates() {
        Catalogue catalogue = new Catalogue(List.of(new Catalogue.Region("CN", "全国")),
                List.of(new Catalogue.Indicator("a_growth", "甲", null, List.of("增长")),
                        new Catalogue.Indicator("b_growth", "乙", null, List.of("增长"))), List.of());
        List<RowError> errors = new java.util.ArrayList<>();
        java.util.Map<Column, Cell> cells = new java.util.EnumMap<>(Column.class);
        cells.put(Column.KIND, Cell.text("目标"));
        cells.put(Column.REGION, Cell.text("CN"));
        cells.put(Column.INDICATOR, Cell.text("增长"));
        cells.put(Column.YEAR, Cell.text("2024"));
        cells.put(Column.COMPARATOR, Cell.text("以上"));
        cells.put(Column.VALUE, Cell.text("1"));
        cells.put(Column.DATE, Cell.text("2024-03-05"));
        assertNull(new RowValidator(catalogue, org.indicatortracker.domain.PublicationStatus.PUBLISHED)
                .validate(2, cells, java.util.Map.of(), errors));
        assertEquals("ambiguous", errors.get(0).code());
        assertTrue(errors.get(0).text(Locale.ENGLISH).contains("a_growth, b_growth"));
    }

    @Test
    void figureRulesComeFromFigureChecksWithTheColumnNamed() {
        Grid g = sample();
        g.rows().get(0).set(g.column(Column.COMPARATOR), G.t("区间"));
        FileParser.Result result = parse(csv(g, StandardCharsets.UTF_8, false), ".csv");
        RowError e = result.errors().get(0);
        assertEquals(2, e.row());
        assertEquals("上限", e.column());
        assertEquals("range_high_required", e.code());
        assertEquals("区间目标必须填写上限", e.text(Locale.SIMPLIFIED_CHINESE));
    }
}
