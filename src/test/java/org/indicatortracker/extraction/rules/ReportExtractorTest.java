package org.indicatortracker.extraction.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.Relation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Sentences in the style of real work reports (municipal, provincial, State Council), one construction per test. */
class ReportExtractorTest {

    static final ReportExtractor EXTRACTOR = Fixtures.extractor();

    static final String TARGETS_MUNICIPAL = "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长6%，"
            + "城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右，居民收入增长与经济增长同步，单位地区生产总值能耗降低2.5%以上，"
            + "粮食产量保持在1.3万亿斤以上，国际收支保持基本平衡，生态环境质量持续改善。";

    static final String STATE_COUNCIL_2024 = "政府工作报告\n"
            + "——2024年3月5日在第十四届全国人民代表大会第二次会议上\n"
            + "国务院总理 李强\n"
            + "各位代表：\n"
            + "一、2023年工作回顾\n"
            + "过去一年，国内生产总值超过126万亿元，增长5.2%，增速居世界主要经济体前列。城镇新增就业1244万人，城镇调查失业率平均为5.2%。"
            + "居民消费价格上涨0.2%。国际收支基本平衡。粮食产量13908亿斤，增产1.3%。居民人均可支配收入实际增长6.1%。\n"
            + "二、2024年经济社会发展总体要求和政策取向\n"
            + "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，城镇调查失业率5.5%左右；"
            + "居民消费价格涨幅3%左右；居民收入增长和经济增长同步；国际收支保持基本平衡；粮食产量1.3万亿斤以上；"
            + "单位国内生产总值能耗降低2.5%左右，生态环境质量持续改善。提出上述预期目标，综合考虑了国内外形势和各方面因素。\n"
            + "赤字率拟按3%安排，赤字规模4.06万亿元。拟安排地方政府专项债券3.9万亿元。\n";

    static final String PROVINCIAL_2023 = "——2023年1月12日在黑龙江省第十四届人民代表大会第一次会议上\n"
            + "黑龙江省省长\n"
            + "一、过去五年工作回顾\n"
            + "过去五年，全省地区生产总值年均增长4.1%，粮食总产量连续5年稳定在1500亿斤以上，实现“十九连丰”。五年累计新增城镇就业155万人。\n"
            + "2022年，全省地区生产总值增长2.7%，规模以上工业增加值增长2.2%。\n"
            + "二、今后五年的目标任务\n"
            + "今后五年，全省地区生产总值年均增长6%左右，森林覆盖率达到47.5%。\n"
            + "三、2023年工作安排\n"
            + "2023年全省经济社会发展的主要预期目标是：地区生产总值增长6%左右；规模以上工业增加值增长7%左右；"
            + "固定资产投资增长10%以上；城乡居民收入增长与经济增长同步；粮食产量稳定在1600亿斤以上；完成国家下达的节能减排目标任务。\n"
            + "新培育高新技术企业1000家以上，全社会研发投入增长15%，到2025年，森林覆盖率达到48%。\n";

    static final String NON_FIGURES = "全面贯彻党的二十大精神和十九届历次全会精神，扎实做好“六稳”、“六保”工作，深刻领悟“两个确立”，"
            + "2023年1月3日在伊春市第十五届人民代表大会第二次会议上，首届冰雪节开幕，第二轮中央环保督察启动，第六批示范区，"
            + "推进5G基站建设，完善“1+N”政策体系，开通“12345”政务服务热线，提供7×24小时服务，实现24小时不打烊，位居全省第3位，"
            + "跻身全国500强，打造100亿级产业集群，荣获2023年中国冰雪旅游城市12佳，推进“三大改革”，运用“四个体系”，"
            + "建设G331国道，PM2.5浓度持续下降，1-11月，2022-2023年度，用3年时间，提前3个月完成。";

    static List<ExtractedStatement> extract(String text, Integer reportYear) {
        ExtractionResult r = EXTRACTOR.extract(new ExtractionRequest(text, null, reportYear));
        assertQuotes(text, r.statements());
        return r.statements();
    }

    static void assertQuotes(String text, List<ExtractedStatement> statements) {
        for (ExtractedStatement s : statements) {
            assertEquals(s.quote(), text.substring(s.start(), s.end()), "quote offsets of " + s);
        }
    }

    /** Finds the only statement with this value and unit (value null: matches by comparator only). */
    static ExtractedStatement one(List<ExtractedStatement> list, String value, String unit) {
        List<ExtractedStatement> hits = new ArrayList<>();
        for (ExtractedStatement s : list) {
            boolean v = value == null ? s.value() == null : s.value() != null && s.value().compareTo(new BigDecimal(value)) == 0;
            if (v && (unit == null || unit.equals(s.unit()))) {
                hits.add(s);
            }
        }
        if (hits.size() != 1) {
            fail("expected one statement " + value + " " + unit + ", found " + hits.size() + " in " + describe(list));
        }
        return hits.get(0);
    }

