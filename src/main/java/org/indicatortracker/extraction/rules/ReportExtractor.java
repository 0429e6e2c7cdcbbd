package org.indicatortracker.extraction.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.Relation;
import org.indicatortracker.extraction.rules.FigureScanner.Fig;

/**
 * Rule-based, explainable extractor of targets and outcomes from Chinese government work reports.
 *
 * <p>The text is normalised character by character (full-width digits and punctuation to half-width) so that every
 * offset found is an offset into the original text. It is then read paragraph by paragraph, sentence by sentence and
 * clause by clause: section headings ("2022年工作回顾", "2023年工作安排") and cues ("主要预期目标是", "过去五年", "预计")
 * decide kind, year and status; figures are read with their units and comparators; the words before (or, for counts,
 * after) a figure name the indicator, which is looked up in the lexicon. Thread-safe: an instance holds only the
 * immutable lexicon and region list.
 */
public final class ReportExtractor {

    private enum Mode { UNKNOWN, ACTUAL, TARGET }

    private static final String[] TRAIL_AROUND = {"大约", "大概", "约为", "约", "接近", "近"};
    private static final String[] TRAIL_GTE = {"超过", "突破", "不低于", "不少于", "至少", "高于", "多于", "超出", "逾", "超",
        "迈上", "迈过", "站上", "跨上", "跃上", "越过", "跨越"};
    private static final String[] TRAIL_LTE = {"不超过", "不高于", "不多于", "低于", "少于", "控制在", "控制到"};
    private static final String[] TRAIL_LEVEL = {"下降到", "下降至", "降至", "降到", "降为", "提高到", "提高至", "提升到",
        "提升至", "增加到", "增加至", "增长到", "增长至", "增至", "上升到", "上升至", "达到", "达", "为", "是", "占",
        "保持在", "稳定在", "维持在", "扩大到", "扩大至", "缩小到", "缩小至", "缩短至", "缩短到", "压缩至", "压缩到",
        "到", "至", "有", "完成", "安排", "按"};
    private static final String[] TRAIL_DECLINE = {"下降", "降低", "回落", "下滑", "下跌", "降幅", "减少", "压减", "缩减",
        "削减", "负增长", "减产", "减", "降"};
    private static final String[] TRAIL_GROWTH = {"增长", "增加", "提高", "提升", "上涨", "上升", "增幅", "增速", "涨幅", "扩大", "增产", "增收"};
    private static final String[] TRAIL_ANNUAL = {"年均", "年平均"};
    private static final String[] TRAIL_MOD = {"比上年同期", "同比", "比上年", "较上年", "比去年", "较去年", "同期", "分别",
        "均", "了", "的", "共计", "共", "累计", "合计", "总计", "总共", "仍", "继续", "再", "又", "将", "要", "力争", "确保",
        "争取", "预计", "实现", "已经", "已", "全部", "都", "总体", "持续", "预期目标", "目标", "预期", "平均", "一举", "首次",
        "稳步", "较快", "大幅", "保持", "稳定", "全年", "连年", "连续", "实际", "名义", "拟", "在", "同口径", "可比口径",
        "按可比口径", "按可比价格计算", "按可比价计算", "按现价计算", "扣除价格因素"};
    private static final String[] LEAD = FigureScanner.sortByLength(new String[] {"预计", "初步核算", "据初步核算", "经初步核算",
        "据初步统计", "初步统计", "全市", "全省", "全国", "全县", "全区", "全州", "全旗", "全盟", "全镇", "全乡", "我市", "我省",
        "我县", "我区", "我国", "全年", "其中", "五年", "十年", "五年来", "十年来", "过去五年", "过去一年", "一年来", "近五年", "今年", "去年", "当年", "年末", "年底", "年内", "力争", "确保", "争取", "和",
        "及", "以及", "与", "并", "同时", "另外", "此外", "共", "实现了", "实现", "已", "努力", "预期", "拟安排", "安排", "拟",
        "截至目前", "目前", "据统计", "要", "将", "全年要"});
    private static final String[] POST_STOPS = {"完成", "获得", "获", "列为", "列入", "签约", "实现", "达到", "达", "增长",
        "下降", "投入", "开工", "建成", "竣工", "通过", "入选", "获批", "落地", "累计", "共计", "合计", "总计", "被", "的",
        "和", "及", "与", "以及", "全部", "均", "已", "正在", "得到", "纳入", "参与", "参加", "受益", "惠及", "覆盖", "投资"};
    private static final String[] RELATIVE_ABOVE = {"略高于", "高于", "快于", "跑赢", "超过", "不低于", "好于", "优于"};
    private static final String[] QUAL_VERBS = {"保持", "持续", "稳步", "进一步", "基本", "稳定", "明显", "不断", "有所",
        "得到", "逐步", "继续", "显著", "总体", "大幅", "完成", "实现", "确保", "力争", "努力", "更加", "全面", "有效",
        "加快", "稳中", "守住", "不发生"};
    private static final String[] NEW_CLAUSE = {"同时", "此外", "另外", "但是", "但", "然而", "与此同时", "不过"};
    private static final String[] ESTIMATE_BREAK = {"去年", "今年", "上年", "过去", "五年来", "十年来", "一年来", "初步核算",
        "据初步核算", "经初步核算", "据统计", "实际"};
    private static final String[] QUAL_SKIP_LEAD = {"在", "按照", "围绕", "坚持", "综合考虑", "兼顾", "提出", "这些", "上述"};

