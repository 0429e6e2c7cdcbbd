package org.indicatortracker.ingest.file;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of an import file, in template order. Headers are Chinese (as in the template); the English key is
 * accepted too, so {@code 数值} and {@code value} name the same column. Only the required ones must be present.
 */
public enum Column {
    KIND("类型", "kind", true, Applies.BOTH, "目标 / 结果（target / outcome）"),
    REGION("地区代码", "region", true, Applies.BOTH, "地区代码（如 CN、230700）或唯一的地区名称"),
    INDICATOR("指标", "indicator", true, Applies.BOTH, "指标键（如 gdp_growth）、中文名称或别名"),
    YEAR("年份", "year", true, Applies.BOTH, "目标或结果所属年份，1949–2100"),
    VINTAGE("发布阶段", "vintage", false, Applies.OUTCOME, "结果必填：预计 / 初步核算 / 最终核实 / 修订"),
    COMPARATOR("比较方式", "comparator", true, Applies.BOTH, "等于 / 左右 / 以上 / 以内 / 区间 / 相对 / 定性；结果留空即“等于”"),
    VALUE("数值", "value", true, Applies.BOTH, "数字，可带 %；相对、定性时留空"),
    VALUE_HIGH("上限", "value_high", false, Applies.BOTH, "区间的上限"),
    REF_INDICATOR("参照指标", "ref_indicator", false, Applies.BOTH, "相对目标的参照指标键，如 gdp_growth"),
    RELATION("关系", "relation", false, Applies.BOTH, "相对目标：高于 / 同步"),
    BASIS("口径", "basis", false, Applies.BOTH, "名义 / 实际 / 年末 / 全年平均 / 同口径 / 自然口径"),
    TOLERANCE("容差", "tolerance", false, Applies.TARGET, "“左右”目标的容差，覆盖指标默认值"),
    STRETCH_VALUE("力争值", "stretch_value", false, Applies.TARGET, "“力争”的更高数值"),
    BASE_YEAR("基期年份", "base_year", false, Applies.TARGET, "多年目标的基期年份（与基期数值同时填写）"),
    BASE_VALUE("基期数值", "base_value", false, Applies.TARGET, "多年目标的基期数值"),
    WORDING("表述", "wording", false, Applies.TARGET, "目标原话，如“增长5%左右”"),
    DATE("日期", "date", true, Applies.BOTH, "目标：通过日期；结果：发布日期（如 2024-03-05）"),
    SOURCE("来源", "source", false, Applies.BOTH, "来源文件编号，或已登记来源文件的完整标题"),
    QUOTE("原文", "quote", false, Applies.BOTH, "摘自来源文件的原句"),
    NOTE("备注", "note", false, Applies.OUTCOME, "结果的备注");

    /** Which kind of row may fill the column. */
    public enum Applies { BOTH, TARGET, OUTCOME }

    public final String header;
    public final String key;
    public final boolean required;
    public final Applies applies;
    /** What the column holds, for the template's notes. */
    public final String help;

    private static final Map<String, Column> BY_NAME = new HashMap<>();

    static {
        for (Column c : values()) {
            BY_NAME.put(normalize(c.header), c);
            BY_NAME.put(normalize(c.key), c);
        }
        BY_NAME.put(normalize("adopted_on"), DATE);
        BY_NAME.put(normalize("published_on"), DATE);
        BY_NAME.put(normalize("source_id"), SOURCE);
        BY_NAME.put(normalize("来源编号"), SOURCE);
    }

    Column(String header, String key, boolean required, Applies applies, String help) {
        this.header = header;
        this.key = key;
        this.required = required;
        this.applies = applies;
        this.help = help;
    }

    /** The column a header names (Chinese or English, any case, full-width letters allowed), or null. */
    public static Column byHeader(String header) {
        return header == null ? null : BY_NAME.get(normalize(header));
    }

    public static List<Column> required() {
        return java.util.Arrays.stream(values()).filter(c -> c.required).toList();
    }

    private static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        if (!n.isEmpty() && n.charAt(0) == '\uFEFF') {
            n = n.substring(1).strip();
        }
        return n.replace(' ', '_');
    }
}