    /** The only statement with this value, unit and kind. */
    static ExtractedStatement one(List<ExtractedStatement> list, String value, String unit, String kind) {
        return one(list.stream().filter(s -> s.kind().equals(kind)).toList(), value, unit);
    }

    /** The only statement with this value and unit for this indicator key. */
    static ExtractedStatement keyed(List<ExtractedStatement> list, String key, String value) {
        return one(list.stream().filter(s -> key.equals(s.indicatorKey())).toList(), value, null);
    }

    static void check(ExtractedStatement s, String kind, int year, Comparator cmp, String key) {
        assertEquals(kind, s.kind(), s.toString());
        assertEquals(year, s.year(), s.toString());
        assertEquals(cmp, s.comparator(), s.toString());
        assertEquals(key, s.indicatorKey(), s.toString());
    }

    static String describe(List<ExtractedStatement> list) {
        return list.stream().map(s -> s.comparator().wire() + " " + s.value() + s.unit() + " [" + s.quote() + "]")
                .collect(Collectors.joining("; "));
    }

    @Nested
    class TargetsLists {
        @Test
        void municipalTargetsListGivesTargetsForTheReportYear() {
            List<ExtractedStatement> st = extract(TARGETS_MUNICIPAL, 2023);
            assertEquals(9, st.size(), describe(st));
            check(keyed(st, "gdp_growth", "5.5"), "target", 2023, Comparator.AROUND, "gdp_growth");
            check(one(st, "6", "%"), "target", 2023, Comparator.EQ, "fiscal_revenue_growth");
            check(keyed(st, "surveyed_unemployment", "5.5"), "target", 2023, Comparator.LTE, "surveyed_unemployment");
            check(one(st, "3", "%"), "target", 2023, Comparator.AROUND, "cpi_growth");
            check(one(st, "-2.5", "%"), "target", 2023, Comparator.LTE, "energy_intensity_change");
            check(one(st, "1.3", "万亿斤"), "target", 2023, Comparator.GTE, "grain_output");
            ExtractedStatement rel = st.stream().filter(s -> s.comparator() == Comparator.RELATIVE).findFirst().orElseThrow();
            assertEquals("resident_income_growth", rel.indicatorKey());
            assertEquals(Relation.IN_STEP, rel.relation());
            assertEquals("gdp_growth", rel.referencedIndicatorKey());
            assertEquals("经济增长", rel.referencedPhrase());
            List<String> qual = st.stream().filter(s -> s.comparator() == Comparator.QUALITATIVE).map(ExtractedStatement::quote).toList();
            assertEquals(List.of("国际收支保持基本平衡", "生态环境质量持续改善"), qual);
            assertTrue(st.stream().allMatch(s -> s.status().equals("reported") && !s.multiYear()));
        }

        @Test
        void stateCouncilReportReviewAndTargets() {
            ExtractionResult r = EXTRACTOR.extract(new ExtractionRequest(STATE_COUNCIL_2024, null, null));
            assertQuotes(STATE_COUNCIL_2024, r.statements());
            assertEquals(2024, r.reportYear());
            assertEquals("CN", r.region());
            List<ExtractedStatement> st = r.statements();
            check(one(st, "126", "万亿元"), "actual", 2023, Comparator.GTE, "gdp");
            List<ExtractedStatement> fivePointTwo = st.stream()
                    .filter(s -> s.value() != null && s.value().compareTo(new BigDecimal("5.2")) == 0).toList();
            assertEquals(2, fivePointTwo.size(), describe(st));
            check(fivePointTwo.get(0), "actual", 2023, Comparator.EQ, "gdp_growth");
            check(fivePointTwo.get(1), "actual", 2023, Comparator.EQ, "surveyed_unemployment");
            check(one(st, "1244", "万人"), "actual", 2023, Comparator.EQ, "new_urban_jobs");
            check(one(st, "0.2", "%"), "actual", 2023, Comparator.EQ, "cpi_growth");
            check(one(st, "13908", "亿斤"), "actual", 2023, Comparator.EQ, "grain_output");
            check(one(st, "6.1", "%"), "actual", 2023, Comparator.EQ, "resident_income_growth");
            check(one(st, "5", "%"), "target", 2024, Comparator.AROUND, "gdp_growth");
            check(one(st, "1200", "万人"), "target", 2024, Comparator.GTE, "new_urban_jobs");
            check(one(st, "5.5", "%"), "target", 2024, Comparator.AROUND, "surveyed_unemployment");
            check(one(st, "1.3", "万亿斤"), "target", 2024, Comparator.GTE, "grain_output");
            check(one(st, "-2.5", "%"), "target", 2024, Comparator.AROUND, "energy_intensity_change");
            check(one(st, "3.9", "万亿元"), "target", 2024, Comparator.EQ, null);
            assertEquals(2, st.stream().filter(s -> s.comparator() == Comparator.QUALITATIVE).count(), describe(st));
            // "国际收支基本平衡" in the review is an outcome without a figure: not a statement
            assertTrue(st.stream().noneMatch(s -> s.kind().equals("actual") && s.comparator() == Comparator.QUALITATIVE));
            // the explanatory sentence after the list adds nothing
            assertTrue(st.stream().noneMatch(s -> s.quote().contains("上述")));
        }

