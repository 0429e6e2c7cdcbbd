package org.indicatortracker.ingest.file;

import java.util.Locale;

/**
 * The import's error messages in Chinese and English. {@code %1$s}, {@code %2$s} take the offending value and
 * a detail (a limit, the accepted values, another row). The name in lower case is the stable {@code code}.
 */
public enum Message {
    EMPTY_FILE("文件是空的。", "The file is empty."),
    UNSUPPORTED_FORMAT("不支持这种文件：请上传 CSV 或 Excel .xlsx 文件（旧版 .xls 请先另存为 .xlsx）。",
            "This kind of file is not supported: upload CSV or Excel .xlsx (save an old .xls as .xlsx first)."),
    UNDECODABLE("这一行有无法识别的字节：文件既不是 UTF-8 也不是 GBK/GB18030 编码。请用“CSV UTF-8”另存后重试。",
            "This line has bytes that are neither UTF-8 nor GBK/GB18030. Save the file as \"CSV UTF-8\" and try again."),
    MALFORMED_CSV("CSV 格式有误（多半是引号没有配对）：%1$s", "The CSV is malformed (most likely an unmatched quote): %1$s"),
    UNREADABLE_XLSX("无法读取这个 Excel 文件（损坏、加密或不是 .xlsx）。", "The Excel file cannot be read (damaged, encrypted or not .xlsx)."),
    NO_SHEET("Excel 文件里没有工作表。", "The Excel file has no worksheet."),
    NO_HEADER("缺少表头：第一行应为列名，见模板。", "The header row is missing: the first row names the columns (see the template)."),
    MISSING_COLUMN("缺少必需的列“%1$s”。", "The required column '%1$s' is missing."),
    UNKNOWN_COLUMN("不认识的列名“%1$s”；可用的列见模板（GET /api/v1/imports/template.xlsx）。",
            "Unknown column '%1$s'; the template lists the columns (GET /api/v1/imports/template.xlsx)."),
    DUPLICATE_COLUMN("列“%1$s”出现了不止一次。", "The column '%1$s' appears more than once."),
    CELL_WITHOUT_COLUMN("这个单元格在表头之外，没有列名。", "This cell lies beyond the header: it has no column name."),
    TOO_MANY_ROWS("文件超过 %2$s 行的上限，请拆分后分批导入。", "The file has more than %2$s rows; split it and import the parts."),
    REQUIRED("必须填写。", "is required."),
    NOT_A_NUMBER("“%1$s”不是数字。", "'%1$s' is not a number."),
    TOO_MANY_DECIMALS("“%1$s”的小数位太多：最多 %2$s 位。", "'%1$s' has too many decimals: at most %2$s."),
    NUMBER_TOO_LARGE("“%1$s”太大：整数部分最多 %2$s 位。", "'%1$s' is too large: at most %2$s digits before the point."),
    NEGATIVE("“%1$s”不能为负数。", "'%1$s' must not be negative."),
    NOT_A_YEAR("“%1$s”不是 1949–2100 之间的年份。", "'%1$s' is not a year between 1949 and 2100."),
    NOT_A_DATE("“%1$s”不是日期，请写成 2024-03-05。", "'%1$s' is not a date; write it like 2024-03-05."),
    UNKNOWN_VALUE("“%1$s”不是可用的取值；可填：%2$s。", "'%1$s' is not one of the accepted values: %2$s."),
    UNKNOWN_SOURCE("没有编号或标题为“%1$s”的来源文件，请先登记来源（GET /api/v1/sources）。",
            "No source document has the id or title '%1$s'; register it first (GET /api/v1/sources)."),
    AMBIGUOUS("“%1$s”可以指多项：%2$s；请填写代码或键。", "'%1$s' could mean several: %2$s; use the code or key."),
    TARGET_ONLY("只用于目标，结果行请留空。", "is only used for targets; leave it empty on an outcome row."),
    OUTCOME_ONLY("只用于结果，目标行请留空。", "is only used for outcomes; leave it empty on a target row."),
    FORMULA("不接受公式单元格（%1$s），请复制后“粘贴为数值”。", "Formula cells are not accepted (%1$s); copy and paste as values."),
    EXCEL_ERROR("单元格是 Excel 错误值 %1$s。", "The cell holds the Excel error %1$s."),
    BOOLEAN_CELL("这里不能填 TRUE/FALSE。", "TRUE/FALSE is not accepted here."),
    FORMULA_TEXT("不能以 = + - @ 开头：电子表格会把它当作公式执行。", "must not start with = + - @: spreadsheets would run it as a formula."),
    CONTROL_CHARS("含有不可见的控制字符。", "contains invisible control characters."),
    TOO_LONG("太长：最多 %2$s 个字符。", "is too long: at most %2$s characters."),
    DUPLICATE_ROW("与第 %2$s 行是同一条数据（类型、地区、指标、年份、日期及结果的发布阶段都相同），每条只能出现一次。",
            "is the same figure as row %2$s (same kind, region, indicator, year, date and, for outcomes, vintage); "
                    + "each may appear only once."),
    WITHDRAWN_MATCH("与已撤回的数据相同，未重新发布。", "matches a withdrawn figure; it was not republished.");

    private final String zh;
    private final String en;

    Message(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String format(Locale locale, Object value, Object detail) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return String.format(Locale.ROOT, english ? en : zh, value == null ? "" : value, detail == null ? "" : detail);
    }
}
