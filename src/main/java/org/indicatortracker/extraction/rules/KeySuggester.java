package org.indicatortracker.extraction.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Suggests a snake_case key for an indicator phrase the lexicon does not know, from a small glossary of words that
 * recur in work reports (longest match first). Returns null when no glossary word occurs in the phrase.
 */
final class KeySuggester {
    private KeySuggester() {
    }

    private static final String[][] GLOSSARY = {
        {"地区生产总值", "gdp"}, {"国内生产总值", "gdp"}, {"生产总值", "gdp"}, {"规模以上", "above_size"},
        {"工业增加值", "industrial_value_added"}, {"增加值", "value_added"}, {"固定资产投资", "fixed_asset_investment"},
        {"社会消费品零售总额", "retail_sales"}, {"进出口", "foreign_trade"}, {"一般公共预算收入", "fiscal_revenue"},
        {"一般公共预算支出", "fiscal_spending"}, {"公共预算支出", "budget_spending"}, {"税收", "tax_revenue"},
        {"可支配收入", "disposable_income"}, {"居民", "resident"}, {"城镇", "urban"}, {"农村", "rural"},
        {"城乡", "urban_rural"}, {"城区", "urban_area"}, {"村庄", "village"}, {"城市", "city"},
        {"林长", "forest_chiefs"}, {"河长", "river_chiefs"}, {"湖长", "lake_chiefs"}, {"田长", "field_chiefs"},
        {"造林", "afforestation"}, {"绿化覆盖率", "green_coverage"}, {"绿化", "greening"}, {"森林覆盖率", "forest_coverage"},
        {"森林火灾", "forest_fire"}, {"森林", "forest"}, {"湿地", "wetland"}, {"耕地", "farmland"}, {"高标准农田", "high_standard_farmland"},
        {"粮食", "grain"}, {"产量", "output"}, {"丰收", "harvest"}, {"连丰", "good_harvests"}, {"中药材", "medicinal_herbs"},
        {"基地", "bases"}, {"良种", "seed"}, {"督察", "inspection"}, {"整改", "rectification"}, {"任务", "tasks"},
        {"转化", "conversion"}, {"授信", "credit"}, {"贷款", "loans"}, {"投放", "disbursed"}, {"首笔", "first"},
        {"签约额", "contract_value"}, {"签约", "signed"}, {"招商引资", "investment_attraction"}, {"到位资金", "funds_received"},
        {"资金", "funds"}, {"重点项目", "key_projects"}, {"项目", "projects"}, {"投资", "investment"},
        {"完成率", "completion_rate"}, {"完成", "completed"}, {"游客", "tourists"}, {"旅游收入", "tourism_revenue"},
        {"旅游", "tourism"}, {"研发", "rd"}, {"高新技术企业", "high_tech_enterprises"}, {"企业", "enterprises"},
        {"市场主体", "market_entities"}, {"道路", "roads"}, {"公路", "highways"}, {"高速", "expressway"}, {"铁路", "railway"},
        {"供热管网", "heating_network"}, {"管网", "pipe_network"}, {"老旧小区", "old_residential_compounds"}, {"棚户区", "shanty_towns"},
        {"住房", "housing"}, {"示范村", "model_villages"}, {"硬化", "paved"}, {"栅栏", "fences"}, {"路灯", "street_lamps"},
        {"民生支出", "livelihood_spending"}, {"占比", "share"}, {"比重", "share"}, {"就业", "employment"}, {"新增", "new"},
        {"新建", "new"}, {"新设", "new"}, {"新培育", "new"}, {"改造", "renovated"}, {"救助", "assistance"},
        {"困难群众", "people_in_hardship"}, {"保障标准", "support_standard"}, {"保障", "support"}, {"补贴", "subsidies"},
        {"公益性岗位", "public_welfare_jobs"}, {"社会保险", "social_insurance"}, {"价格", "price"}, {"惠及", "beneficiaries"},
        {"殡葬", "funeral"}, {"服务费", "service_fees"}, {"减免", "waived"}, {"幼儿园", "kindergartens"}, {"普惠性", "inclusive"},
        {"覆盖率", "coverage"}, {"学校", "schools"}, {"中医院", "tcm_hospitals"}, {"医院", "hospitals"}, {"医联体", "medical_alliances"},
        {"专科", "specialist"}, {"医保", "medical_insurance"}, {"参保率", "insured_rate"}, {"参保人数", "insured_people"},
        {"参保", "insured"}, {"人才", "talent"}, {"引进", "recruited"}, {"政策措施", "policy_measures"}, {"创新举措", "innovations"},
        {"营商环境", "business_environment"}, {"政务服务", "government_services"}, {"网办率", "online_rate"},
        {"事项", "items"}, {"失业率", "unemployment_rate"}, {"物价", "prices"}, {"能耗", "energy_intensity"},
        {"碳排放", "carbon_emissions"}, {"二氧化碳", "co2"}, {"空气质量", "air_quality"}, {"优良天数", "good_air_days"},
        {"污染", "pollution"}, {"水质", "water_quality"}, {"养老", "elderly_care"}, {"养老金", "pensions"}, {"医疗", "medical"},
        {"卫生", "health"}, {"教育", "education"}, {"文化", "culture"}, {"体育", "sports"}, {"科技", "science_technology"},
        {"专利", "patents"}, {"外资", "foreign_capital"}, {"内资", "domestic_capital"}, {"出口", "exports"}, {"进口", "imports"},
        {"消费", "consumption"}, {"收入", "income"}, {"支出", "spending"}, {"人口", "population"}, {"城镇化率", "urbanization_rate"},
        {"贫困", "poverty"}, {"脱贫", "poverty_alleviation"}, {"电梯", "elevators"}, {"农业", "agriculture"}, {"工业", "industry"},
        {"服务业", "services"}, {"数字经济", "digital_economy"}, {"生物经济", "bio_economy"}, {"冰雪", "ice_snow"},
        {"生态", "ecological"}, {"环保", "environmental"}, {"年度", "annual"}, {"人数", "people"}, {"人次", "person_times"},
        {"面积", "area"}, {"产值", "output_value"}, {"营业收入", "operating_revenue"}, {"利润", "profits"}, {"增长", "growth"},
        {"增速", "growth"}, {"涨幅", "growth"}, {"下降", "change"}, {"降低", "change"},
        {"PM2.5", "pm25"}, {"学位", "school_places"}, {"充电桩", "charging_piles"}, {"基站", "base_stations"},
        {"5G", "5g"}, {"经营主体", "business_entities"}, {"中小企业", "smes"}, {"公园", "parks"}, {"租赁住房", "rental_housing"},
        {"保障性", "affordable"}, {"运动员", "athletes"}, {"吞吐量", "throughput"}, {"旅客", "passengers"}, {"垃圾", "waste"},
        {"回收利用率", "recycling_rate"}, {"充电", "charging"}, {"示范点", "pilot_sites"}, {"社区", "community"},
        {"国家", "countries"}, {"干部", "officials"}, {"赤字率", "deficit_ratio"}, {"专项债券", "special_bonds"},
        {"债券", "bonds"}, {"赤字", "deficit"}, {"国际收支", "balance_of_payments"}, {"生态环境", "eco_environment"},
        {"节能减排", "energy_saving_emission_reduction"}, {"减贫", "poverty_reduction"}, {"机场", "airport"}};