        @Test
        void provincialReportSectionsDecideKindYearAndMultiYear() {
            ExtractionResult r = EXTRACTOR.extract(new ExtractionRequest(PROVINCIAL_2023, null, null));
            assertQuotes(PROVINCIAL_2023, r.statements());
            assertEquals(2023, r.reportYear());
            assertEquals("230000", r.region());
            List<ExtractedStatement> st = r.statements();
            ExtractedStatement fiveYear = one(st, "4.1", "%");
            check(fiveYear, "actual", 2022, Comparator.EQ, "gdp_growth");
            assertTrue(fiveYear.multiYear());
            ExtractedStatement grain = one(st, "1500", "亿斤");
            check(grain, "actual", 2022, Comparator.GTE, "grain_output");
            assertTrue(grain.multiYear());
            check(one(st, "19", "年"), "actual", 2022, Comparator.EQ, "consecutive_good_harvests");
            assertTrue(one(st, "155", "万人").multiYear());
            ExtractedStatement single = one(st, "2.7", "%");
            check(single, "actual", 2022, Comparator.EQ, "gdp_growth");
            assertFalse(single.multiYear(), "an explicit single year inside a five-year paragraph");
            ExtractedStatement future = one(st, "47.5", "%");
            check(future, "target", 2027, Comparator.EQ, "forest_coverage");
            assertTrue(future.multiYear());
            ExtractedStatement fiveYearTarget = one(st.stream().filter(ExtractedStatement::multiYear).toList(), "6", "%");
            check(fiveYearTarget, "target", 2027, Comparator.AROUND, "gdp_growth");
            check(one(st.stream().filter(s -> s.year() == 2023).toList(), "6", "%"), "target", 2023, Comparator.AROUND, "gdp_growth");
            check(one(st, "1600", "亿斤"), "target", 2023, Comparator.GTE, "grain_output");
            check(one(st, "1000", "家"), "target", 2023, Comparator.GTE, "new_high_tech_enterprises");
            check(one(st, "48", "%"), "target", 2025, Comparator.EQ, "forest_coverage");
            ExtractedStatement qual = st.stream().filter(s -> s.comparator() == Comparator.QUALITATIVE).findFirst().orElseThrow();
            assertEquals("完成国家下达的节能减排目标任务", qual.quote());
            ExtractedStatement rel = st.stream().filter(s -> s.comparator() == Comparator.RELATIVE).findFirst().orElseThrow();
            check(rel, "target", 2023, Comparator.RELATIVE, "resident_income_growth");
            // "连续5年" only qualifies the figure after it
            assertTrue(st.stream().noneMatch(s -> s.value() != null && s.value().intValue() == 5 && "年".equals(s.unit())));
        }
    }

    @Nested
    class Comparators {
        @Test
        void rangesInTheirUsualSpellings() {
            List<ExtractedStatement> st = extract("国内生产总值增长6%-6.5%，一般公共预算收入增长6%～6.5%，固定资产投资增长7至8%，"
                    + "社会消费品零售总额增长8%—9%。", 2019);
            assertEquals(4, st.size(), describe(st));
            for (ExtractedStatement s : st) {
                assertEquals(Comparator.RANGE, s.comparator());
                assertTrue(s.valueHigh().compareTo(s.value()) > 0);
                assertEquals("%", s.unit());
            }
            assertEquals(new BigDecimal("6.5"), st.get(0).valueHigh());
            assertEquals(0, st.get(2).value().compareTo(BigDecimal.valueOf(7)));
            assertEquals("retail_sales_growth", st.get(3).indicatorKey());
        }

        @Test
        void atLeastAtMostAndAround() {
            List<ExtractedStatement> st = extract("全市地区生产总值突破1000亿元，外贸进出口总额超过500亿元，实际利用外资不低于3亿美元，"
                    + "赤字率不超过3%，城镇登记失业率控制在4.5%以内，新增市场主体近2万户，全年接待游客约1200万人次，"
                    + "引进各类人才3000余名，PM2.5平均浓度在35微克/立方米以下，新增就业不少于1.5万人。", 2024);
            assertEquals(10, st.size(), describe(st));
            check(one(st, "1000", "亿元"), "actual", 2023, Comparator.GTE, "gdp");
            assertEquals(Comparator.GTE, one(st, "500", "亿元").comparator());
            assertEquals(Comparator.GTE, one(st, "3", "亿美元").comparator());
            assertEquals(Comparator.LTE, one(st, "3", "%").comparator());
            check(one(st, "4.5", "%"), "actual", 2023, Comparator.LTE, "registered_unemployment");
            assertEquals(Comparator.AROUND, one(st, "2", "万户").comparator());
            check(one(st, "1200", "万人次"), "actual", 2023, Comparator.AROUND, "tourist_arrivals");
            assertEquals(Comparator.GTE, one(st, "3000", "名").comparator());
            check(one(st, "35", "微克/立方米"), "actual", 2023, Comparator.LTE, "pm25_concentration");
            assertEquals(Comparator.GTE, one(st, "1.5", "万人").comparator());
        }

