package org.indicatortracker.extraction.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indicatortracker.domain.Comparator;

/**
 * Finds the figures of one sentence in normalised text: an Arabic number (optionally a range) followed by a unit,
 * or a streak of years written as 十九连丰 / 连续19年. Numbers without a unit, dates (年/月/日 are not units), ordinals
 * (第…), numbers glued to Latin letters or '+' (5G, "4+2", "1+N") and category names (百亿级, 12佳) are not figures.
 */
final class FigureScanner {
    private FigureScanner() {
    }

    /** A figure found in the text; offsets into the (normalised = original) text. */
    static final class Fig {
        int start;        // first char of the figure (sign, number, or 连续/numeral for streaks)
        int numEnd;       // end of the numeric part
        int unitEnd;      // end of the unit
        int end;          // end incl. suffix comparator (左右/以上/以内) or closing quote of a streak
        BigDecimal value;
        BigDecimal high;
        String unit;
        Comparator suffix; // from 左右 / 以上 / 以内 ..., or GTE for 余/多
        boolean streak;
        String streakWord; // "连丰", "连增" ...
        boolean yearsStreak; // 连续N年
        boolean handled;
        int postEnd = -1;  // end of the phrase after the figure, when that phrase names the indicator

        boolean isCount() {
            if (unit == null || unit.isEmpty()) {
                return false;
            }
            String base = unit.substring(unit.length() - 1);
            return COUNT_BASES.contains(base) && !unit.endsWith("百分点");
        }
    }

    static final String COUNT_BASES = "名个家项件条座所套台辆架艘户县村镇乡场次批轮例宗类种株棵头只张间栋幢处块基盏根位篇部册支片床人";

    private static final String[] BASES = sortByLength(new String[] {
        "%", "‰", "个百分点", "百分点", "个工作日", "工作日", "倍",
        "人次", "户次", "架次", "车次", "人", "名", "个", "家", "项", "件", "条", "座", "所", "套", "台", "辆", "架", "艘",
        "户", "县", "村", "镇", "乡", "场", "次", "批", "轮", "例", "宗", "类", "种", "株", "棵", "头", "只", "张", "间",
        "栋", "幢", "处", "块", "基", "盏", "根", "位", "篇", "部", "册", "支", "片", "床",
        "平方公里", "平方米", "立方米", "延长米", "公里", "千米", "米", "公顷", "亩", "吨标准煤", "标准煤", "吨",
        "千瓦时", "千瓦", "度", "千克", "公斤", "克", "斤", "美元", "欧元", "元", "天", "小时", "分钟", "岁",
        "微克/立方米", "标准箱", "标箱", "箱"});
    private static final String[] PREFIXES = {"万亿", "千亿", "百亿", "十亿", "千万", "百万", "十万", "万", "亿", "千", "百"};
    private static final String[] PER_UNITS = sortByLength(new String[] {
        "人", "吨", "月", "年", "亩", "平方米", "立方米", "千瓦时", "度", "户", "斤", "公斤", "天", "次", "间", "个"});

    private static final Pattern STREAK_LIAN = Pattern.compile("([一二三四五六七八九十两百零〇]{1,4}|\\d{1,3})连([丰增涨升冠胜降稳优])");
    private static final Pattern STREAK_YEARS = Pattern.compile("连续([一二三四五六七八九十两百零〇]{1,4}|\\d{1,3})年(?![度底末初])");

