package org.indicatortracker.extraction.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Converts a figure from the unit written in a report to the unit of a catalogue indicator: 1.3万亿斤 → 13000 亿斤,
 * 12000人 → 1.2 万人, 1285万吨 → 257 亿斤. A unit is a magnitude prefix (万, 亿, 万亿 …) and a base (斤, 元, 人 …);
 * two units convert when their bases measure the same thing. Rates never convert into anything else: % and
 * 个百分点 are different quantities, so a conversion between them is refused.
 */
public final class Units {

    private Units() {
    }

    private static final String[][] PREFIXES = {{"万亿", "1e12"}, {"千亿", "1e11"}, {"百亿", "1e10"}, {"十亿", "1e9"},
        {"千万", "1e7"}, {"百万", "1e6"}, {"十万", "1e5"}, {"亿", "1e8"}, {"万", "1e4"}, {"千", "1e3"}, {"百", "1e2"}};

    /** Base units that measure the same thing, with their size in a common base (mass in 千克, area in 平方米 …). */
    private static final Map<String, Base> BASES = Map.ofEntries(
            base("", "count", "1"),
            base("人", "people", "1"), base("名", "people", "1"), base("人次", "visits", "1"),
            base("斤", "mass", "0.5"), base("公斤", "mass", "1"), base("千克", "mass", "1"), base("克", "mass", "0.001"),
            base("吨", "mass", "1000"),
            base("平方米", "area", "1"), base("平方公里", "area", "1000000"), base("公顷", "area", "10000"),
            base("亩", "area", "666.666666666666667"),
            base("米", "length", "1"), base("公里", "length", "1000"), base("千米", "length", "1000"),
            base("个百分点", "points", "1"), base("百分点", "points", "1"));

    private record Base(String dimension, BigDecimal size) {
    }

    private static Map.Entry<String, Base> base(String unit, String dimension, String size) {
        return Map.entry(unit, new Base(dimension, new BigDecimal(size)));
    }

    /**
     * The factor that turns a value in {@code from} into a value in {@code to}, or null when the two units do not
     * measure the same thing. Equal units (after trimming) give 1, whatever they are.
     */
    public static BigDecimal factor(String from, String to) {
        if (from == null || to == null) {
            return null;
        }
        String a = from.trim();
        String b = to.trim();
        if (a.equals(b)) {
            return BigDecimal.ONE;
        }
        Parsed pa = parse(a);
        Parsed pb = parse(b);
        if (pa == null || pb == null) {
            return null;
        }
        if (pa.base.equals(pb.base)) {
            return pa.magnitude.divide(pb.magnitude, MathContext.DECIMAL64);
        }
        Base ba = BASES.get(pa.base);
        Base bb = BASES.get(pb.base);
        if (ba == null || bb == null || !ba.dimension().equals(bb.dimension())) {
            return null;
        }
        BigDecimal ratio = ba.size().multiply(pa.magnitude).divide(bb.size().multiply(pb.magnitude), MathContext.DECIMAL64);
        return ratio;
    }

    /** {@code value} converted, rounded to six decimals (the precision figures are stored with); null when impossible. */
    public static BigDecimal convert(BigDecimal value, String from, String to) {
        BigDecimal f = factor(from, to);
        if (value == null || f == null) {
            return null;
        }
        BigDecimal v = value.multiply(f, MathContext.DECIMAL64).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private record Parsed(BigDecimal magnitude, String base) {
    }

    private static Parsed parse(String unit) {
        if (unit.equals("%") || unit.equals("‰")) {
            return null; // rates convert only to themselves (handled by the equality above)
        }
        if (BASES.containsKey(unit) && !unit.isEmpty()) {
            return new Parsed(BigDecimal.ONE, unit);
        }
        for (String[] p : PREFIXES) {
            if (unit.startsWith(p[0])) {
                String rest = unit.substring(p[0].length());
                Parsed inner = rest.isEmpty() ? new Parsed(BigDecimal.ONE, "") : parse(rest);
                // 万千瓦 = 10^4 × 千瓦 = 10^7 瓦: prefixes multiply
                return inner == null ? null : new Parsed(new BigDecimal(p[1]).multiply(inner.magnitude), inner.base);
            }
        }
        return new Parsed(BigDecimal.ONE, unit);
    }
}