        @Test
        void declinesAreNegativeAndFlipTheirBound() {
            List<ExtractedStatement> st = extract("规模以上工业增加值下降1.2%，单位地区生产总值能耗降低2.5%以上，"
                    + "单位地区生产总值二氧化碳排放下降不超过1%，一般公共预算收入同比下降0.5个百分点，增长-3.4%的社会消费品零售总额。", 2023);
            check(one(st, "-1.2", "%"), "actual", 2022, Comparator.EQ, "industrial_value_added_growth");
            check(one(st, "-2.5", "%"), "actual", 2022, Comparator.LTE, "energy_intensity_change");
            check(one(st, "-1", "%"), "actual", 2022, Comparator.GTE, "co2_intensity_change");
            assertEquals("个百分点", one(st, "-0.5", "个百分点").unit());
            assertEquals(Comparator.EQ, one(st, "-3.4", "%").comparator());
        }

        @Test
        void relativeTargetsAboveAndInStep() {
            List<ExtractedStatement> st = extract("力争实现：城镇、农村常住居民人均可支配收入增长高于经济增长，居民收入增长和经济增长基本同步，"
                    + "城乡居民收入增速快于地区生产总值增速，项目与主体工程同步设计、同步施工。", 2023);
            List<ExtractedStatement> rel = st.stream().filter(s -> s.comparator() == Comparator.RELATIVE).toList();
            assertEquals(4, rel.size(), describe(st));
            assertEquals("urban_income_growth", rel.get(0).indicatorKey());
            assertEquals("rural_income_growth", rel.get(1).indicatorKey());
            assertEquals(rel.get(0).quote(), rel.get(1).quote());
            assertEquals("城镇、农村常住居民人均可支配收入增长高于经济增长", rel.get(0).quote());
            assertEquals(Relation.ABOVE, rel.get(0).relation());
            assertEquals(Relation.IN_STEP, rel.get(2).relation());
            assertEquals("resident_income_growth", rel.get(2).indicatorKey());
            assertEquals(Relation.ABOVE, rel.get(3).relation());
            assertEquals("gdp_growth", rel.get(3).referencedIndicatorKey());
            assertTrue(rel.stream().allMatch(s -> s.value() == null && s.kind().equals("target")));
        }
    }

    @Nested
    class Lists {
        @Test
        void fenbieListsPairSubjectsWithValues() {
            String text = "在疫情防控大背景下，全市接待游客和旅游收入分别增长10%、13%。全市城区、村庄绿化覆盖率分别达40.4%、35.7%。"
                    + "城镇居民和农村居民人均可支配收入分别增长5.1%和6.3%。";
            List<ExtractedStatement> st = extract(text, 2023);
            assertEquals(6, st.size(), describe(st));
            check(one(st, "10", "%"), "actual", 2022, Comparator.EQ, "tourist_arrivals_growth");
            check(one(st, "13", "%"), "actual", 2022, Comparator.EQ, "tourism_revenue_growth");
            assertEquals("全市接待游客和旅游收入分别增长10%、13%", one(st, "10", "%").quote());
            assertEquals(one(st, "10", "%").quote(), one(st, "13", "%").quote());
            assertEquals("村庄绿化覆盖率", one(st, "35.7", "%").indicatorPhrase());
            assertEquals("城区绿化覆盖率", one(st, "40.4", "%").indicatorPhrase());
            check(one(st, "5.1", "%"), "actual", 2022, Comparator.EQ, "urban_income_growth");
            check(one(st, "6.3", "%"), "actual", 2022, Comparator.EQ, "rural_income_growth");
        }

        @Test
        void listsSharingOneVerbAndCountsWithMeasureWords() {
            String text = "投入7.2亿元，升级改造中心城区道路8条、供热管网85.8公里，改造老旧小区17个。完成新设4县中医院建设，"
                    + "组建3个专科、4个城市医联体和6个城乡医联体。完成建设硬化道路15.2万平方米、栅栏6.8万延长米、路灯648基。"
                    + "全市120个重点项目完成投资79.8亿元，保障了8.1万名困难群众基本生活。";
            List<ExtractedStatement> st = extract(text, 2023);
            assertEquals(14, st.size(), describe(st));
            assertEquals("供热管网", one(st, "85.8", "公里").indicatorPhrase());
            assertEquals("中医院建设", one(st, "4", "县").indicatorPhrase());
            assertEquals("城乡医联体", one(st, "6", "个").indicatorPhrase());
            assertEquals("6个城乡医联体", one(st, "6", "个").quote());
            assertEquals("重点项目", one(st, "120", "个").indicatorPhrase());
            check(one(st, "79.8", "亿元"), "actual", 2022, Comparator.EQ, "key_project_investment");
            one(st, "6.8", "万延长米");
            one(st, "648", "基");
            one(st, "8.1", "万名");
        }

