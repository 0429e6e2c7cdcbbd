package org.indicatortracker.chart;

import java.util.Locale;
import java.util.Map;
import org.indicatortracker.domain.Verdict;
import org.indicatortracker.domain.Vintage;

/** Every user-visible text of the chart API, in Chinese (default) and English. */
final class ChartText {

    enum Lang {
        ZH, EN;

        boolean zh() {
            return this == ZH;
        }
    }

    private static final Map<String, String[]> TEXT = Map.ofEntries(
            Map.entry("outcome", new String[] {"实际（最新）", "Outcome (latest)"}),
            Map.entry("first_release", new String[] {"首次公布", "First release"}),
            Map.entry("target", new String[] {"目标", "Target"}),
            Map.entry("target_band", new String[] {"目标区间", "Target band"}),
            Map.entry("year", new String[] {"年份", "Year"}),
            Map.entry("region", new String[] {"地区", "Region"}),
            Map.entry("region_code", new String[] {"地区代码", "Region code"}),
            Map.entry("indicator", new String[] {"指标", "Indicator"}),
            Map.entry("indicator_key", new String[] {"指标代码", "Indicator key"}),
            Map.entry("unit", new String[] {"单位", "Unit"}),
            Map.entry("category", new String[] {"类别", "Category"}),
            Map.entry("rank", new String[] {"排名", "Rank"}),
            Map.entry("target_wording", new String[] {"目标表述", "Target wording"}),
            Map.entry("target_value", new String[] {"目标值", "Target value"}),
            Map.entry("target_low", new String[] {"目标下限", "Target low"}),
            Map.entry("target_high", new String[] {"目标上限", "Target high"}),
            Map.entry("outcome_value", new String[] {"实际值", "Outcome"}),
            Map.entry("outcome_stated", new String[] {"实际表述", "Outcome as stated"}),
            Map.entry("vintage", new String[] {"数据版本", "Vintage"}),
            Map.entry("published_on", new String[] {"发布日期", "Published"}),
            Map.entry("verdict", new String[] {"判定", "Verdict"}),
            Map.entry("margin", new String[] {"差距", "Margin"}),
            Map.entry("reason", new String[] {"说明", "Reason"}),
            Map.entry("first_value", new String[] {"首次公布值", "First release"}),
            Map.entry("first_verdict", new String[] {"首次公布判定", "Verdict on first release"}),
            Map.entry("changed", new String[] {"修订后判定改变", "Verdict changed on revision"}),
            Map.entry("source", new String[] {"来源", "Source"}),
            Map.entry("quote", new String[] {"原文", "Quote"}),
            Map.entry("target_source", new String[] {"目标来源", "Target source"}),
            Map.entry("target_quote", new String[] {"目标原文", "Target quote"}),
            Map.entry("change", new String[] {"较上一版本变化", "Change from previous release"}),
            Map.entry("met", new String[] {"完成数", "Met"}),
            Map.entry("evaluable", new String[] {"可评价数", "Evaluable"}),
            Map.entry("share", new String[] {"完成比例", "Share met"}),
            Map.entry("all", new String[] {"全部指标", "All indicators"}),
            Map.entry("yes", new String[] {"是", "yes"}),
            Map.entry("no", new String[] {"否", "no"}),
            Map.entry("series_subtitle", new String[] {"目标与实际完成情况，%s", "Targets and outcomes, %s"}),
            Map.entry("compare_years_title", new String[] {"%s：%s年对比", "%s: %s compared"}),
            Map.entry("compare_years_subtitle", new String[] {"各指标实际值、目标与判定", "Outcome, target and verdict per indicator"}),
            Map.entry("compare_regions_title", new String[] {"%s：%d年各地区对比", "%s: regions compared, %d"}),
            Map.entry("compare_regions_subtitle", new String[] {"按实际值排序（%s），含各地目标", "Ranked by outcome (%s), with each region's target"}),
            Map.entry("best_first_higher", new String[] {"越高越好", "higher is better"}),
            Map.entry("best_first_lower", new String[] {"越低越好", "lower is better"}),
            Map.entry("trend_title", new String[] {"%s：目标完成比例", "%s: share of targets met"}),
            Map.entry("trend_subtitle", new String[] {"完成（含超额完成）占可评价目标的比例，%s", "Met or exceeded, as a share of evaluable targets, %s"}),
            Map.entry("revisions_title", new String[] {"%s：%d年%s的修订", "%s: revisions of %s, %d"}),
            Map.entry("revisions_subtitle", new String[] {"同一年度数据在各版本中的变化", "How one year's outcome moved across releases"}),
            Map.entry("note_estimate", new String[] {"空心三角为预计数，菱形为初步核算数，实心圆为最终核实数。",
                    "Hollow triangles are estimates, diamonds preliminary figures, filled circles final figures."}),
            Map.entry("note_qualitative", new String[] {"%d年未设定数值目标（定性目标）。", "%d: no numeric target (qualitative)."}),
            Map.entry("note_relative", new String[] {"%d年目标为相对目标（%s），不在图中画出，见表格。",
                    "%d: the target is relative (%s); it is not drawn, see the table."}),
            Map.entry("note_bounded", new String[] {"%d年实际值为区间表述（%s），按区间判定。",
                    "%d: the outcome was stated as a bound (%s) and is judged as an interval."}),
            Map.entry("note_changed", new String[] {"%d年的判定在数据修订后改变。", "%d: the verdict changed when the figure was revised."}),
            Map.entry("note_mixed_units", new String[] {"各指标单位不同，请在同一指标内比较。", "Indicators have different units: compare within an indicator."}),
            Map.entry("note_no_data", new String[] {"暂无已公布的数据。", "No published figures yet."}),
            Map.entry("note_no_outcome", new String[] {"%d个地区尚未公布实际值，排在最后。", "%d regions have no published outcome yet and are listed last."}),
            Map.entry("note_share", new String[] {"部分完成计入分母；无法判定和暂无法评价的目标不计入。",
                    "Partly met counts in the denominator; undetermined and not evaluable targets do not."}));