    private static final Pattern TARGET_LIST = Pattern.compile(
            "(主要预期目标|预期目标|主要目标|发展目标|奋斗目标)(?:建议|确定|拟定|初步确定|设定|安排|考虑)?(?:是|为|如下)?:|"
            + "(主要预期目标|预期目标|主要目标|发展目标|奋斗目标)(?:建议|确定|拟定|初步确定|设定|安排)?(?:是|为)");
    private static final Pattern TARGET_CUE = Pattern.compile("今年|明年|目标|力争|确保|争取|预期|计划|到\\d{4}年");
    private static final Pattern MULTI_CUE = Pattern.compile(
            "(过去|今后|未来|近)(五|十)年|(五|十)年(来|间|累计|共)|[“\"]?十[二三四五]五[”\"]?(期间|时期)");
    private static final Pattern FUTURE5 = Pattern.compile("(今后|未来)五年");
    private static final Pattern YEAR_LEAD = Pattern.compile(
            "(?:预计|力争|确保|争取|在|截至|截止到|截止)?(到)?((?:19|20)\\d{2})年(底|末|前|全年)?(?!以来|来|是|的|以前|之前)");
    /** A five-year plan period at the start of a clause: “十四五”期间 (2021-2025, year 2025), 到“十四五”末. */
    private static final Pattern PLAN_PERIOD = Pattern.compile(
            "(?:预计|力争|确保|争取|在|到)?[“\"]?十([一二三四五六七])五[”\"]?(?:规划)?(期间|时期|期末|末)");
    private static final Pattern HEADER_DATE = Pattern.compile("((?:19|20)\\d{2})年\\d{1,2}月\\d{1,2}日");
    private static final Pattern HEADER_TITLE = Pattern.compile("((?:19|20)\\d{2})年[^\\n]{0,8}政府工作报告");
    private static final Pattern REVIEW_HEADING = Pattern.compile("((?:19|20)\\d{2})年(?:工作|政府工作)?回顾");
    private static final Pattern PLAN_HEADING = Pattern.compile(
            "((?:19|20)\\d{2})年(?:的)?(?:工作安排|政府工作任务|工作任务|重点工作|主要工作|经济社会发展|工作总体要求|主要预期目标)");
    private static final Pattern ENUM_HEAD = Pattern.compile("^\\s*(?:[一二三四五六七八九十]{1,3}、|\\([一二三四五六七八九十]{1,3}\\)|（[一二三四五六七八九十]{1,3}）)");
    private static final Pattern PLAN_WORDS = Pattern.compile(
            "工作安排|工作任务|重点工作|主要任务|总体要求|目标任务|工作的建议|工作建议|今年|今后五年|未来五年|发展思路|主要目标|预期目标|政策取向|工作部署|总体思路|奋斗目标");
    private static final Pattern REVIEW_WORDS = Pattern.compile("回顾|过去一年|过去五年|五年来|一年来|工作总结");

    private final IndicatorMatcher matcher;
    private final List<RegionEntry> regions;

    public ReportExtractor(List<LexiconEntry> lexicon, List<RegionEntry> regions) {
        this.matcher = new IndicatorMatcher(lexicon == null ? List.of() : lexicon);
        this.regions = regions == null ? List.of() : List.copyOf(regions);
    }