        @Test
        void streaksInChineseAndArabicNumerals() {
            List<ExtractedStatement> st = extract("粮食生产实现“十九连丰”，保障标准实现“十六连增”，实现连续19年未发生重大森林火灾，"
                    + "城乡居民收入连续五年跑赢经济增长，出口实现三连升。", 2023);
            assertEquals(5, st.size(), describe(st));
            for (ExtractedStatement s : st) {
                assertEquals("年", s.unit());
                assertEquals(Comparator.EQ, s.comparator());
            }
            check(st.get(0), "actual", 2022, Comparator.EQ, "consecutive_good_harvests");
            assertEquals(19, st.get(0).value().intValue());
            assertEquals(16, st.get(1).value().intValue());
            check(st.get(2), "actual", 2022, Comparator.EQ, "major_forest_fire_free_years");
            assertEquals(19, st.get(2).value().intValue());
            assertEquals(5, st.get(3).value().intValue());
            assertEquals(3, st.get(4).value().intValue());
        }
    }

    @Nested
    class Context {
        @Test
        void estimateCoversTheListAfterYujiUntilTheSentenceEnds() {
            String text = "预计全年地区生产总值增长5%左右，城镇新增就业2.1万人，城镇、农村居民人均可支配收入增长高于经济增长。"
                    + "全年实际利用内资增长12%。预计固定资产投资增长8%，同时，一般公共预算收入增长8.5%。";
            List<ExtractedStatement> st = extract(text, 2023);
            assertEquals("estimate", one(st, "5", "%").status());
            assertEquals("estimate", one(st, "2.1", "万人").status());
            assertTrue(st.stream().filter(s -> s.comparator() == Comparator.RELATIVE).allMatch(s -> s.status().equals("estimate")));
            assertEquals("reported", one(st, "12", "%").status());
            assertEquals("estimate", one(st, "8", "%").status());
            assertEquals("reported", one(st, "8.5", "%").status(), "同时 starts a new clause");
        }

        @Test
        void multiYearFiguresAreFlagged() {
            String text = "一、过去五年工作回顾\n五年来，全市地区生产总值年均增长6.2%，城镇新增就业累计8.5万人。\n"
                    + "二、2023年工作安排\n一般公共预算收入年均增长5%以上，城镇化率达到55%。";
            List<ExtractedStatement> st = extract(text, 2023);
            ExtractedStatement a = one(st, "6.2", "%");
            check(a, "actual", 2022, Comparator.EQ, "gdp_growth");
            assertTrue(a.multiYear());
            assertTrue(one(st, "8.5", "万人").multiYear());
            ExtractedStatement t = one(st, "5", "%");
            check(t, "target", 2023, Comparator.GTE, "fiscal_revenue_growth");
            assertTrue(t.multiYear(), "年均");
            assertFalse(one(st, "55", "%").multiYear());
        }

        @Test
        void fiveYearReviewCarriesTheSubjectAndKeepsAmountsApartFromRates() {
            String text = "一、过去五年工作回顾\n国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%。"
                    + "粮食产量连年稳定在1.3万亿斤以上。近1亿农业转移人口在城镇落户。\n";
            List<ExtractedStatement> st = extract(text, 2023);
            assertEquals(6, st.size(), describe(st));
            assertTrue(st.stream().allMatch(s -> s.multiYear() && s.kind().equals("actual") && s.year() == 2022));
            check(one(st, "121", "万亿元"), "actual", 2022, Comparator.EQ, "gdp");
            check(one(st, "5.2", "%"), "actual", 2022, Comparator.EQ, "gdp_growth");
            check(one(st, "6.2", "%"), "actual", 2022, Comparator.EQ, "gdp_growth");
            ExtractedStatement amount = one(st, "70", "万亿元");
            check(amount, "actual", 2022, Comparator.AROUND, null);
            assertFalse("gdp_growth".equals(amount.suggestedKey()), () -> "a suggestion never reuses an existing key, got " + amount.suggestedKey());
            check(one(st, "1.3", "万亿斤"), "actual", 2022, Comparator.GTE, "grain_output");
            assertEquals("农业转移人口在城镇落户", one(st, "1", "亿").indicatorPhrase());
        }

        @Test
        void reportYearFromReviewHeadingAndRequestOverrides() {
            String text = "一、2022年工作回顾\n伊春市全年地区生产总值增长4%，伊春旅游收入增长13%。";
            ExtractionResult inferred = EXTRACTOR.extract(new ExtractionRequest(text, null, null));
            assertEquals(2023, inferred.reportYear());
            assertEquals("230700", inferred.region(), "region by most frequent name when the header names none");
            assertEquals(2022, inferred.statements().get(0).year());
            ExtractionResult given = EXTRACTOR.extract(new ExtractionRequest(text, "230000", 2020));
            assertEquals(2020, given.reportYear());
            assertEquals("230000", given.region());
            assertEquals(2019, given.statements().get(0).year());
        }