    private static final Map<Verdict, String[]> VERDICTS = Map.of(
            Verdict.EXCEEDED, new String[] {"超额完成", "Exceeded"},
            Verdict.MET, new String[] {"完成", "Met"},
            Verdict.PARTLY_MET, new String[] {"部分完成", "Partly met"},
            Verdict.MISSED, new String[] {"未完成", "Missed"},
            Verdict.UNDETERMINED, new String[] {"无法判定", "Undetermined"},
            Verdict.NOT_EVALUABLE, new String[] {"暂无法评价", "Not evaluable"});

    private static final Map<Vintage, String[]> VINTAGES = Map.of(
            Vintage.ESTIMATE, new String[] {"预计", "Estimate"},
            Vintage.PRELIMINARY, new String[] {"初步核算", "Preliminary"},
            Vintage.FINAL, new String[] {"最终核实", "Final"},
            Vintage.REVISED, new String[] {"修订", "Revised"});

    /** Names of the indicator categories; an unknown category is shown as its code. */
    private static final Map<String, String[]> CATEGORIES = Map.ofEntries(
            Map.entry("economy", new String[] {"经济", "Economy"}),
            Map.entry("industry", new String[] {"工业", "Industry"}),
            Map.entry("investment", new String[] {"投资", "Investment"}),
            Map.entry("consumption", new String[] {"消费", "Consumption"}),
            Map.entry("opening", new String[] {"开放", "Opening up"}),
            Map.entry("fiscal", new String[] {"财政", "Public finance"}),
            Map.entry("finance", new String[] {"金融", "Finance"}),
            Map.entry("livelihood", new String[] {"民生", "Livelihood"}),
            Map.entry("prices", new String[] {"物价", "Prices"}),
            Map.entry("employment", new String[] {"就业", "Employment"}),
            Map.entry("agriculture", new String[] {"农业", "Agriculture"}),
            Map.entry("rural", new String[] {"乡村", "Rural areas"}),
            Map.entry("ecology", new String[] {"生态", "Ecology"}),
            Map.entry("tourism", new String[] {"旅游", "Tourism"}),
            Map.entry("innovation", new String[] {"创新", "Innovation"}),
            Map.entry("urban", new String[] {"城市", "Urban development"}),
            Map.entry("education", new String[] {"教育", "Education"}),
            Map.entry("health", new String[] {"卫生健康", "Health"}),
            Map.entry("governance", new String[] {"政务", "Governance"}));

    private ChartText() {
    }

    static String category(Lang lang, String code) {
        String[] pair = CATEGORIES.get(code);
        return pair == null ? code : pair[lang.zh() ? 0 : 1];
    }

    static String get(Lang lang, String key, Object... args) {
        String[] pair = TEXT.get(key);
        if (pair == null) {
            throw new IllegalArgumentException("No chart text '" + key + "'");
        }
        String text = pair[lang.zh() ? 0 : 1];
        return args.length == 0 ? text : String.format(Locale.ROOT, text, args);
    }

    static String verdict(Lang lang, Verdict v) {
        return v == null ? null : VERDICTS.get(v)[lang.zh() ? 0 : 1];
    }

    static String vintage(Lang lang, Vintage v) {
        return v == null ? null : VINTAGES.get(v)[lang.zh() ? 0 : 1];
    }

    static String pick(Lang lang, String zh, String en) {
        return lang.zh() || en == null ? zh : en;
    }
}