    static String[] sortByLength(String[] a) {
        String[] c = a.clone();
        Arrays.sort(c, (x, y) -> y.length() - x.length());
        return c;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isCjk(char c) {
        return c >= '\u4E00' && c <= '\u9FFF';
    }

    static List<Fig> scan(String t, int ss, int se) {
        List<Fig> figs = new ArrayList<>();
        // streaks first: their digits must not be read again as plain numbers
        boolean lian = ReportExtractor.indexIn(t, "连", ss, se) >= 0;
        Matcher m = STREAK_LIAN.matcher(t).region(ss, se);
        while (lian && m.find()) {
            int v = ChineseNumerals.parse(m.group(1));
            if (v <= 0 || (m.start() > 0 && (isDigit(t.charAt(m.start() - 1)) || t.charAt(m.start() - 1) == '第'))) {
                continue;
            }
            Fig f = new Fig();
            f.start = m.start();
            f.numEnd = m.end(1);
            f.unitEnd = m.end();
            f.end = m.end() < se && t.charAt(m.end()) == '”' ? m.end() + 1 : m.end();
            f.value = BigDecimal.valueOf(v);
            f.unit = "年";
            f.streak = true;
            f.streakWord = "连" + m.group(2);
            figs.add(f);
        }
        m = STREAK_YEARS.matcher(t).region(ss, se);
        while (lian && m.find()) {
            int v = ChineseNumerals.parse(m.group(1));
            if (v <= 0) {
                continue;
            }
            Fig f = new Fig();
            f.start = m.start();
            f.numEnd = m.end(1);
            f.unitEnd = m.end();
            f.end = m.end();
            f.value = BigDecimal.valueOf(v);
            f.unit = "年";
            f.streak = true;
            f.yearsStreak = true;
            figs.add(f);
        }
        roundMagnitudes(t, ss, se, figs);
        int i = ss;
        while (i < se) {
            char c = t.charAt(i);
            if (!isDigit(c) || (i > 0 && (isDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '.'))) {
                i++;
                continue;
            }
            Fig covering = covering(figs, i);
            if (covering != null) {
                i = covering.end;
                continue;
            }
            int ne = numberEnd(t, i, se);
            int next = scanNumber(t, i, ne, se, figs);
            i = Math.max(next, i + 1);
        }
        figs.sort((a, b) -> Integer.compare(a.start, b.start));
        return figs;
    }

    /** Verbs after which a bare magnitude is a figure: 突破万亿元 = at least 1 万亿元, 超千亿元 = at least 1000 亿元. */
    private static final Pattern ROUND_MAGNITUDE = Pattern.compile(
            "(?:突破|超过|超|迈上|迈过|跨上|站上|跃上|跨越|跨入|迈入|达到|达)(万亿|千亿|百亿|十亿|千万|百万|十万)");

    private static void roundMagnitudes(String t, int ss, int se, List<Fig> figs) {
        if (ReportExtractor.indexIn(t, "万", ss, se) < 0 && ReportExtractor.indexIn(t, "亿", ss, se) < 0) {
            return;
        }
        Matcher m = ROUND_MAGNITUDE.matcher(t).region(ss, se);
        while (m.find()) {
            int k = m.start(1);
            String word = m.group(1);
            Unit base = baseAt(t, m.end(1), se);
            if (base == null && !word.equals("万亿")) {
                continue; // "突破千万" alone is too vague to be a figure
            }
            int end = base == null ? m.end(1) : base.end;
            if (end < se && (t.charAt(end) == '级' || t.charAt(end) == '强')) {
                continue; // "千亿级产业": a category
            }
            Fig f = new Fig();
            f.start = k;
            f.numEnd = k + word.length();
            f.unitEnd = end;
            f.end = end;
            String baseText = base == null ? "" : base.text;
            // 万亿 keeps its name (1 万亿元); 千亿 and the like are read as a count of the smaller magnitude (1000 亿元)
            switch (word) {
                case "万亿" -> { f.value = BigDecimal.ONE; f.unit = "万亿" + baseText; }
                case "千亿" -> { f.value = BigDecimal.valueOf(1000); f.unit = "亿" + baseText; }
                case "百亿" -> { f.value = BigDecimal.valueOf(100); f.unit = "亿" + baseText; }
                case "十亿" -> { f.value = BigDecimal.TEN; f.unit = "亿" + baseText; }
                case "千万" -> { f.value = BigDecimal.valueOf(1000); f.unit = "万" + baseText; }
                case "百万" -> { f.value = BigDecimal.valueOf(100); f.unit = "万" + baseText; }
                default -> { f.value = BigDecimal.TEN; f.unit = "万" + baseText; }
            }
            if (t.startsWith("以上", end) || t.startsWith("大关", end)) {
                f.end = t.startsWith("以上", end) ? end + 2 : end;
            }
            f.suffix = m.group().startsWith("达") ? null : Comparator.GTE;
            figs.add(f);
        }
    }

    private static Fig covering(List<Fig> figs, int pos) {
        for (Fig f : figs) {
            if (pos >= f.start && pos < f.end) {
                return f;
            }
        }
        return null;
    }

    /** End of the number starting at i: digits, thousands groups (1,200), decimals. */
    static int numberEnd(String t, int i, int se) {
        int j = i;
        while (j < se && isDigit(t.charAt(j))) {
            j++;
        }
        if (j - i <= 3) {
            int k = j;
            while (k + 4 <= se && t.charAt(k) == ',' && isDigit(t.charAt(k + 1)) && isDigit(t.charAt(k + 2))
                    && isDigit(t.charAt(k + 3)) && (k + 4 == se || !isDigit(t.charAt(k + 4)))) {
                k += 4;
            }
            if (k > j && (k == se || (t.charAt(k) != ',' && t.charAt(k) != '、'))) {
                j = k;
            }
        }
        if (j + 1 < se && t.charAt(j) == '.' && isDigit(t.charAt(j + 1))) {
            j++;
            while (j < se && isDigit(t.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    static BigDecimal parse(String t, int i, int ne) {
        return new BigDecimal(t.substring(i, ne).replace(",", ""));
    }

    /** Reads the figure at i (number ending at ne); adds it to figs when it is one; returns where to continue. */
    private static int scanNumber(String t, int i, int ne, int se, List<Fig> figs) {
        char before = i > 0 ? t.charAt(i - 1) : ' ';
        if (isAsciiLetter(before) || before == '+' || before == '×' || before == '*' || before == '第'
                || before == '/' || before == '#' || before == '_' || before == '@') {
            return ne;
        }
        if (before == '前' && ne < se && (t.charAt(ne) == '位' || t.charAt(ne) == '名' || t.charAt(ne) == '强')) {
            return ne; // "位居全国前10位", "前20名": a rank
        }
        if (ne < se) {
            char after = t.charAt(ne);
            if (isAsciiLetter(after) || after == '+' || after == '×' || after == '*' || after == '_') {
                return ne;
            }
        }
        int open = insideQuote(t, i);
        boolean negative = before == '-' && i >= 2 && isCjk(t.charAt(i - 2));
        Fig f = new Fig();
        f.start = negative ? i - 1 : i;
        f.value = parse(t, i, ne);
        if (negative) {
            f.value = f.value.negate();
        }
        int j = ne;
        Unit u = unitAt(t, j, se);
        if (u == null && j < se && (t.charAt(j) == '余' || t.charAt(j) == '多')) {
            u = unitAt(t, j + 1, se);
            if (u != null) {
                u.gte = true;
            }
        }
        int numEnd = ne;
        // range: 6%-6.5%, 6-6.5%, 6%～6.5%, 6至6.5%
        int k = u != null ? u.end : j;
        int sep = rangeSeparator(t, k, se);
        if (sep > 0 && k + sep < se && isDigit(t.charAt(k + sep))) {
            int s2 = k + sep;
            int ne2 = numberEnd(t, s2, se);
            Unit u2 = unitAt(t, ne2, se);
            if (u2 != null && (u == null || u.text.equals(u2.text))
                    && (ne2 >= se || !(isAsciiLetter(t.charAt(ne2)) || t.charAt(ne2) == '+'))) {
                f.high = parse(t, s2, ne2);
                if (negative) {
                    f.high = f.high.negate();
                }
                u = u2;
                numEnd = ne2;
            }
        }
        if (u == null) {
            return numEnd;
        }
        int ue = u.end;
        if (ue < se && (t.charAt(ue) == '级' || t.charAt(ue) == '强' || t.charAt(ue) == '佳')) {
            return ue;
        }
        if (u.text.equals("小时") && f.value.compareTo(BigDecimal.valueOf(24)) == 0 && f.high == null) {
            return ue; // "24小时" = round the clock
        }
        if (open >= 0) {
            // a number inside a quoted name ("15分钟便民生活圈", "3个100%"): part of the name unless it is all of it
            int close = t.indexOf('”', i);
            if (close < 0 || close > ue + 2 || open < f.start - 1 && !isOnlyFigureQuote(t, open, f.start)) {
                return ue;
            }
        }
        f.numEnd = numEnd;
        f.unitEnd = ue;
        f.unit = u.text;
        f.end = ue;
        if (u.gte) {
            f.suffix = Comparator.GTE;
        }
        Comparator sfx = null;
        int sl = 0;
        if (t.startsWith("左右", ue) || t.startsWith("上下", ue)) {
            sfx = Comparator.AROUND;
            sl = 2;
        } else if (t.startsWith("以上", ue)) {
            sfx = Comparator.GTE;
            sl = 2;
        } else if (t.startsWith("以内", ue) || t.startsWith("以下", ue)) {
            sfx = Comparator.LTE;
            sl = 2;
        }
        if (sfx != null) {
            if (f.high == null && sfx != Comparator.AROUND && definitionFollows(t, ue + sl, se)) {
                return ue + sl; // "2000万元以上的工业企业", "10亿元以上项目": a class of things, not a figure
            }
            f.suffix = sfx;
            f.end = ue + sl;
        }
        figs.add(f);
        return f.end;
    }

    /** Nouns that, right after "X以上" / "X以下", make it the definition of a class ("亿元以上项目"). */
    private static final String[] DEFINED = {"的", "项目", "大项目", "企业", "工业企业", "产业", "工程", "园区", "客商", "外资项目"};

    private static boolean definitionFollows(String t, int k, int se) {
        for (String d : DEFINED) {
            if (k + d.length() <= se && t.startsWith(d, k)) {
                return true;
            }
        }
        return false;
    }

    /** Position of an unclosed “ before i in the same sentence, or -1. */
    static int insideQuote(String t, int i) {
        for (int k = i - 1; k >= 0 && i - k < 60; k--) {
            char c = t.charAt(k);
            if (c == '”' || c == '。' || c == '\n') {
                return -1;
            }
            if (c == '“') {
                return k;
            }
        }
        return -1;
    }

    private static boolean isOnlyFigureQuote(String t, int open, int start) {
        for (int k = open + 1; k < start; k++) {
            if (t.charAt(k) != '-' && t.charAt(k) != ' ') {
                return false;
            }
        }
        return true;
    }

    private static int rangeSeparator(String t, int k, int se) {
        if (k >= se) {
            return 0;
        }
        char c = t.charAt(k);
        if (c == '—' && k + 1 < se && t.charAt(k + 1) == '—') {
            return 2;
        }
        return (c == '-' || c == '~' || c == '—' || c == '至' || c == '到') ? 1 : 0;
    }

    static final class Unit {
        final String text;
        final int end;
        boolean gte;

        Unit(String text, int end) {
            this.text = text;
            this.end = end;
        }
    }

    /** The unit starting at j, or null. */
    static Unit unitAt(String t, int j, int se) {
        if (j >= se) {
            return null;
        }
        Unit base = baseAt(t, j, se);
        if (base != null) {
            return base;
        }
        for (String p : PREFIXES) {
            if (t.startsWith(p, j)) {
                int k = j + p.length();
                boolean gte = false;
                if (k < se && (t.charAt(k) == '余' || t.charAt(k) == '多')) {
                    gte = true;
                    k++;
                }
                Unit b = baseAt(t, k, se);
                Unit u;
                if (b != null) {
                    u = new Unit(p + b.text, b.end);
                } else if (p.equals("万") || p.equals("亿") || p.equals("万亿")) {
                    u = new Unit(p, k);
                } else {
                    return null;
                }
                u.gte = gte;
                return u;
            }
        }
        return null;
    }

    private static Unit baseAt(String t, int j, int se) {
        for (String b : BASES) {
            if (j + b.length() <= se && t.startsWith(b, j)) {
                int k = j + b.length();
                if (b.equals("个") && k < se && "月季年小".indexOf(t.charAt(k)) >= 0) {
                    return null; // 个月, 个季度, 个小时: durations
                }
                if (b.equals("元") && k + 1 < se && t.charAt(k) == '/') {
                    for (String p : PER_UNITS) {
                        if (t.startsWith(p, k + 1)) {
                            return new Unit("元/" + p, k + 1 + p.length());
                        }
                    }
                }
                return new Unit(b, k);
            }
        }
        return null;
    }
}