        @Test
        void explicitYearsAtClauseStart() {
            List<ExtractedStatement> st = extract("2023年，全市地区生产总值完成1234.5亿元，同比增长6.5%。到2025年，森林覆盖率达到48%。"
                    + "去年全市新增就业1.2万人，今年力争新增就业1.5万人。", 2024);
            check(one(st, "1234.5", "亿元"), "actual", 2023, Comparator.EQ, "gdp");
            check(one(st, "6.5", "%"), "actual", 2023, Comparator.EQ, "gdp_growth");
            check(one(st, "48", "%"), "target", 2025, Comparator.EQ, "forest_coverage");
            assertEquals("actual", one(st, "1.2", "万人").kind());
            assertEquals(2023, one(st, "1.2", "万人").year());
            assertEquals("target", one(st, "1.5", "万人").kind());
            assertEquals(2024, one(st, "1.5", "万人").year());
        }

        @Test
        void fullWidthDigitsAndPunctuationKeepOriginalOffsets() {
            String text = "今年主要预期目标是：地区生产总值增长５．５％左右；城镇新增就业１２００万人以上；居民消费价格涨幅３％左右。";
            List<ExtractedStatement> st = extract(text, 2022);
            assertEquals(3, st.size(), describe(st));
            ExtractedStatement gdp = one(st, "5.5", "%");
            check(gdp, "target", 2022, Comparator.AROUND, "gdp_growth");
            assertEquals("地区生产总值增长５．５％左右", gdp.quote());
            assertEquals(gdp.quote(), text.substring(gdp.start(), gdp.end()));
            check(one(st, "1200", "万人"), "target", 2022, Comparator.GTE, "new_urban_jobs");
        }

        @Test
        void qualitativeOnlyInsideATargetsList() {
            List<ExtractedStatement> review = extract("生态环境质量持续改善，国际收支基本平衡。", 2023);
            assertTrue(review.isEmpty(), describe(review));
            List<ExtractedStatement> list = extract("主要目标是：生态环境质量持续改善，粮食产量保持稳定。", 2023);
            assertEquals(2, list.size(), describe(list));
            assertTrue(list.stream().allMatch(s -> s.comparator() == Comparator.QUALITATIVE && s.kind().equals("target")));
            assertEquals("grain_output", list.get(1).indicatorKey());
        }
    }

    @Nested
    class Matching {
        @Test
        void namesAndAliasesLongestMatch() {
            List<ExtractedStatement> st = extract("国内生产总值增长5.2%，地区生产总值达到1200亿元，规上工业增加值增长7%，"
                    + "城镇常住居民人均可支配收入增长5%，居民人均可支配收入增长6%，数字经济增长20%。", 2024);
            assertEquals("gdp_growth", one(st, "5.2", "%").indicatorKey());
            assertEquals("gdp", one(st, "1200", "亿元").indicatorKey());
            assertEquals("industrial_value_added_growth", one(st, "7", "%").indicatorKey());
            assertEquals("urban_income_growth", one(st, "5", "%").indicatorKey());
            assertEquals("resident_income_growth", one(st, "6", "%").indicatorKey());
            ExtractedStatement digital = one(st, "20", "%");
            assertNull(digital.indicatorKey(), "经济增长 must not swallow 数字经济增长");
            assertEquals("数字经济增长", digital.indicatorPhrase());
            assertEquals("digital_economy_growth", digital.suggestedKey());
        }

        @Test
        void unmatchedPhraseGetsASuggestionAndTheLexiconIsExtendable() {
            String text = "全面推行林长制，设定四级林长2138名。";
            ExtractedStatement before = one(extract(text, 2023), "2138", "名");
            assertNull(before.indicatorKey());
            assertTrue(before.indicatorPhrase().endsWith("四级林长"), before.indicatorPhrase());
            assertEquals("forest_chiefs", before.suggestedKey());
            List<LexiconEntry> lexicon = new ArrayList<>(Fixtures.lexicon());
            lexicon.add(new LexiconEntry("forest_chiefs", "林长", List.of("四级林长", "设定四级林长"), "名"));
            ExtractedStatement after = new ReportExtractor(lexicon, Fixtures.regions())
                    .extract(new ExtractionRequest(text, null, 2023)).statements().get(0);
            assertEquals("forest_chiefs", after.indicatorKey());
            assertNull(after.suggestedKey());
        }
    }

    /** Constructions found in other reports than the seed (see also KeyedReportsTest). */
    @Nested
    class OtherReports {
        @Test
        void theStartingPointOfAChangeIsNotAStatement() {
            String text = "研发经费投入强度从2.1%提高到2.5%以上，森林覆盖率由2020年的45%提高到47%。";
            List<ExtractedStatement> st = extract(text, 2023);
            assertEquals(2, st.size(), describe(st));
            ExtractedStatement rd = one(st, "2.5", "%");
            check(rd, "actual", 2022, Comparator.GTE, "rd_intensity");
            assertEquals("研发经费投入强度从2.1%提高到2.5%以上", rd.quote());
            check(one(st, "47", "%"), "actual", 2022, Comparator.EQ, "forest_coverage");
        }

