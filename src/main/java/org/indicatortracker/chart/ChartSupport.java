package org.indicatortracker.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.indicatortracker.chart.ChartPayloads.Column;
import org.indicatortracker.chart.ChartPayloads.PointMeta;
import org.indicatortracker.chart.ChartText.Lang;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.Verdict;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.figure.Actual;
import org.indicatortracker.figure.SourceRef;
import org.indicatortracker.indicator.Indicator;
import org.indicatortracker.region.Region;

/** Small helpers the chart builders share: names in the chosen language, point metadata, table columns. */
final class ChartSupport {

    private ChartSupport() {
    }

    static String name(Lang lang, Indicator i) {
        return ChartText.pick(lang, i.nameZh, i.nameEn);
    }

    static String name(Lang lang, Region r) {
        return ChartText.pick(lang, r.nameZh, r.nameEn);
    }

    static List<Column> columns(Lang lang, String... keys) {
        List<Column> columns = new ArrayList<>(keys.length);
        for (String key : keys) {
            columns.add(new Column(key, ChartText.get(lang, key)));
        }
        return columns;
    }

    static Map<String, Object> row(Object... keyValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            row.put((String) keyValues[i], keyValues[i + 1]);
        }
        return row;
    }

    /** Point style by vintage: estimates and preliminary figures look different from final ones. */
    static String pointStyle(Vintage v) {
        if (v == null) {
            return "circle";
        }
        return switch (v) {
            case ESTIMATE -> "triangle";
            case PRELIMINARY -> "rectRot";
            default -> "circle";
        };
    }

    /** The value drawn for an outcome: its stated value (the low end of a range); nothing for relative figures. */
    static BigDecimal plotted(Actual a) {
        return a == null || a.comparator == Comparator.RELATIVE || a.comparator == Comparator.QUALITATIVE ? null : a.value;
    }

    /** How an outcome was stated, e.g. "≥25", "≈4", "6–6.5", "高于 gdp_growth". */
    static String stated(Lang lang, Actual a) {
        if (a == null) {
            return null;
        }
        String v = a.value == null ? "" : a.value.stripTrailingZeros().toPlainString();
        return switch (a.comparator) {
            case EQ -> v;
            case AROUND -> "≈" + v;
            case GTE -> "≥" + v;
            case LTE -> "≤" + v;
            case RANGE -> v + "–" + a.valueHigh.stripTrailingZeros().toPlainString();
            case RELATIVE -> (lang.zh() ? (a.relation == org.indicatortracker.domain.Relation.ABOVE ? "高于" : "同步于") : a.relation.name().toLowerCase() + " ") + a.refIndicatorKey;
            case QUALITATIVE -> lang.zh() ? "定性" : "qualitative";
        };
    }

    static PointMeta outcomeMeta(Lang lang, Actual a, Verdict verdict, BigDecimal margin, String wording, String reason) {
        if (a == null) {
            return PointMeta.NONE;
        }
        SourceRef s = SourceRef.of(a.source);
        return new PointMeta(verdict == null ? null : verdict.wire(), ChartText.verdict(lang, verdict), a.vintage.wire(),
                ChartText.vintage(lang, a.vintage), a.vintage == Vintage.ESTIMATE, wording, a.comparator.wire(), margin,
                a.publishedOn, s == null ? null : s.id(), s == null ? null : s.title(), a.quote, reason);
    }

    static org.indicatortracker.evaluation.rules.TargetInput input(org.indicatortracker.evaluation.EvaluationPayloads.TargetRef t) {
        return new org.indicatortracker.evaluation.rules.TargetInput(new org.indicatortracker.evaluation.rules.Statement(
                t.comparator(), t.value(), t.valueHigh(), t.refIndicator(), t.relation(), t.basis()),
                t.tolerance(), t.stretchValue(), t.baseYear(), t.baseValue());
    }

    static String yesNo(Lang lang, boolean value) {
        return ChartText.get(lang, value ? "yes" : "no");
    }
}
