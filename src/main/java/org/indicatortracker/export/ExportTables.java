package org.indicatortracker.export;

import java.util.List;

/**
 * What the open-data export contains: one table per file (CSV) or sheet (xlsx), each a query over published
 * figures and the catalogue, with a description of every column for the data dictionary.
 */
final class ExportTables {

    record Column(String name, String zh, String en) {
    }

    record Table(String name, String zh, String en, String sql, List<Column> columns) {
    }

    private static Column c(String name, String zh, String en) {
        return new Column(name, zh, en);
    }

    static final List<Table> ALL = List.of(
            new Table("targets", "目标", "Targets announced in work reports (published; every revision, current flags the one in force)",
                    "select t.region_code, r.name_zh, r.name_en, t.indicator_key, i.name_zh, i.name_en, i.unit, t.year, t.comparator, "
                            + "t.value, t.value_high, t.ref_indicator_key, t.relation, t.tolerance, t.stretch_value, t.base_year, "
                            + "t.base_value, t.basis, t.wording, t.adopted_on, "
                            + "not exists (select 1 from target n where n.region_code = t.region_code and n.indicator_key = t.indicator_key "
                            + "and n.year = t.year and n.status = 'published' and n.adopted_on > t.adopted_on), "
                            + "t.source_id, s.title, t.quote "
                            + "from target t join region r on r.code = t.region_code join indicator i on i.key = t.indicator_key "
                            + "left join source_document s on s.id = t.source_id where t.status = 'published' "
                            + "order by t.region_code, t.indicator_key, t.year, t.adopted_on",
                    List.of(c("region_code", "地区代码", "Region code"), c("region_zh", "地区", "Region (Chinese)"),
                            c("region_en", "地区（英文）", "Region (English)"), c("indicator_key", "指标代码", "Indicator key"),
                            c("indicator_zh", "指标", "Indicator (Chinese)"), c("indicator_en", "指标（英文）", "Indicator (English)"),
                            c("unit", "单位", "Unit"), c("year", "年份", "Year the target is for"),
                            c("comparator", "比较方式", "eq, around (左右), gte (以上), lte (以内), range, relative, qualitative"),
                            c("value", "目标值", "Target value (low end of a range)"), c("value_high", "目标上限", "High end of a range"),
                            c("ref_indicator", "参照指标", "For relative targets: the indicator compared with"),
                            c("relation", "相对关系", "above (高于) or in_step (同步)"),
                            c("tolerance", "容差", "Tolerance override for around targets (points for rates, percent for levels)"),
                            c("stretch_value", "力争值", "Stretch value (力争)"), c("base_year", "基期年份", "Base year of a multi-year target"),
                            c("base_value", "基期值", "Base value of a multi-year target"),
                            c("basis", "口径", "nominal, real, year_end, annual_average, comparable_scope, reported_scope"),
                            c("wording", "原文表述", "The target as worded"), c("adopted_on", "确定日期", "When this target (revision) was adopted"),
                            c("current", "现行", "true for the revision in force"), c("source_id", "来源编号", "Source document id"),
                            c("source_title", "来源", "Source document"), c("quote", "原文", "Sentence quoted from the source"))),
            new Table("actuals", "实际", "Outcomes as released, one row per vintage (published)",
                    "select a.region_code, r.name_zh, r.name_en, a.indicator_key, i.name_zh, i.name_en, i.unit, a.year, a.vintage, "
                            + "a.comparator, a.value, a.value_high, a.ref_indicator_key, a.relation, a.basis, a.published_on, "
                            + "a.source_id, s.title, a.quote, a.note "
                            + "from actual a join region r on r.code = a.region_code join indicator i on i.key = a.indicator_key "
                            + "left join source_document s on s.id = a.source_id where a.status = 'published' "
                            + "order by a.region_code, a.indicator_key, a.year, a.published_on",
                    List.of(c("region_code", "地区代码", "Region code"), c("region_zh", "地区", "Region (Chinese)"),
                            c("region_en", "地区（英文）", "Region (English)"), c("indicator_key", "指标代码", "Indicator key"),
                            c("indicator_zh", "指标", "Indicator (Chinese)"), c("indicator_en", "指标（英文）", "Indicator (English)"),
                            c("unit", "单位", "Unit"), c("year", "年份", "Year the outcome is for"),
                            c("vintage", "数据版本", "estimate (预计), preliminary (初步核算), final (最终核实), revised"),
                            c("comparator", "比较方式", "eq for a plain figure; around/gte/lte/range/relative for bounded or relative statements"),
                            c("value", "实际值", "Outcome value (low end of a range)"), c("value_high", "上限", "High end of a range"),
                            c("ref_indicator", "参照指标", "For relative outcomes: the indicator compared with"),
                            c("relation", "相对关系", "above or in_step"), c("basis", "口径", "Statistical basis where stated"),
                            c("published_on", "发布日期", "Release date"), c("source_id", "来源编号", "Source document id"),
                            c("source_title", "来源", "Source document"), c("quote", "原文", "Sentence quoted from the source"),
                            c("note", "备注", "Note"))),
            new Table("sources", "来源文件", "Source documents",
                    "select id, title, issuing_body, region_code, published_on, kind, url from source_document order by id",
                    List.of(c("id", "编号", "Id"), c("title", "标题", "Title"), c("issuing_body", "发布机关", "Issuing body"),
                            c("region_code", "地区代码", "Region code"), c("published_on", "发布日期", "Date"),
                            c("kind", "类型", "work_report, statistical_bulletin or other"), c("url", "链接", "Link"))),
            new Table("indicators", "指标", "The indicator catalogue",
                    "select i.key, i.name_zh, i.name_en, i.unit, i.category, i.direction, i.value_kind, i.default_tolerance, "
                            + "coalesce((select string_agg(alias, '|' order by alias) from indicator_alias a where a.indicator_key = i.key), '') "
                            + "from indicator i order by i.category, i.key",
                    List.of(c("key", "指标代码", "Key"), c("name_zh", "名称", "Name (Chinese)"), c("name_en", "名称（英文）", "Name (English)"),
                            c("unit", "单位", "Unit"), c("category", "类别", "Category"),
                            c("direction", "方向", "higher or lower is better"), c("value_kind", "数值类型", "growth_rate, level, share or count"),
                            c("default_tolerance", "默认容差", "Default tolerance for around targets"),
                            c("aliases", "别名", "Other names in reports, |-separated"))),
            new Table("regions", "地区", "Regions",
                    "select code, name_zh, name_en, level, parent_code, valid_from, valid_to from region order by code",
                    List.of(c("code", "代码", "Admin division code (CN for the country)"), c("name_zh", "名称", "Name (Chinese)"),
                            c("name_en", "名称（英文）", "Name (English)"), c("level", "层级", "country, province, prefecture or county"),
                            c("parent_code", "上级代码", "Parent region"), c("valid_from", "起始日期", "Valid from"),
                            c("valid_to", "终止日期", "Valid to"))));

    static final String ABOUT_ZH = """
            指标追踪（Indicator Tracker）开放数据导出
            内容：已发布的目标（含修订）、各版本实际值、来源文件、指标目录和地区表；数据字典见 dictionary。
            许可：本汇编以知识共享 署名 4.0 国际许可协议（CC BY 4.0）发布；其中的政府公开数据依其来源的规定使用。
            引用：指标追踪（Indicator Tracker），开放数据导出，数据版本 %d，导出日期 %s。
            """;

    static final String ABOUT_EN = """
            Indicator Tracker open-data export
            Contents: published targets (with revisions), outcomes by vintage, source documents, the indicator catalogue
            and regions; the data dictionary describes every column.
            Licence: this compilation is released under Creative Commons Attribution 4.0 International (CC BY 4.0);
            the official figures in it remain subject to the terms of their sources.
            How to cite: Indicator Tracker, open-data export, data version %d, exported %s.
            """;

    private ExportTables() {
    }
}
