package org.indicatortracker.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.indicatortracker.ingest.file.Column;

/**
 * The downloadable import template, as CSV and as .xlsx: Chinese headers and two example rows that match the demo
 * data (so importing the untouched template into it reports two unchanged figures and no error). The .xlsx adds a
 * "说明" sheet describing every column; its cells are text-formatted so Excel keeps codes and dates as typed.
 */
final class ImportTemplate {

    /** Example rows in {@link Column} order: the national 2024 GDP target and Yichun's 2022 GDP estimate. */
    static final List<String[]> EXAMPLES = List.of(
            row("目标", "CN", "gdp_growth", "2024", null, "左右", "5", null, null, null, null, null, null, null, null,
                    "增长5%左右", "2024-03-05", "2024年国务院政府工作报告", null, null),
            row("结果", "230700", "gdp_growth", "2022", "预计", "左右", "4", null, null, null, null, null, null, null, null,
                    null, "2023-01-03", "伊春市2023年政府工作报告", "预计地区生产总值增长4%左右", null));

    private ImportTemplate() {
    }

    private static String[] row(String... cells) {
        if (cells.length != Column.values().length) {
            throw new IllegalStateException("A template row needs one cell per column");
        }
        return cells;
    }

    static String csv() {
        return FigureCsv.write(EXAMPLES);
    }

    static byte[] xlsx() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle header = wb.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);

            Sheet data = wb.createSheet("导入");
            Row head = data.createRow(0);
            Column[] columns = Column.values();
            for (int i = 0; i < columns.length; i++) {
                var cell = head.createCell(i);
                cell.setCellValue(columns[i].header);
                cell.setCellStyle(header);
                data.setDefaultColumnStyle(i, text);
                data.setColumnWidth(i, (columns[i] == Column.QUOTE || columns[i] == Column.SOURCE ? 28 : 12) * 256);
            }
            for (int r = 0; r < EXAMPLES.size(); r++) {
                Row row = data.createRow(r + 1);
                String[] cells = EXAMPLES.get(r);
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i] == null) {
                        continue;
                    }
                    var cell = row.createCell(i);
                    if (columns[i] == Column.VALUE) {
                        cell.setCellValue(new BigDecimal(cells[i]).doubleValue()); // a number, as people enter it
                    } else {
                        cell.setCellValue(cells[i]);
                        cell.setCellStyle(text);
                    }
                }
            }
            data.createFreezePane(0, 1);

            Sheet help = wb.createSheet("说明");
            String[] titles = {"列名", "English", "必填", "适用于", "填写说明"};
            Row helpHead = help.createRow(0);
            for (int i = 0; i < titles.length; i++) {
                var cell = helpHead.createCell(i);
                cell.setCellValue(titles[i]);
                cell.setCellStyle(header);
            }
            for (int i = 0; i < columns.length; i++) {
                Column c = columns[i];
                Row row = help.createRow(i + 1);
                row.createCell(0).setCellValue(c.header);
                row.createCell(1).setCellValue(c.key);
                row.createCell(2).setCellValue(c.required ? "是" : "");
                row.createCell(3).setCellValue(switch (c.applies) {
                    case BOTH -> "目标、结果";
                    case TARGET -> "目标";
                    case OUTCOME -> "结果";
                });
                row.createCell(4).setCellValue(c.help);
            }
            int notes = columns.length + 2;
            help.createRow(notes).createCell(0).setCellValue("只读取第一个工作表；第 1 行是列名。同一地区、指标、年份和日期（结果还有发布阶段）的数据只能出现一次；"
                    + "再次导入同一文件不会改变任何数据。不接受公式单元格，请“粘贴为数值”。");
            help.createRow(notes + 1).createCell(0).setCellValue("Only the first sheet is read; row 1 names the columns. "
                    + "Each figure (region, indicator, year, date and, for outcomes, vintage) may appear once; importing the "
                    + "same file again changes nothing. Formula cells are refused: paste values.");
            help.setColumnWidth(4, 60 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