        @Test
        void gapsToOtherRegionsOrBudgetsAreNotStatements() {
            String text = "地区生产总值增长4.8%，高于全国0.6个百分点；规上工业增加值增长7%，比全省平均水平快1.2个百分点。"
                    + "赤字率拟按2.8%安排，比去年预算高0.2个百分点。优良天数比率84.7%，同比提高1.4个百分点。";
            List<ExtractedStatement> st = extract(text, 2024);
            assertEquals(5, st.size(), describe(st));
            assertEquals(1, st.stream().filter(s -> "个百分点".equals(s.unit())).count(), describe(st));
            one(st, "1.4", "个百分点");
        }

        @Test
        void fenbieWithoutSubjectPairsWithTheFiguresJustNamed() {
            String text = "全年接待游客4.7亿人次、实现旅游收入1.1万亿元，分别增长22%和31%。"
                    + "城镇和农村居民人均可支配收入分别达到6.1万元和2.5万元，分别增长4.3%和6.4%。";
            List<ExtractedStatement> st = extract(text, 2024);
            assertEquals(8, st.size(), describe(st));
            check(one(st, "22", "%"), "actual", 2023, Comparator.EQ, "tourist_arrivals_growth");
            check(one(st, "31", "%"), "actual", 2023, Comparator.EQ, "tourism_revenue_growth");
            assertEquals("全年接待游客4.7亿人次、实现旅游收入1.1万亿元，分别增长22%和31%", one(st, "31", "%").quote());
            check(one(st, "4.3", "%"), "actual", 2023, Comparator.EQ, "urban_income_growth");
            check(one(st, "6.4", "%"), "actual", 2023, Comparator.EQ, "rural_income_growth");
            assertEquals("农村居民人均可支配收入", one(st, "2.5", "万元").indicatorPhrase());
        }

        @Test
        void bracketedAbbreviationsDoNotHideTheName() {
            List<ExtractedStatement> st = extract("居民消费价格指数（CPI）上涨0.4%，国内生产总值(GDP)增长5%。", 2024);
            assertEquals("cpi_growth", one(st, "0.4", "%").indicatorKey());
            assertEquals("gdp_growth", one(st, "5", "%").indicatorKey());
        }

        @Test
        void targetsListCuesInTheirUsualWordings() {
            for (String cue : List.of("主要预期目标建议为：", "主要预期目标确定为：", "主要目标安排如下：", "主要预期目标为：",
                    "今年政府工作的主要预期目标是：")) {
                List<ExtractedStatement> st = extract("2024年全省经济社会发展" + cue + "地区生产总值增长6%左右，生态环境质量持续改善。", 2024);
                assertEquals(2, st.size(), cue + ": " + describe(st));
                assertTrue(st.stream().allMatch(s -> s.kind().equals("target") && s.year() == 2024), cue);
                assertEquals(Comparator.QUALITATIVE, st.get(1).comparator(), cue);
            }
        }

        @Test
        void fiveYearPlanPeriodsEndInTheirLastYear() {
            List<ExtractedStatement> st = extract("“十四五”期间，研发经费投入强度力争达到3.6%。到“十四五”末，森林覆盖率达到48%。", 2024);
            ExtractedStatement rd = one(st, "3.6", "%");
            check(rd, "target", 2025, Comparator.EQ, "rd_intensity");
            assertTrue(rd.multiYear());
            ExtractedStatement forest = one(st, "48", "%");
            check(forest, "target", 2025, Comparator.EQ, "forest_coverage");
            assertFalse(forest.multiYear());
            ExtractedStatement past = one(extract("“十三五”时期，全省生产总值年均增长6.5%。", 2021), "6.5", "%");
            check(past, "actual", 2020, Comparator.EQ, "gdp_growth");
            assertTrue(past.multiYear());
        }

        @Test
        void estimateCoversAListSeparatedBySemicolons() {
            String text = "预计全年地区生产总值增长5.5%；规模以上工业增加值增长12%；据初步核算，一般公共预算收入增长9.2%。";
            List<ExtractedStatement> st = extract(text, 2024);
            assertEquals("estimate", one(st, "5.5", "%").status());
            assertEquals("estimate", one(st, "12", "%").status());
            assertEquals("reported", one(st, "9.2", "%").status(), "初步核算 after a semicolon starts a new source");
        }

        @Test
        void roundMagnitudesAfterAVerbAreFigures() {
            List<ExtractedStatement> st = extract("社会消费品零售总额突破万亿元，外贸进出口总额超千亿元，打造千亿级产业集群。", 2024);
            assertEquals(2, st.size(), describe(st));
            check(one(st, "1", "万亿元"), "actual", 2023, Comparator.GTE, null);
            assertEquals("社会消费品零售总额", one(st, "1", "万亿元").indicatorPhrase());
            assertEquals(Comparator.GTE, one(st, "1000", "亿元").comparator());
        }