    private static final java.util.Map<Character, List<String[]>> BY_FIRST = new java.util.HashMap<>();

    static {
        for (String[] g : GLOSSARY) {
            BY_FIRST.computeIfAbsent(g[0].charAt(0), k -> new ArrayList<>()).add(g);
        }
    }

    static String suggest(String phrase, boolean change) {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < phrase.length()) {
            String best = null;
            int bestLen = 0;
            for (String[] g : BY_FIRST.getOrDefault(phrase.charAt(i), List.of())) {
                if (g[0].length() > bestLen && phrase.startsWith(g[0], i)) {
                    best = g[1];
                    bestLen = g[0].length();
                }
            }
            if (best != null) {
                if (words.isEmpty() || !words.get(words.size() - 1).equals(best)) {
                    words.add(best);
                }
                i += bestLen;
            } else {
                i++;
            }
        }
        words.removeIf(w -> w.equals("change"));
        if (words.isEmpty() || (words.size() == 1 && words.get(0).equals("growth"))) {
            return null;
        }
        String last = words.get(words.size() - 1);
        if (change && !last.equals("growth") && !last.equals("change")) {
            words.add("growth");
        }
        String key = String.join("_", words);
        return key.length() > 60 ? key.substring(0, 60).replaceAll("_+$", "") : key;
    }
}
