package org.indicatortracker.evaluation.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.indicatortracker.domain.Basis;
import org.indicatortracker.domain.Verdict;

/** Number formatting and wording shared by the reasons. Package-private. */
final class Texts {
    private Texts() {
    }

    /** A pair of readable strings. */
    record Text(String zh, String en) {
    }

    /** Plain figure without trailing zeros: 3.0 → "3", 5.50 → "5.5", 1E+3 → "1000". */
    static String num(BigDecimal x) {
        if (x == null) {
            return "?";
        }
        BigDecimal s = x.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString();
    }

    /** A value with its unit: "5.5%" for rates, "13000" otherwise. */
    static String val(BigDecimal x, boolean rate) {
        return num(x) + (rate ? "%" : "");
    }

    static String span(BigDecimal lo, BigDecimal hi, boolean rate) {
        return val(lo, rate) + "–" + val(hi, rate);
    }

    /** An absolute difference: "2.5个百分点" / "2.5 points"; for levels with its share of {@code reference}. */
    static Text diff(BigDecimal difference, boolean rate, BigDecimal reference) {
        BigDecimal d = difference.abs();
        if (rate) {
            return new Text(num(d) + "个百分点", num(d) + (d.compareTo(BigDecimal.ONE) == 0 ? " point" : " points"));
        }
        if (reference != null && reference.signum() != 0) {
            BigDecimal pct = d.multiply(BigDecimal.valueOf(100))
                    .divide(reference.abs(), MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
            return new Text(num(d) + "（" + num(pct) + "%）", num(d) + " (" + num(pct) + "%)");
        }
        return new Text(num(d), num(d));
    }

    static Text verdict(Verdict v) {
        return switch (v) {
            case EXCEEDED -> new Text("超额完成", "exceeded");
            case MET -> new Text("完成", "met");
            case PARTLY_MET -> new Text("部分完成", "partly met");
            case MISSED -> new Text("未完成", "missed");
            case UNDETERMINED -> new Text("无法判定", "undetermined");
            case NOT_EVALUABLE -> new Text("暂无法评估", "not evaluable");
        };
    }

    static Text basis(Basis b) {
        return switch (b) {
            case NOMINAL -> new Text("名义", "nominal");
            case REAL -> new Text("实际（扣除价格因素）", "real");
            case YEAR_END -> new Text("年末", "year-end");
            case ANNUAL_AVERAGE -> new Text("全年平均", "annual average");
            case COMPARABLE_SCOPE -> new Text("同口径", "comparable scope");
            case REPORTED_SCOPE -> new Text("自然口径", "reported scope");
        };
    }

    static String indicatorZh(String referencedIndicator) {
        return referencedIndicator == null || referencedIndicator.isBlank() ? "参照指标" : referencedIndicator;
    }

    static String indicatorEn(String referencedIndicator) {
        return referencedIndicator == null || referencedIndicator.isBlank() ? "the referenced indicator"
                : referencedIndicator;
    }
}