        @Test
        void aSubjectInThePreviousClauseCarriesOver() {
            ExtractedStatement s = one(extract("过去五年，全市经济总量连跨两个千亿级台阶，年均增长5.8%。", 2024), "5.8", "%");
            check(s, "actual", 2023, Comparator.EQ, "gdp_growth");
            assertTrue(s.multiYear());
        }

        @Test
        void perCapitaAndPerUnitNamesAreOtherIndicators() {
            List<ExtractedStatement> st = extract("人均地区生产总值超过1.5万美元，地区生产总值达到1.2万亿元。", 2024);
            assertNull(one(st, "1.5", "万美元").indicatorKey());
            assertEquals("gdp", one(st, "1.2", "万亿元").indicatorKey());
        }

        @Test
        void aroundBeforeDeIsStillAFigureButAThresholdIsNot() {
            List<ExtractedStatement> st = extract("调查失业率稳定在5%左右的较低水平，规模以上工业企业（年主营业务收入2000万元以上的企业）增长8%。", 2019);
            assertEquals(2, st.size(), describe(st));
            check(one(st, "5", "%"), "actual", 2018, Comparator.AROUND, "surveyed_unemployment");
        }

        @Test
        void cutOffDatesSetTheYear() {
            check(one(extract("截至2023年底，全市5G基站达到1.2万个。", 2025), "1.2", "万个"), "actual", 2023, Comparator.EQ, null);
        }

        @Test
        void aTargetsListWithOneItemPerParagraph() {
            String text = "二、2025年工作安排\n今年经济社会发展的主要预期目标是：\n——地区生产总值增长5.5%左右；\n"
                    + "——城镇调查失业率控制在5.5%以内；\n——居民收入增长与经济增长同步；\n——生态环境质量持续改善。\n"
                    + "围绕上述目标，重点抓好以下工作。\n推动生态环境持续好转。";
            List<ExtractedStatement> st = extract(text, 2025);
            assertEquals(4, st.size(), describe(st));
            assertTrue(st.stream().allMatch(s -> s.kind().equals("target") && s.year() == 2025));
            assertEquals("地区生产总值增长5.5%左右", st.get(0).quote());
            assertEquals("生态环境质量持续改善", st.get(3).quote());
            assertEquals(Comparator.QUALITATIVE, st.get(3).comparator());
        }

        @Test
        void listMarksAreNeitherNamesNorQuotes() {
            List<ExtractedStatement> st = extract("一是地区生产总值增长5.6%；二是一般公共预算收入增长4.1%。(1)城镇新增就业1.2万人。", 2025);
            assertEquals(List.of("地区生产总值增长5.6%", "一般公共预算收入增长4.1%", "城镇新增就业1.2万人"),
                    st.stream().map(ExtractedStatement::quote).toList());
            assertEquals(List.of("gdp_growth", "fiscal_revenue_growth", "new_urban_jobs"),
                    st.stream().map(ExtractedStatement::indicatorKey).toList());
        }

        @Test
        void classDefinitionsAndRanksAreNotFigures() {
            List<ExtractedStatement> st = extract("全年实施10亿元以上项目20个，引进1000万元以上企业35家，位居全省前10位。", 2025);
            assertEquals(2, st.size(), describe(st));
            assertEquals("实施10亿元以上项目", one(st, "20", "个").indicatorPhrase());
            one(st, "35", "家");
        }

        @Test
        void fillersBeforeAnAmountAreNotPartOfTheName() {
            ExtractedStatement s = one(extract("今年拟安排地方政府专项债券3.9万亿元。", 2024), "3.9", "万亿元");
            assertEquals("地方政府专项债券", s.indicatorPhrase());
            assertEquals("target", s.kind());
        }
    }

    @Nested
    class NotFigures {
        @Test
        void datesSessionsOrdinalsAndProgrammeNamesAreNotReturned() {
            List<ExtractedStatement> st = extract(NON_FIGURES, 2023);
            assertTrue(st.isEmpty(), describe(st));
        }

        @Test
        void theNumberAfterAProgrammeNameIsStillAFigure() {
            List<ExtractedStatement> st = extract("设定“4+2”田长58212名，“5G+智慧城市”项目12个。", 2023);
            assertEquals(2, st.size(), describe(st));
            one(st, "58212", "名");
            one(st, "12", "个");
        }

        @Test
        void emptyAndNullText() {
            assertTrue(EXTRACTOR.extract(new ExtractionRequest("", null, null)).statements().isEmpty());
            ExtractionResult r = EXTRACTOR.extract(new ExtractionRequest(null, null, null));
            assertTrue(r.statements().isEmpty());
            assertNull(r.reportYear());
        }
    }
}
