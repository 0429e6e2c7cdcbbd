package org.indicatortracker.extraction.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Matches an indicator phrase against the lexicon. Both the lexicon names/aliases and the phrase are reduced to a
 * canonical core (synonyms such as 地区生产总值/国内生产总值/GDP folded together) plus a flag saying whether the
 * phrase is a change (增长, 下降, 降低, 涨幅, 变化 ...). "规模以上工业增加值下降" and "单位国内生产总值能耗降低" thus
 * meet "规模以上工业增加值增长" and "单位地区生产总值能耗变化". A term matches when its core equals the phrase core,
 * or (for cores of four or more characters) is a suffix of it; the longest term wins.
 */
final class IndicatorMatcher {

    /** Change words, longest first, that may end a phrase or a lexicon term. */
    static final String[] CHANGE_WORDS = {"增长率", "下降率", "增长", "下降", "降低", "提高", "提升", "上涨", "上升",
        "涨幅", "增速", "增幅", "降幅", "变化", "减少", "增加", "回落", "下滑"};

    private static final String[][] SYNONYMS = {
        {"地区生产总值", "生产总值"}, {"国内生产总值", "生产总值"}, {"GDP", "生产总值"}, {"经济总量", "生产总值"},
        {"能源消耗", "能耗"}, {"常住居民", "居民"}, {"规上", "规模以上"}, {"社零", "社会消费品零售"},
        {"研究与试验发展", "研发"}, {"R&D", "研发"}, {"公共财政预算收入", "一般公共预算收入"},
        {"“", ""}, {"”", ""}, {"\"", ""}, {" ", ""}};

    record Term(String core, boolean change, String text, LexiconEntry entry) {
    }

    record Core(String core, boolean change) {
    }

    private final List<Term> terms = new ArrayList<>();

    IndicatorMatcher(List<LexiconEntry> lexicon) {
        if (lexicon != null) {
            for (LexiconEntry e : lexicon) {
                if (e == null || e.indicatorKey() == null) {
                    continue;
                }
                add(e.nameZh(), e);
                for (String a : e.aliases()) {
                    add(a, e);
                }
            }
        }
        terms.sort(Comparator.comparingInt((Term t) -> t.core().length()).reversed());
    }

    private void add(String text, LexiconEntry e) {
        if (text == null || text.isBlank()) {
            return;
        }
        Core c = core(TextNormalizer.normalize(text.trim()));
        if (!c.core().isEmpty()) {
            terms.add(new Term(c.core(), c.change(), text, e));
        }
    }

    /** Splits a trailing change word off and canonicalises synonyms. */
    static Core core(String phrase) {
        String p = phrase;
        boolean change = false;
        for (String w : CHANGE_WORDS) {
            if (p.length() > w.length() && p.endsWith(w)) {
                p = p.substring(0, p.length() - w.length());
                change = true;
                break;
            }
        }
        return new Core(canonical(p), change);
    }

    /** An abbreviation in brackets after a name: 居民消费价格指数（CPI）, 地区生产总值(GDP). */
    private static final java.util.regex.Pattern BRACKETED_ABBREVIATION =
            java.util.regex.Pattern.compile("[(（][A-Za-z0-9.&]{1,8}[)）]");

    static String canonical(String p) {
        String s = p.indexOf('(') >= 0 || p.indexOf('（') >= 0 ? BRACKETED_ABBREVIATION.matcher(p).replaceAll("") : p;
        for (String[] syn : SYNONYMS) {
            if (s.contains(syn[0])) {
                s = s.replace(syn[0], syn[1]);
            }
        }
        return s;
    }

    /** @param rawCore phrase core with any trailing change word already removed */
    LexiconEntry match(String rawCore, boolean change) {
        if (rawCore == null || rawCore.isEmpty()) {
            return null;
        }
        Core c = core(TextNormalizer.normalize(rawCore));
        String core = c.core();
        boolean ch = change || c.change();
        if (core.isEmpty()) {
            return null;
        }
        for (Term t : terms) {
            if (t.change() == ch && t.core().equals(core)) {
                return t.entry();
            }
        }
        for (Term t : terms) {
            if (t.change() == ch && t.core().length() >= 4 && core.endsWith(t.core())
                    && !changesTheMeasure(core.substring(0, core.length() - t.core().length()))) {
                return t.entry();
            }
        }
        return null;
    }

    /** Words that make a different measure of the name after them: 人均生产总值 is not 生产总值. */
    private static final String[] MEASURE_MODIFIERS = {"人均", "户均", "亩均", "地均", "单位", "每万人", "万人", "千人", "百户"};

    private static boolean changesTheMeasure(String prefix) {
        for (String m : MEASURE_MODIFIERS) {
            if (prefix.endsWith(m)) {
                return true;
            }
        }
        return false;
    }

    boolean hasKey(String key) {
        for (Term t : terms) {
            if (t.entry().indicatorKey().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a (streak) word such as "连丰" is itself a lexicon term. */
    LexiconEntry matchExact(String word) {
        String w = canonical(word);
        for (Term t : terms) {
            if (!t.change() && t.core().equals(w)) {
                return t.entry();
            }
        }
        return null;
    }
}