    public ExtractionResult extract(ExtractionRequest request) {
        String orig = request == null || request.text() == null ? "" : request.text();
        String t = TextNormalizer.normalize(orig);
        Integer reportYear = request != null && request.reportYear() != null ? request.reportYear() : inferReportYear(t);
        String region = request != null && request.regionCode() != null ? request.regionCode() : inferRegion(t);
        Run run = new Run(orig, t, reportYear);
        run.go();
        run.out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(a.end(), b.end()));
        return new ExtractionResult(reportYear, region, run.out);
    }

    // ------------------------------------------------------------------ report year and region

    static Integer inferReportYear(String t) {
        String header = header(t);
        Matcher m = HEADER_DATE.matcher(header);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        m = HEADER_TITLE.matcher(header);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        m = REVIEW_HEADING.matcher(t);
        if (m.find()) {
            return Integer.parseInt(m.group(1)) + 1;
        }
        m = PLAN_HEADING.matcher(t);
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        return null;
    }

    private static String header(String t) {
        int end = t.indexOf("各位代表");
        if (end < 0 || end > 600) {
            end = Math.min(t.length(), 300);
        }
        return t.substring(0, end);
    }

    private String inferRegion(String t) {
        if (regions.isEmpty() || t.isEmpty()) {
            return null;
        }
        String header = header(t);
        RegionEntry best = null;
        int bestPos = Integer.MAX_VALUE;
        int bestLen = 0;
        for (RegionEntry r : regions) {
            for (String name : names(r)) {
                int p = header.indexOf(name);
                if (p >= 0 && (p < bestPos || (p == bestPos && name.length() > bestLen))) {
                    best = r;
                    bestPos = p;
                    bestLen = name.length();
                }
            }
        }
        if (best != null) {
            return best.code();
        }
        int bestCount = 1;
        for (RegionEntry r : regions) {
            int count = 0;
            for (String name : names(r)) {
                int p = t.indexOf(name);
                while (p >= 0) {
                    count++;
                    p = t.indexOf(name, p + name.length());
                }
            }
            if (count > bestCount) {
                best = r;
                bestCount = count;
            }
        }
        return best == null ? null : best.code();
    }

    private static List<String> names(RegionEntry r) {
        List<String> n = new ArrayList<>();
        if (r.nameZh() != null && !r.nameZh().isBlank()) {
            n.add(TextNormalizer.normalize(r.nameZh().trim()));
        }
        for (String a : r.aliases()) {
            if (a != null && !a.isBlank()) {
                n.add(TextNormalizer.normalize(a.trim()));
            }
        }
        return n;
    }

    // ------------------------------------------------------------------ helpers on strings

    static boolean isSegmentBoundary(char c) {
        return c == ',' || c == ';' || c == ':' || c == '、' || c == '。' || c == '!' || c == '?' || c == '\n';
    }

    static boolean isClauseBoundary(char c) {
        return c == ',' || c == ';' || c == ':';
    }

    private static String endsWithAny(String t, int from, int end, String[] words) {
        for (String w : words) {
            if (end - from >= w.length() && t.startsWith(w, end - w.length())) {
                return w;
            }
        }
        return null;
    }

    private static String startsWithAny(String t, int pos, int end, String[] words) {
        for (String w : words) {
            if (pos + w.length() <= end && t.startsWith(w, pos)) {
                return w;
            }
        }
        return null;
    }

    private static final String[] ALL_TRAIL;

    static {
        List<String> all = new ArrayList<>();
        for (String[] a : new String[][] {TRAIL_AROUND, TRAIL_GTE, TRAIL_LTE, TRAIL_LEVEL, TRAIL_DECLINE, TRAIL_GROWTH,
                TRAIL_ANNUAL, TRAIL_MOD}) {
            all.addAll(List.of(a));
        }
        ALL_TRAIL = FigureScanner.sortByLength(all.toArray(new String[0]));
    }

    /** indexOf restricted to [from, to): -1 when absent. */
    static int indexIn(String t, String w, int from, int to) {
        int last = to - w.length();
        char c0 = w.charAt(0);
        for (int i = from; i <= last; i++) {
            if (t.charAt(i) == c0 && t.startsWith(w, i)) {
                return i;
            }
        }
        return -1;
    }

    static int lastIndexIn(String t, String w, int from, int to) {
        char c0 = w.charAt(0);
        for (int i = to - w.length(); i >= from; i--) {
            if (t.charAt(i) == c0 && t.startsWith(w, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean in(String w, String[] words) {
        for (String x : words) {
            if (x.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** "从2.1%提高到2.5%": the first figure is a starting point, followed by a verb of change and 到/至/为. */
    private static final Pattern TO_AFTER_BASE = Pattern.compile(
            " ?(?:提高|提升|增加|增长|扩大|上升|下降|降低|减少|缩小|缩减|压缩|缩短|攀升|跃升|降|升|增)?(?:到|至|为)");
    /** "从" / "由" / "从2020年的" / "由上年的" right before a figure. */
    private static final Pattern FROM_BASE = Pattern.compile("(?:从|由)(?:(?:19|20)\\d{2}年(?:底|末)?|上年|去年|前年|过去)?(?:的)?$");
    /** "高于全国0.6个百分点", "比全省平均水平快1.2个百分点": a gap to another region or an average, not an indicator's figure. */
    private static final Pattern GAP_TO_REFERENCE = Pattern.compile(
            "(?:(?:高于|低于|快于|慢于|超过|超出|领先|落后|好于)(?:全国|全省|全市|全区|全州|全盟|全县|全球|世界|同期|平均|预期|目标|计划|同类)"
            + "|比(?:全国|全省|全市|全区|全州|全盟|全县|全球|世界)[^,;:。]{0,6}?(?:高|低|快|慢|多|少)"
            + "|比(?:去年|上年|年初)?(?:预算|预期目标|目标|计划)(?:高|低|多|少|提高|降低))[^,;:。]{0,8}$");

    /** A list item's mark: ——, •, (一), (1), 1., 一是. */
    private static final Pattern BULLET = Pattern.compile(
            "(?:[—\\-•·●▪◆]+|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.、](?!\\d)|[一二三四五六七八九十]{1,2}是)\\s*");

    private static final Pattern COMPARE_BASE = Pattern.compile(
            "(?:(比|较)((?:19|20)\\d{2}年|上年|去年|前年)(同期)?(底|末)?|连续([一二三四五六七八九十两]{1,3}|\\d{1,2})年)$");
    private static final Pattern LEAD_YEAR = Pattern.compile("^(?:到)?(?:19|20)\\d{2}年(?:底|末|全年)?");

    /** What the words before a figure say. */
    static final class Pre {
        Comparator cmp;
        boolean decline;
        String declineWord;
        boolean change;
        boolean annual;
        int coreStart;
        int coreEnd;
        int changeEnd = -1;
        String changeWord;
    }

    /** Analyses t[from,to): comparator and verb words are peeled off the end, filler words off the start. */
    static Pre analysePre(String t, int from, int to) {
        Pre p = new Pre();
        int e = to;
        while (e > from && t.charAt(e - 1) == ' ') {
            e--;
        }
        boolean more = true;
        while (more && e > from) {
            more = false;
            String w = endsWithAny(t, from, e, ALL_TRAIL);
            if (w != null) {
                if (in(w, TRAIL_AROUND)) {
                    if (p.cmp == null) {
                        p.cmp = Comparator.AROUND;
                    }
                } else if (in(w, TRAIL_GTE)) {
                    if (p.cmp == null) {
                        p.cmp = Comparator.GTE;
                    }
                } else if (in(w, TRAIL_LTE)) {
                    if (p.cmp == null) {
                        p.cmp = Comparator.LTE;
                    }
                } else if (in(w, TRAIL_DECLINE)) {
                    if (!p.change) {
                        p.decline = true;
                        p.change = true;
                        p.declineWord = w;
                        p.changeWord = w;
                        p.changeEnd = e;
                    }
                } else if (in(w, TRAIL_GROWTH)) {
                    if (!p.change) {
                        p.change = true;
                        p.changeWord = w;
                        p.changeEnd = e;
                    }
                } else if (in(w, TRAIL_ANNUAL)) {
                    p.annual = true;
                }
                // a single-character word is peeled only when what remains is not a longer word ending in it
                e -= w.length();
                more = true;
                continue;
            }
            char last = t.charAt(e - 1);
            if (last != '年' && last != '期' && last != '底' && last != '末') {
                break;
            }
            Matcher m = COMPARE_BASE.matcher(t).region(Math.max(from, e - 12), e);
            if (m.find()) {
                e = m.start();
                more = true;
            }
        }
        int s = from;
        boolean lead = true;
        while (lead && s < e) {
            lead = false;
            while (s < e && (t.charAt(s) == ' ')) {
                s++;
                lead = true;
            }
            String w = startsWithAny(t, s, e, LEAD);
            if (w != null) {
                s += w.length();
                lead = true;
                continue;
            }
            if (s < e && "—-•·●▪◆(（一二三四五六七八九十0123456789".indexOf(t.charAt(s)) >= 0) {
                Matcher b = BULLET.matcher(t).region(s, e);
                if (b.lookingAt() && b.end() < e && b.end() > s) {
                    s = b.end(); // "——地区生产总值…", "一是地区生产总值…": the list mark is not part of the name
                    lead = true;
                    continue;
                }
            }
            if (s < e && (FigureScanner.isDigit(t.charAt(s)) || t.charAt(s) == '到')) {
                Matcher m = LEAD_YEAR.matcher(t).region(s, e);
                if (m.lookingAt() && m.end() < e) {
                    s = m.end();
                    lead = true;
                }
            }
        }
        while (e > s && (t.charAt(e - 1) == '的' || t.charAt(e - 1) == '“' || t.charAt(e - 1) == ' ')) {
            e--;
        }
        p.coreStart = s;
        p.coreEnd = e;
        return p;
    }

    // ------------------------------------------------------------------ one extraction run

    private final class Run {
        final String orig;
        final String t;
        final Integer reportYear;
        final List<ExtractedStatement> out = new ArrayList<>();

        Mode section = Mode.UNKNOWN;
        boolean openList;
        boolean sectionMulti;
        boolean sectionFuture5;

        Run(String orig, String t, Integer reportYear) {
            this.orig = orig;
            this.t = t;
            this.reportYear = reportYear;
        }

        void go() {
            int p = 0;
            int n = t.length();
            while (p < n) {
                int pe = t.indexOf('\n', p);
                if (pe < 0) {
                    pe = n;
                }
                paragraph(p, pe);
                p = pe + 1;
            }
        }

        void paragraph(int ps, int pe) {
            while (ps < pe && t.charAt(ps) == ' ') {
                ps++;
            }
            while (pe > ps && t.charAt(pe - 1) == ' ') {
                pe--;
            }
            if (ps >= pe) {
                return;
            }
            String para = t.substring(ps, pe);
            boolean headingLike = (ENUM_HEAD.matcher(para).find() && para.length() <= 60)
                    || (para.length() <= 30 && !para.contains("。"));
            if (headingLike) {
                boolean review = REVIEW_WORDS.matcher(para).find() && !FUTURE5.matcher(para).find();
                boolean plan = PLAN_WORDS.matcher(para).find() || PLAN_HEADING.matcher(para).find();
                if (review) {
                    section = Mode.ACTUAL;
                    sectionMulti = para.contains("五年");
                    sectionFuture5 = false;
                } else if (plan) {
                    section = Mode.TARGET;
                    sectionFuture5 = FUTURE5.matcher(para).find();
                    sectionMulti = sectionFuture5 || para.contains("十四五") || para.contains("十五五");
                }
            }
            Mode mode = section;
            boolean multi = sectionMulti;
            boolean future5 = sectionFuture5;
            if (para.startsWith("过去一年") || para.startsWith("一年来") || para.startsWith("去年")) {
                mode = Mode.ACTUAL;
                multi = false;
                future5 = false;
            } else if (para.startsWith("过去五年") || para.startsWith("五年来")) {
                mode = Mode.ACTUAL;
                multi = true;
                future5 = false;
            } else if (FUTURE5.matcher(para).lookingAt()) {
                mode = Mode.TARGET;
                multi = true;
                future5 = true;
            }
            // a targets list laid out one item per paragraph ("主要预期目标是：" then "——地区生产总值增长6%左右；" …)
            boolean listItem = openList && BULLET.matcher(t).region(ps, pe).lookingAt();
            openList = listItem;
            if (listItem) {
                mode = Mode.TARGET;
                multi = false;
                future5 = false;
            }
            int s = ps;
            for (int i = ps; i <= pe; i++) {
                if (i == pe || t.charAt(i) == '。' || t.charAt(i) == '!' || t.charAt(i) == '?') {
                    if (i > s) {
                        Matcher cue = TARGET_LIST.matcher(t).region(s, i);
                        int listStart = listItem ? s : -1;
                        Mode m = mode;
                        if (indexIn(t, "目标", s, i) >= 0 && cue.find()) {
                            listStart = cue.end();
                            if (i == pe && cue.end() >= i - 1) {
                                openList = true; // the cue ends its paragraph: the items follow, one per paragraph
                            }
                            m = Mode.TARGET;
                            mode = Mode.TARGET;
                            multi = false;
                            future5 = false;
                            section = Mode.TARGET;
                            sectionMulti = false;
                            sectionFuture5 = false;
                        } else if (m == Mode.UNKNOWN) {
                            m = TARGET_CUE.matcher(t).region(s, i).find() ? Mode.TARGET : Mode.ACTUAL;
                        }
                        Matcher mc = MULTI_CUE.matcher(t).region(s, i);
                        boolean cueWords = indexIn(t, "年", s, i) >= 0 || indexIn(t, "五", s, i) >= 0;
                        int multiFrom = cueWords && mc.find() ? mc.start() : (multi ? -2 : -1);
                        boolean sentFuture5 = future5 || (m == Mode.TARGET && FUTURE5.matcher(t).region(s, i).find());
                        sentence(s, i, m, multiFrom, sentFuture5, listStart);
                    }
                    s = i + 1;
                }
            }
        }

        // ---------------------------------------------------------- a sentence

        void sentence(int ss, int se, Mode mode, int multiFrom, boolean future5, int listStart) {
            List<Fig> figs = FigureScanner.scan(t, ss, se);
            // clauses
            List<int[]> clauses = new ArrayList<>();
            int cs = ss;
            for (int i = ss; i <= se; i++) {
                if (i == se || isClauseBoundary(t.charAt(i))) {
                    if (i > cs) {
                        clauses.add(new int[] {cs, i});
                    }
                    cs = i + 1;
                }
            }
            // 预计 scopes
            List<int[]> estimates = new ArrayList<>();
            int ep = indexIn(t, "预计", ss, se);
            while (ep >= 0) {
                // 预计 governs the list after it, to the end of the sentence ("预计…增长5%；…增长12%；…"), unless a
                // clause starts something new (同时, 此外) or, after a semicolon, names another time (去年, 2021年)
                int end = se;
                for (int[] c : clauses) {
                    if (c[0] > ep && c[0] < end) {
                        int k = c[0];
                        while (k < c[1] && t.charAt(k) == ' ') {
                            k++;
                        }
                        boolean afterSemicolon = t.charAt(c[0] - 1) == ';';
                        if (startsWithAny(t, k, c[1], NEW_CLAUSE) != null
                                || afterSemicolon && (startsWithAny(t, k, c[1], ESTIMATE_BREAK) != null
                                        || YEAR_LEAD.matcher(t).region(k, c[1]).lookingAt()
                                        || PLAN_PERIOD.matcher(t).region(k, c[1]).lookingAt())) {
                            end = c[0];
                            break;
                        }
                    }
                }
                estimates.add(new int[] {ep, end});
                ep = indexIn(t, "预计", ep + 2, se);
            }
            Ctx sc = new Ctx();
            sc.mode = mode;
            sc.multi = false;
            sc.future5 = future5;
            sc.estimates = estimates;
            // sentence-level explicit year: "2022年,全市..." / "到2025年,..."
            if (!clauses.isEmpty()) {
                applyLeadYear(sc, clauses.get(0)[0], clauses.get(0)[1]);
            }
            if (multiFrom == -2) {
                // a multi-year paragraph ("过去五年，…"), unless this sentence names its own single year
                multiFrom = sc.year != null && sc.mode == Mode.ACTUAL ? -1 : ss;
            }
            for (int[] c : clauses) {
                Ctx cc = sc.copy();
                if (multiFrom >= 0 && c[1] > multiFrom) {
                    cc.multi = true;
                }
                int k = c[0];
                while (k < c[1] && t.charAt(k) == ' ') {
                    k++;
                }
                if (t.startsWith("去年", k) || t.startsWith("上年", k)) {
                    cc.mode = Mode.ACTUAL;
                    cc.year = null;
                } else if (t.startsWith("今年", k)) {
                    cc.mode = Mode.TARGET;
                    cc.year = null;
                }
                applyLeadYear(cc, k, c[1]);
                List<Fig> inClause = new ArrayList<>();
                for (Fig f : figs) {
                    if (f.start >= c[0] && f.start < c[1]) {
                        inClause.add(f);
                    }
                }
                // "连续5年稳定在1500亿斤以上": the streak only qualifies the figure after it
                for (Fig f : new ArrayList<>(inClause)) {
                    if (f.yearsStreak) {
                        for (Fig g : inClause) {
                            if (!g.streak && g.start > f.start) {
                                inClause.remove(f);
                                figs.remove(f);
                                break;
                            }
                        }
                    }
                }
                if (inClause.isEmpty()) {
                    Ctx probe = sc.copy();
                    int yearEnd = applyLeadYear(probe, k, c[1]);
                    if (yearEnd >= 0 && yearEnd >= c[1] - 1) {
                        // "到2025年，…" / "2023年，…" / "“十四五”期间，…": the year governs the clauses after it
                        applyLeadYear(sc, k, c[1]);
                        continue;
                    }
                    if (!relative(k, c[1], cc) && listStart >= 0 && c[0] >= listStart) {
                        qualitative(k, c[1], cc);
                    }
                    continue;
                }
                fenbie(k, c[1], inClause, cc, sc);
                for (Fig f : inClause) {
                    if (!f.handled) {
                        figure(f, ss, c[0], figs, cc, sc);
                    }
                }
            }
        }

        /** Applies an explicit year or plan period at [from, to); returns where it ends, or -1 when there is none. */
        private int applyLeadYear(Ctx ctx, int from, int to) {
            // cheap guards first: this runs for every clause, and most clauses start with neither
            int head = Math.min(to, from + 7);
            boolean digit = false;
            boolean ten = false;
            for (int i = from; i < head; i++) {
                char c = t.charAt(i);
                digit |= FigureScanner.isDigit(c);
                ten |= c == '十';
            }
            if (!digit && !ten) {
                return -1;
            }
            Matcher p = ten ? PLAN_PERIOD.matcher(t).region(from, to) : null;
            if (p != null && p.lookingAt()) {
                int end = 2005 + 5 * ChineseNumerals.parse(p.group(1));
                ctx.year = end;
                ctx.multi = !p.group(2).endsWith("末");
                ctx.future5 = false;
                if (reportYear != null) {
                    ctx.mode = end < reportYear ? Mode.ACTUAL : Mode.TARGET;
                }
                return p.end();
            }
            Matcher m = digit ? YEAR_LEAD.matcher(t).region(from, to) : null;
            if (m != null && m.lookingAt()) {
                int y = Integer.parseInt(m.group(2));
                boolean to2 = m.group(1) != null || "前".equals(m.group(3));
                ctx.year = y;
                if (!to2) {
                    ctx.multi = false;
                }
                if (to2) {
                    ctx.mode = Mode.TARGET;
                } else if (reportYear != null) {
                    ctx.mode = y < reportYear ? Mode.ACTUAL : Mode.TARGET;
                }
                return m.end();
            }
            return -1;
        }

        // ---------------------------------------------------------- plain figures

        void figure(Fig f, int ss, int clauseStart, List<Fig> figs, Ctx cc, Ctx sc) {
            f.handled = true;
            int segStart = clauseStart;
            for (int i = f.start - 1; i >= clauseStart; i--) {
                if (isSegmentBoundary(t.charAt(i))) {
                    segStart = i + 1;
                    break;
                }
            }
            for (Fig g : figs) {
                int ge = Math.max(g.end, g.postEnd);
                if (g != f && g.end <= f.start && ge <= f.start && ge > segStart) {
                    segStart = ge;
                }
            }
            int looseStart = segStart;
            for (Fig g : figs) {
                if (g != f && g.postEnd == segStart && g.end < segStart) {
                    looseStart = g.end; // "120个重点项目完成投资79.8亿元": 重点项目 also belongs to the next figure
                }
            }
            if (f.unit.endsWith("百分点") && GAP_TO_REFERENCE.matcher(t).region(segStart, f.start).find()) {
                return; // "高于全国0.6个百分点": a comparison with another region, not a figure of this one
            }
            Pre pre = analysePre(t, segStart, f.start);
            Matcher from = FROM_BASE.matcher(t).region(pre.coreStart, Math.max(pre.coreStart, pre.coreEnd));
            if (pre.coreEnd > pre.coreStart && from.find()) {
                // "研发经费投入强度从2.1%提高到2.5%": 2.1% is where the period started; the subject carries to 2.5%
                String subject = t.substring(pre.coreStart, from.start());
                if (!subject.isBlank()) {
                    sc.lastSubject = subject;
                    sc.lastPhrase = orig.substring(pre.coreStart, from.start());
                }
                if (TO_AFTER_BASE.matcher(t).region(f.end, t.length()).lookingAt()) {
                    sc.pendingQuoteStart = pre.coreStart;
                    return;
                }
                pre.coreEnd = from.start();
            }
            String preCore = t.substring(pre.coreStart, pre.coreEnd);
            // the phrase after the figure: counts ("120个重点项目") and year streaks ("连续19年未发生重大森林火灾")
            int postEnd = -1;
            if (f.yearsStreak || f.isCount() || "万".equals(f.unit) || "亿".equals(f.unit)) {
                int q = f.end;
                int max = Math.min(sentenceEnd(f.end), f.end + 20);
                while (q < max) {
                    char c = t.charAt(q);
                    if (isSegmentBoundary(c) || FigureScanner.isDigit(c)) {
                        break;
                    }
                    if (!(FigureScanner.isCjk(c) || c == '(' || c == ')' || c == '“' || c == '”'
                            || FigureScanner.isAsciiLetter(c))) {
                        break;
                    }
                    if (q > f.end && startsWithAny(t, q, max, POST_STOPS) != null) {
                        break;
                    }
                    if (q == f.end && startsWithAny(t, q, max, POST_STOPS) != null && !f.yearsStreak) {
                        break;
                    }
                    q++;
                }
                if (q > f.end && FigureScanner.isCjk(t.charAt(f.end))) {
                    postEnd = q;
                    f.postEnd = q;
                }
            }
            boolean change = pre.change;
            String phrase;
            String subject = null; // the indicator words without the change word, for a later 分别 list
            LexiconEntry entry = null;
            int phraseStart;
            int phraseEnd;
            if (f.streak && !f.yearsStreak) {
                entry = matcher.matchExact(f.streakWord);
                if (entry == null && !preCore.isEmpty()) {
                    entry = matcher.match(preCore + f.streakWord, false);
                }
                phraseStart = pre.coreEnd > pre.coreStart ? pre.coreStart : f.start;
                phraseEnd = f.end;
                phrase = orig.substring(phraseStart, phraseEnd);
                if (entry == null && !preCore.isEmpty()) {
                    phrase = orig.substring(pre.coreStart, pre.coreEnd);
                    phraseEnd = pre.coreEnd;
                }
            } else if (postEnd > 0) {
                sc.lastSubject = null;
                String post = t.substring(f.end, postEnd);
                entry = matcher.match(post, false);
                if (entry == null && !preCore.isEmpty()) {
                    entry = matcher.match(preCore, change);
                }
                phraseStart = f.end;
                phraseEnd = postEnd;
                phrase = orig.substring(f.end, postEnd);
                subject = phrase;
                if (f.yearsStreak && entry == null && !preCore.isEmpty() && matcher.match(preCore, false) != null) {
                    entry = matcher.match(preCore, false);
                }
            } else if (!preCore.isEmpty()) {
                entry = matcher.match(preCore, change);
                if (entry == null && looseStart < segStart) {
                    Pre loose = analysePre(t, looseStart, f.start);
                    LexiconEntry e2 = matcher.match(t.substring(loose.coreStart, loose.coreEnd), loose.change);
                    if (e2 != null) {
                        entry = e2;
                        pre = loose;
                    }
                }
                phraseStart = pre.coreStart;
                phraseEnd = pre.changeEnd > pre.coreEnd ? pre.changeEnd : pre.coreEnd;
                phrase = orig.substring(phraseStart, phraseEnd);
                sc.lastSubject = preCore;
                sc.lastPhrase = orig.substring(pre.coreStart, pre.coreEnd);
                subject = sc.lastPhrase;
            } else if (sc.lastSubject != null) {
                // "地区生产总值1000亿元,增长5%": the subject carries over
                entry = matcher.match(sc.lastSubject, change);
                phrase = sc.lastPhrase + (pre.changeWord != null ? pre.changeWord : "");
                subject = sc.lastPhrase;
                phraseStart = f.start;
                phraseEnd = f.start;
            } else {
                phrase = null;
                phraseStart = f.start;
                phraseEnd = f.start;
                int[] named = subjectOfPreviousClause(ss, clauseStart, change);
                if (named != null) {
                    // "全市经济总量连跨两个千亿级台阶，年均增长5.8%": the previous clause opens with the indicator
                    sc.lastSubject = t.substring(named[0], named[1]);
                    sc.lastPhrase = orig.substring(named[0], named[1]);
                    entry = matcher.match(sc.lastSubject, change);
                    phrase = sc.lastPhrase + (pre.changeWord != null ? pre.changeWord : "");
                    subject = sc.lastPhrase;
                }
            }
            int qs = segStart;
            while (qs < f.start && (t.charAt(qs) == ' ')) {
                qs++;
            }
            String conn = startsWithAny(t, qs, f.start, new String[] {"以及", "和", "及", "并"});
            if (conn != null) {
                qs += conn.length();
            }
            qs = afterBullet(qs, f.start);
            int qe = Math.max(f.end, postEnd);
            Comparator cmp = comparatorOf(f, pre);
            BigDecimal value = f.value;
            BigDecimal high = f.high;
            if (pre.decline && negates(pre.declineWord, f.unit)) {
                value = value.negate();
                high = high == null ? null : high.negate();
                if (high != null) {
                    BigDecimal tmp = value;
                    value = high;
                    high = tmp;
                }
                if (cmp == Comparator.GTE) {
                    cmp = Comparator.LTE;
                } else if (cmp == Comparator.LTE) {
                    cmp = Comparator.GTE;
                }
            }
            if (phrase != null) {
                phrase = stripQuotes(phrase);
                if (phrase.isBlank()) {
                    phrase = null;
                }
            }
            if (phrase == null) {
                phrase = orig.substring(qs, qe);
            }
            if (sc.pendingQuoteStart >= clauseStart && sc.pendingQuoteStart < qs) {
                qs = sc.pendingQuoteStart; // "研发经费投入强度从2.1%提高到2.5%": quote from the subject
            }
            sc.pendingQuoteStart = -1;
            emit(entry, phrase, change, cc, cmp, value, high, f.unit, null, null, null,
                    cc.multi || pre.annual, qs, qe, f.start);
            if (subject != null && !subject.isBlank() && !f.streak) {
                sc.recent.add(new Recent(subject, qs));
            }
        }

        /**
         * The longest opening words (2 to 12 characters, after fillers such as 全市) of the clause before
         * {@code clauseStart} in the same sentence that name a lexicon indicator, as [start, end), or null.
         */
        private int[] subjectOfPreviousClause(int ss, int clauseStart, boolean change) {
            int prevEnd = clauseStart - 1;
            if (prevEnd <= ss) {
                return null;
            }
            int prevStart = ss;
            for (int i = prevEnd - 1; i >= ss; i--) {
                if (isClauseBoundary(t.charAt(i))) {
                    prevStart = i + 1;
                    break;
                }
            }
            Pre p = analysePre(t, prevStart, prevEnd);
            int s = p.coreStart;
            for (int len = Math.min(12, prevEnd - s); len >= 2; len--) {
                String candidate = t.substring(s, s + len);
                if (matcher.match(candidate, change) != null) {
                    return new int[] {s, s + len};
                }
            }
            return null;
        }

        private boolean isRateUnit(String unit) {
            return unit != null && (unit.equals("%") || unit.endsWith("百分点") || unit.equals("‰"));
        }

        private String stripQuotes(String p) {
            int a = 0;
            int b = p.length();
            while (a < b && "“”\"".indexOf(p.charAt(a)) >= 0 && p.indexOf('”', a + 1) < 0) {
                a++;
            }
            while (b > a && "“”\"".indexOf(p.charAt(b - 1)) >= 0 && p.lastIndexOf('“', b - 2) < a) {
                b--;
            }
            return p.substring(a, b);
        }

        private int sentenceEnd(int from) {
            int n = t.length();
            for (int i = from; i < n; i++) {
                char c = t.charAt(i);
                if (c == '。' || c == '!' || c == '?' || c == '\n') {
                    return i;
                }
            }
            return n;
        }

        private boolean negates(String declineWord, String unit) {
            if (unit == null) {
                return false;
            }
            boolean pct = unit.equals("%") || unit.endsWith("百分点") || unit.equals("‰") || unit.equals("倍");
            if (pct) {
                return true;
            }
            // 下降/降低 of a level is a negative change; 减少/压减 of an amount names a reduction, kept positive
            return !(declineWord.startsWith("减") || declineWord.endsWith("减") || declineWord.equals("减少"));
        }

        private Comparator comparatorOf(Fig f, Pre pre) {
            if (f.high != null) {
                return Comparator.RANGE;
            }
            if (f.suffix == Comparator.AROUND) {
                return Comparator.AROUND;
            }
            if (f.suffix != null) {
                return f.suffix;
            }
            return pre.cmp != null ? pre.cmp : Comparator.EQ;
        }

        // ---------------------------------------------------------- 分别 lists

        void fenbie(int cs, int ce, List<Fig> inClause, Ctx cc, Ctx sc) {
            int f = indexIn(t, "分别", cs, ce);
            if (f < 0) {
                return;
            }
            List<Fig> values = new ArrayList<>();
            for (Fig g : inClause) {
                if (g.start > f && !g.streak) {
                    values.add(g);
                }
            }
            if (values.size() < 2) {
                return;
            }
            // subject before 分别, split into items
            Pre verb = analysePre(t, f, values.get(0).start);
            int subjEnd = f;
            Pre subjPre = analysePre(t, cs, subjEnd);
            List<String> items = splitItems(subjPre.coreStart, subjPre.coreEnd);
            int qs = cs;
            if (items.isEmpty() && sc.recent.size() >= values.size()) {
                // "接待游客4.7亿人次、旅游收入1100亿元，分别增长22%和31%": the items are the figures just named
                List<Recent> named = sc.recent.subList(sc.recent.size() - values.size(), sc.recent.size());
                items = new ArrayList<>();
                for (Recent r : named) {
                    items.add(r.subject());
                }
                qs = named.get(0).start();
            }
            if (items.isEmpty()) {
                return;
            }
            if (items.size() == 1 && values.size() == 2 && items.get(0).startsWith("城乡") && items.get(0).length() > 3) {
                // "城乡居民人均可支配收入分别增长4.5%和6.5%": 城乡 = 城镇 and 农村
                String rest = items.get(0).substring(2);
                items = List.of("城镇" + rest, "农村" + rest);
            }
            boolean change = verb.change || subjPre.change;
            int qe = values.get(values.size() - 1).end;
            List<Recent> named = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                Fig v = values.get(i);
                v.handled = true;
                Pre own = i == 0 ? verb : analysePre(t, values.get(i - 1).end, v.start);
                Pre eff = own;
                if (i > 0 && !own.change) {
                    eff = verb;
                }
                String item = items.get(Math.min(i, items.size() - 1));
                Comparator cmp = comparatorOf(v, own.cmp != null ? own : verb);
                BigDecimal value = v.value;
                BigDecimal high = v.high;
                if (eff.decline && negates(eff.declineWord, v.unit)) {
                    value = value.negate();
                    if (high != null) {
                        BigDecimal tmp = value;
                        value = high.negate();
                        high = tmp;
                    }
                    if (cmp == Comparator.GTE) {
                        cmp = Comparator.LTE;
                    } else if (cmp == Comparator.LTE) {
                        cmp = Comparator.GTE;
                    }
                }
                LexiconEntry entry = matcher.match(item, change);
                String phrase = item + (change && verb.changeWord != null && !endsWithChange(item) ? verb.changeWord : "");
                emit(entry, phrase, change, cc, cmp, value, high, v.unit, null, null, null,
                        cc.multi || verb.annual || subjPre.annual, qs, qe, v.start);
                if (i < items.size()) {
                    named.add(new Recent(item, qs));
                }
            }
            sc.recent.addAll(named);
        }

        private boolean endsWithChange(String s) {
            for (String w : IndicatorMatcher.CHANGE_WORDS) {
                if (s.endsWith(w)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Splits "接待游客和旅游收入" / "城镇、农村常住居民人均可支配收入" into items; a shared head is distributed over
         * short leading items ("城镇" + "常住居民人均可支配收入").
         */
        List<String> splitItems(int from, int to) {
            List<String> items = new ArrayList<>();
            int s = from;
            for (int i = from; i <= to; i++) {
                String sep = i < to ? startsWithAny(t, i, to, new String[] {"以及", "、", "和", "及", "与"}) : "";
                if (sep != null) {
                    if (i > s) {
                        items.add(orig.substring(s, i).trim());
                    }
                    s = i + sep.length();
                    if (sep.length() > 1) {
                        i += sep.length() - 1;
                    }
                }
            }
            items.removeIf(String::isEmpty);
            int n = items.size();
            if (n >= 2) {
                String last = items.get(n - 1);
                int modLen = items.get(n - 2).length();
                boolean shortItems = true;
                for (int i = 0; i < n - 1; i++) {
                    String it = items.get(i);
                    if (it.length() > 4 || matcher.match(it, false) != null || matcher.match(it, true) != null) {
                        shortItems = false;
                    }
                }
                if (shortItems && last.length() >= modLen + 2) {
                    String head = last.substring(modLen);
                    for (int i = 0; i < n - 1; i++) {
                        items.set(i, items.get(i) + head);
                    }
                }
            }
            return items;
        }

        // ---------------------------------------------------------- relative statements

        /** The first position after a list mark (——, (一), 1., 一是) at {@code from}, or {@code from}. */
        private int afterBullet(int from, int to) {
            if (from < to && "—-•·●▪◆(（一二三四五六七八九十0123456789".indexOf(t.charAt(from)) >= 0) {
                Matcher b = BULLET.matcher(t).region(from, to);
                if (b.lookingAt() && b.end() < to) {
                    return b.end();
                }
            }
            return from;
        }

        boolean relative(int cs, int ce, Ctx cc) {
            while (ce > cs && t.charAt(ce - 1) == ' ') {
                ce--;
            }
            cs = afterBullet(cs, ce);
            for (int i = cs; i < ce; i++) {
                if (FigureScanner.isDigit(t.charAt(i))) {
                    return false;
                }
            }
            int subjEnd;
            int refStart;
            int refEnd;
            int relEnd;
            Relation relation;
            int p = lastIndexIn(t, "同步", cs, ce);
            if (p > cs) {
                String after = t.substring(p + 2, ce);
                if (!after.isEmpty() && !after.equals("提高") && !after.equals("增长") && !after.equals("增加")
                        && !after.equals("提升")) {
                    return false;
                }
                int left = p;
                boolean more = true;
                while (more) {
                    more = false;
                    String w = endsWithAny(t, cs, left, new String[] {"基本", "保持", "实现", "总体", "要", "将", "大体", "大致"});
                    if (w != null) {
                        left -= w.length();
                        more = true;
                    }
                }
                int k = -1;
                for (int i = left - 2; i > cs; i--) {
                    char c = t.charAt(i);
                    if ((c == '与' || c == '和') || (c == '同' && t.charAt(i + 1) != '比' && t.charAt(i + 1) != '步')) {
                        k = i;
                        break;
                    }
                }
                if (k < 0) {
                    return false;
                }
                subjEnd = k;
                refStart = k + 1;
                refEnd = left;
                relEnd = ce;
                relation = Relation.IN_STEP;
            } else {
                int best = -1;
                String w = null;
                for (String a : RELATIVE_ABOVE) {
                    int q = indexIn(t, a, cs, ce);
                    if (q > cs && (best < 0 || q < best)) {
                        best = q;
                        w = a;
                    }
                }
                if (best < 0) {
                    return false;
                }
                subjEnd = best;
                refStart = best + w.length();
                refEnd = ce;
                relEnd = ce;
                relation = Relation.ABOVE;
            }
            if (refEnd - refStart < 2) {
                return false;
            }
            String ref = t.substring(refStart, refEnd);
            IndicatorMatcher.Core refCore = IndicatorMatcher.core(ref);
            LexiconEntry refEntry = matcher.match(ref, false);
            if (refEntry == null) {
                refEntry = matcher.match(refCore.core(), refCore.change());
            }
            boolean refIsChange = refCore.change() || ref.endsWith("水平") || ref.endsWith("速度") || ref.endsWith("幅度");
            if (refEntry == null && !refIsChange) {
                return false;
            }
            Pre subj = analysePre(t, cs, subjEnd);
            int sEnd = subj.coreEnd;
            String subjText = t.substring(subj.coreStart, sEnd);
            boolean subjChange = subj.change || endsWithChange(subjText) || refIsChange;
            if (subjText.isEmpty() || !subjChange) {
                return false;
            }
            // remove a trailing change word from the subject for splitting, keep it for the phrase
            String changeWord = "";
            for (String cw : IndicatorMatcher.CHANGE_WORDS) {
                if (subjText.endsWith(cw) && subjText.length() > cw.length()) {
                    changeWord = cw;
                    break;
                }
            }
            if (changeWord.isEmpty() && subj.changeWord != null) {
                changeWord = subj.changeWord;
            }
            int itemsEnd = subjText.endsWith(changeWord) && !changeWord.isEmpty() ? sEnd - changeWord.length() : sEnd;
            List<String> items = splitItems(subj.coreStart, itemsEnd);
            if (items.isEmpty()) {
                return false;
            }
            String refKey = refEntry == null ? null : refEntry.indicatorKey();
            String refPhrase = orig.substring(refStart, refEnd);
            int qs = cs;
            for (String item : items) {
                LexiconEntry entry = matcher.match(item, true);
                String phrase = item + changeWord;
                String unit = entry != null ? entry.unit() : "%";
                emit(entry, phrase, true, cc, Comparator.RELATIVE, null, null, unit, relation, refKey, refPhrase,
                        cc.multi, qs, relEnd, relEnd - 1);
            }
            return true;
        }

        // ---------------------------------------------------------- qualitative targets

        void qualitative(int cs, int ce, Ctx cc) {
            while (ce > cs && t.charAt(ce - 1) == ' ') {
                ce--;
            }
            cs = afterBullet(cs, ce);
            if (startsWithAny(t, cs, ce, QUAL_SKIP_LEAD) != null || TARGET_LIST.matcher(t).region(cs, ce).find()) {
                return;
            }
            Pre p = analysePre(t, cs, ce);
            int s = p.coreStart;
            if (ce - s < 4) {
                return;
            }
            int subjEnd = ce;
            for (int i = s + 1; i < ce; i++) {
                if (startsWithAny(t, i, ce, QUAL_VERBS) != null) {
                    subjEnd = i;
                    break;
                }
            }
            String subj = t.substring(s, subjEnd);
            IndicatorMatcher.Core core = IndicatorMatcher.core(subj);
            LexiconEntry entry = matcher.match(subj, false);
            if (entry == null) {
                entry = matcher.match(core.core(), core.change());
            }
            Ctx q = cc.copy();
            q.mode = Mode.TARGET;
            emit(entry, orig.substring(s, subjEnd), core.change(), q, Comparator.QUALITATIVE, null, null,
                    entry != null ? entry.unit() : null, null, null, null, cc.multi, cs, ce, cs);
        }

        // ---------------------------------------------------------- output

        void emit(LexiconEntry entry, String phrase, boolean change, Ctx ctx, Comparator cmp, BigDecimal value,
                BigDecimal high, String unit, Relation relation, String refKey, String refPhrase, boolean multi,
                int qs, int qe, int statusPos) {
            String kind = ctx.mode == Mode.TARGET ? ExtractedStatement.TARGET : ExtractedStatement.ACTUAL;
            int year;
            if (ctx.year != null) {
                year = ctx.year;
            } else if (reportYear == null) {
                year = 0;
            } else if (ctx.mode == Mode.TARGET) {
                year = ctx.future5 ? reportYear + 4 : reportYear;
            } else {
                year = reportYear - 1;
            }
            boolean estimate = false;
            for (int[] e : ctx.estimates) {
                if (statusPos >= e[0] && statusPos < e[1]) {
                    estimate = true;
                    break;
                }
            }
            if (entry != null && value != null && "%".equals(entry.unit()) && !isRateUnit(unit)) {
                entry = null; // "十年增加近70万亿元" is an amount, not the growth rate the phrase names
            }
            String key = entry == null ? null : entry.indicatorKey();
            String suggested = entry == null ? KeySuggester.suggest(phrase, change && (value == null || isRateUnit(unit))) : null;
            if (suggested != null && matcher.hasKey(suggested)) {
                suggested = suggested + (change ? "_change" : "_other");
            }
            out.add(new ExtractedStatement(key, phrase, suggested, kind, year, cmp, value, high, unit,
                    estimate ? ExtractedStatement.ESTIMATE : ExtractedStatement.REPORTED, relation, refKey, refPhrase,
                    multi, orig.substring(qs, qe), qs, qe));
        }
    }

    /** A figure's subject (indicator words as written) and where its quote starts. */
    private record Recent(String subject, int start) {
    }

    /** Context of a sentence or clause. */
    private static final class Ctx {
        Mode mode;
        boolean multi;
        boolean future5;
        Integer year;
        List<int[]> estimates;
        String lastSubject;
        String lastPhrase;
        /** Subjects of the figures of this sentence so far, for a 分别 clause without its own subject. */
        List<Recent> recent = new ArrayList<>();
        int pendingQuoteStart = -1;

        Ctx copy() {
            Ctx c = new Ctx();
            c.mode = mode;
            c.multi = multi;
            c.future5 = future5;
            c.year = year;
            c.estimates = estimates;
            return c;
        }
    }
}
