package org.indicatortracker.chart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.indicatortracker.chart.ChartPayloads.Chart;
import org.indicatortracker.chart.ChartPayloads.Dataset;
import org.indicatortracker.chart.ChartPayloads.PointMeta;
import org.indicatortracker.chart.ChartPayloads.Table;
import org.indicatortracker.chart.ChartText.Lang;
import org.indicatortracker.domain.Basis;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.Direction;
import org.indicatortracker.domain.Relation;
import org.indicatortracker.domain.Verdict;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.evaluation.EvaluationPayloads.Evaluation;
import org.indicatortracker.evaluation.EvaluationService;
import org.indicatortracker.evaluation.rules.Judgement;
import org.indicatortracker.evaluation.rules.Statement;
import org.indicatortracker.evaluation.rules.TargetInput;
import org.indicatortracker.evaluation.rules.Traits;
import org.indicatortracker.evaluation.rules.VerdictRules;
import org.indicatortracker.figure.Actual;
import org.indicatortracker.indicator.Indicator;
import org.indicatortracker.region.Region;

/** Charts that compare: years side by side, regions ranked, and the share of targets met over the years. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ComparisonCharts {

    @Inject
    EvaluationService evaluations;

    @Inject
    EntityManager em;

    Chart compareYears(Region region, List<Integer> years, List<Indicator> chosen, String category, Lang lang) {
        Map<String, Map<Integer, Evaluation>> judged = new HashMap<>();
        for (Evaluation e : evaluations.evaluate(region.code, null, null)) {
            if (years.contains(e.year())) {
                judged.computeIfAbsent(e.indicator().key(), k -> new HashMap<>()).put(e.year(), e);
            }
        }
        Map<String, Map<Integer, List<Actual>>> outcomes = Actual.published(region.code, years, null).stream()
                .collect(Collectors.groupingBy(a -> a.indicatorKey, Collectors.groupingBy(a -> a.year)));
        Map<String, Indicator> catalogue = Indicator.<Indicator>listAll().stream().collect(Collectors.toMap(i -> i.key, i -> i));
        List<Indicator> indicators;
        if (!chosen.isEmpty()) {
            indicators = chosen;
        } else {
            Set<String> keys = new LinkedHashSet<>(judged.keySet());
            keys.addAll(outcomes.keySet());
            indicators = keys.stream().map(catalogue::get)
                    .filter(i -> category == null || category.equals(i.category))
                    .sorted(java.util.Comparator.comparing((Indicator i) -> judged.containsKey(i.key) ? 0 : 1)
                            .thenComparing(i -> i.category).thenComparing(i -> i.key))
                    .toList();
        }
        List<String> labels = indicators.stream().map(i -> ChartSupport.name(lang, i)).toList();
        List<Dataset> datasets = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int year : years) {
            List<Object> values = new ArrayList<>();
            List<Object> targets = new ArrayList<>();
            List<PointMeta> meta = new ArrayList<>();
            List<PointMeta> targetMeta = new ArrayList<>();
            for (Indicator i : indicators) {
                Evaluation e = judged.getOrDefault(i.key, Map.of()).get(year);
                Actual latest = Actual.latestRelease(outcomes.getOrDefault(i.key, Map.of()).getOrDefault(year, List.of()));
                Verdict verdict = e == null ? null : e.verdict();
                String wording = e == null ? null : e.target().wording();
                values.add(ChartSupport.plotted(latest));
                meta.add(ChartSupport.outcomeMeta(lang, latest, verdict, e == null ? null : e.margin(), wording,
                        e == null ? null : SeriesCharts.reason(lang, e.reasonZh(), e.reasonEn())));
                Comparator c = e == null ? null : e.target().comparator();
                BigDecimal targetValue = c == null || c == Comparator.RELATIVE || c == Comparator.QUALITATIVE ? null : e.target().value();
                targets.add(targetValue);
                targetMeta.add(e == null ? PointMeta.NONE : new PointMeta(verdict.wire(), ChartText.verdict(lang, verdict),
                        null, null, null, wording, c.wire(), null, null, null, null, e.target().quote(), null));
                rows.add(ChartSupport.row(
                        "indicator", ChartSupport.name(lang, i),
                        "indicator_key", i.key,
                        "unit", i.unit,
                        "year", year,
                        "target_wording", wording,
                        "target_value", targetValue,
                        "outcome_value", ChartSupport.plotted(latest),
                        "outcome_stated", ChartSupport.stated(lang, latest),
                        "vintage", latest == null ? null : ChartText.vintage(lang, latest.vintage),
                        "verdict", ChartText.verdict(lang, verdict),
                        "margin", e == null ? null : e.margin(),
                        "source", latest == null || latest.source == null ? null : latest.source.title,
                        "quote", latest == null ? null : latest.quote));
            }
            datasets.add(Dataset.of("outcome_" + year, "outcome", String.valueOf(year), "bar", values, meta));
            datasets.add(Dataset.of("target_" + year, "target", ChartText.get(lang, "target") + " " + year, "line", targets, targetMeta)
                    .points(java.util.Collections.nCopies(targets.size(), "line")));
        }
        List<String> notes = new ArrayList<>();
        if (indicators.stream().map(i -> i.unit).distinct().count() > 1) {
            notes.add(ChartText.get(lang, "note_mixed_units"));
        }
        if (indicators.isEmpty()) {
            notes.add(ChartText.get(lang, "note_no_data"));
        }
        String yearList = years.stream().map(String::valueOf).collect(Collectors.joining(lang.zh() ? "、" : ", "));
        String unit = indicators.stream().map(i -> i.unit).distinct().count() == 1 ? indicators.get(0).unit : null;
        return new Chart(ChartText.get(lang, "compare_years_title", ChartSupport.name(lang, region), yearList),
                ChartText.get(lang, "compare_years_subtitle"), unit, labels, datasets,
                new Table(ChartSupport.columns(lang, "indicator", "indicator_key", "unit", "year", "target_wording", "target_value",
                        "outcome_value", "outcome_stated", "vintage", "verdict", "margin", "source", "quote"), rows), notes, Map.of());
    }

    /** One indicator and year across regions; built from two set-based queries, not per region. */
    Chart compareRegions(Indicator indicator, int year, Collection<String> regionCodes, String parent, Lang lang) {
        String filter = regionCodes != null ? " and x.region_code in (:regions)"
                : parent != null ? " and x.region_code in (select code from region where parent_code = :parent)" : "";
        Map<String, Object[]> outcomes = latestOutcomes(indicator.key, year, filter, regionCodes, parent);
        Map<String, Object[]> targets = new LinkedHashMap<>();
        for (Object[] r : resultRows(bind(em.createNativeQuery("select distinct on (x.region_code) x.region_code, x.comparator, x.value, "
                + "x.value_high, x.ref_indicator_key, x.relation, x.tolerance, x.stretch_value, x.base_year, x.base_value, "
                + "x.basis, x.wording, r.name_zh, r.name_en from target x join region r on r.code = x.region_code "
                + "where x.indicator_key = :indicator and x.year = :year "
                + "and x.status = 'published'" + filter + " order by x.region_code, x.adopted_on desc, x.id desc"),
                indicator.key, year, regionCodes, parent))) {
            targets.put((String) r[0], r);
        }
        Map<String, Map<String, Object[]>> referenced = new HashMap<>();
        targets.values().stream().map(r -> (String) r[4]).filter(java.util.Objects::nonNull).distinct()
                .forEach(ref -> referenced.put(ref, latestOutcomes(ref, year, filter, regionCodes, parent)));

        Set<String> codes = new LinkedHashSet<>(outcomes.keySet());
        codes.addAll(targets.keySet());
        // Region names come with the rows (both queries join region): no query with thousands of parameters.
        Map<String, RegionName> regions = new HashMap<>();
        outcomes.forEach((code, r) -> regions.put(code, new RegionName(code, (String) r[12], (String) r[13])));
        targets.forEach((code, r) -> regions.putIfAbsent(code, new RegionName(code, (String) r[12], (String) r[13])));
        Traits traits = EvaluationService.traits(indicator);
        boolean higher = indicator.direction == Direction.HIGHER;

        record Ranked(RegionName region, Object[] outcome, Object[] target, BigDecimal value, Judgement judgement) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (String code : codes) {
            Object[] o = outcomes.get(code);
            Object[] t = targets.get(code);
            Statement outcome = o == null ? null : statement(o, OUTCOME_BASIS);
            Judgement j = null;
            if (t != null) {
                TargetInput input = new TargetInput(statement(t, TARGET_BASIS), decimal(t[6]), decimal(t[7]),
                        t[8] == null ? null : ((Number) t[8]).intValue(), decimal(t[9]));
                Object[] ref = t[4] == null ? null : referenced.get((String) t[4]).get(code);
                j = VerdictRules.judge(input, traits, outcome, ref == null ? null : statement(ref, OUTCOME_BASIS));
            }
            BigDecimal value = o == null || outcome.comparator() == Comparator.RELATIVE ? null : decimal(o[2]);
            ranked.add(new Ranked(regions.get(code), o, t, value, j));
        }
        java.util.Comparator<BigDecimal> byValue = higher ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder();
        ranked.sort(java.util.Comparator.comparing(Ranked::value, java.util.Comparator.nullsLast(byValue))
                .thenComparing(r -> r.region().code()));

        List<String> labels = new ArrayList<>(ranked.size());
        List<Object> values = new ArrayList<>(ranked.size());
        List<Object> targetValues = new ArrayList<>(ranked.size());
        List<PointMeta> meta = new ArrayList<>(ranked.size());
        List<PointMeta> targetMeta = new ArrayList<>(ranked.size());
        List<Map<String, Object>> rows = new ArrayList<>(ranked.size());
        int rank = 0;
        int missing = 0;
        for (Ranked r : ranked) {
            Object[] o = r.outcome();
            Object[] t = r.target();
            Verdict verdict = r.judgement() == null ? null : r.judgement().verdict();
            Vintage vintage = o == null ? null : Vintage.of((String) o[7]);
            String wording = t == null ? null : (String) t[11];
            Comparator tc = t == null ? null : Comparator.of((String) t[1]);
            BigDecimal targetValue = tc == null || tc == Comparator.RANGE || tc == Comparator.RELATIVE || tc == Comparator.QUALITATIVE
                    ? null : decimal(t[2]);
            labels.add(r.region().name(lang));
            values.add(r.value());
            targetValues.add(targetValue);
            String reason = r.judgement() == null ? null : SeriesCharts.reason(lang, r.judgement().reasonZh(), r.judgement().reasonEn());
            meta.add(o == null ? PointMeta.NONE : new PointMeta(verdict == null ? null : verdict.wire(), ChartText.verdict(lang, verdict),
                    vintage.wire(), ChartText.vintage(lang, vintage), vintage == Vintage.ESTIMATE, wording, (String) o[1],
                    r.judgement() == null ? null : r.judgement().margin(), date(o[8]), o[11] == null ? null : ((Number) o[11]).longValue(),
                    (String) o[9], (String) o[10], reason));
            targetMeta.add(t == null ? PointMeta.NONE : new PointMeta(verdict == null ? null : verdict.wire(),
                    ChartText.verdict(lang, verdict), null, null, null, wording, tc.wire(), null, null, null, null, null, null));
            if (r.value() == null) {
                missing++;
            }
            rows.add(ChartSupport.row(
                    "rank", r.value() == null ? null : ++rank,
                    "region_code", r.region().code(),
                    "region", r.region().name(lang),
                    "outcome_value", r.value(),
                    "vintage", ChartText.vintage(lang, vintage),
                    "target_wording", wording,
                    "target_value", targetValue,
                    "verdict", ChartText.verdict(lang, verdict),
                    "margin", r.judgement() == null ? null : r.judgement().margin(),
                    "source", o == null ? null : o[9]));
        }
        List<String> notes = new ArrayList<>();
        if (ranked.isEmpty()) {
            notes.add(ChartText.get(lang, "note_no_data"));
        } else if (missing > 0) {
            notes.add(ChartText.get(lang, "note_no_outcome", missing));
        }
        List<Dataset> datasets = List.of(
                Dataset.of("outcome", "outcome", ChartText.get(lang, "outcome"), "bar", values, meta).order(1),
                Dataset.of("target", "target", ChartText.get(lang, "target"), "line", targetValues, targetMeta)
                        .points(java.util.Collections.nCopies(targetValues.size(), "line")).order(0));
        return new Chart(ChartText.get(lang, "compare_regions_title", ChartSupport.name(lang, indicator), year),
                ChartText.get(lang, "compare_regions_subtitle", ChartText.get(lang, higher ? "best_first_higher" : "best_first_lower")),
                indicator.unit, labels, datasets,
                new Table(ChartSupport.columns(lang, "rank", "region_code", "region", "outcome_value", "vintage", "target_wording",
                        "target_value", "verdict", "margin", "source"), rows),
                notes, ranked.size() > 12 ? Map.of("indexAxis", "y") : Map.of());
    }

    private record RegionName(String code, String zh, String en) {
        String name(Lang lang) {
            return ChartText.pick(lang, zh, en);
        }
    }

    Chart scorecardTrend(Region region, Integer from, Integer to, Lang lang) {
        Map<Integer, List<Evaluation>> byYear = evaluations.evaluate(region.code, null, null).stream()
                .filter(e -> (from == null || e.year() >= from) && (to == null || e.year() <= to))
                .collect(Collectors.groupingBy(Evaluation::year, TreeMap::new, Collectors.toList()));
        List<String> categories = byYear.values().stream().flatMap(List::stream).map(e -> e.indicator().category())
                .distinct().sorted().toList();
        List<String> labels = byYear.keySet().stream().map(String::valueOf).toList();
        List<Dataset> datasets = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        datasets.add(shareDataset("share_all", ChartText.get(lang, "all"), byYear, null, rows, lang).order(0));
        for (String category : categories) {
            datasets.add(shareDataset("share_" + category, ChartText.category(lang, category), byYear, category, rows, lang).hidden(true));
        }
        List<String> notes = new ArrayList<>(List.of(ChartText.get(lang, "note_share")));
        if (byYear.isEmpty()) {
            notes.add(ChartText.get(lang, "note_no_data"));
        }
        String range = byYear.isEmpty() ? "" : labels.get(0) + "–" + labels.get(labels.size() - 1);
        return new Chart(ChartText.get(lang, "trend_title", ChartSupport.name(lang, region)),
                ChartText.get(lang, "trend_subtitle", range), "%", labels, datasets,
                new Table(ChartSupport.columns(lang, "year", "category", "met", "evaluable", "share"), rows), notes,
                Map.of("suggestedMin", 0, "suggestedMax", 100));
    }

    private static Dataset shareDataset(String id, String label, Map<Integer, List<Evaluation>> byYear, String category,
                                        List<Map<String, Object>> rows, Lang lang) {
        List<Object> data = new ArrayList<>();
        List<PointMeta> meta = new ArrayList<>();
        for (Map.Entry<Integer, List<Evaluation>> year : byYear.entrySet()) {
            List<Evaluation> items = year.getValue().stream()
                    .filter(e -> category == null || category.equals(e.indicator().category())).toList();
            long evaluable = items.stream().filter(e -> e.verdict().isEvaluable()).count();
            long met = items.stream().filter(e -> e.verdict().isSuccess()).count();
            BigDecimal share = evaluable == 0 ? null
                    : BigDecimal.valueOf(met * 100).divide(BigDecimal.valueOf(evaluable), 1, RoundingMode.HALF_UP);
            data.add(share);
            meta.add(new PointMeta(null, null, null, null, null, null, null, null, null, null, null, null, met + "/" + evaluable));
            if (!items.isEmpty()) {
                rows.add(ChartSupport.row("year", year.getKey(), "category", category == null ? ChartText.get(lang, "all") : ChartText.category(lang, category),
                        "met", met, "evaluable", evaluable, "share", share));
            }
        }
        return Dataset.of(id, "share", label, "line", data, meta);
    }

    private Map<String, Object[]> latestOutcomes(String indicatorKey, int year, String filter, Collection<String> regionCodes, String parent) {
        Map<String, Object[]> byRegion = new LinkedHashMap<>();
        for (Object[] r : resultRows(bind(em.createNativeQuery("select distinct on (x.region_code) x.region_code, x.comparator, x.value, "
                + "x.value_high, x.ref_indicator_key, x.relation, x.basis, x.vintage, x.published_on, s.title, x.quote, x.source_id, "
                + "r.name_zh, r.name_en from actual x join region r on r.code = x.region_code "
                + "left join source_document s on s.id = x.source_id "
                + "where x.indicator_key = :indicator and x.year = :year and x.status = 'published'" + filter
                + " order by x.region_code, x.published_on desc, "
                + "array_position(array['estimate','preliminary','final','revised']::varchar[], x.vintage::varchar) desc"),
                indicatorKey, year, regionCodes, parent))) {
            byRegion.put((String) r[0], r);
        }
        return byRegion;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> resultRows(Query q) {
        return q.getResultList();
    }

    private static Query bind(Query q, String indicatorKey, int year, Collection<String> regionCodes, String parent) {
        q.setParameter("indicator", indicatorKey).setParameter("year", year);
        if (regionCodes != null) {
            q.setParameter("regions", regionCodes);
        } else if (parent != null) {
            q.setParameter("parent", parent);
        }
        return q;
    }

    /** Outcome rows hold their basis in column 6, target rows in column 10 (see the two queries). */
    private static final int OUTCOME_BASIS = 6;
    private static final int TARGET_BASIS = 10;

    /** Columns 1-5 of both queries: comparator, value, value_high, ref_indicator_key, relation. */
    private static Statement statement(Object[] r, int basisColumn) {
        Relation relation = r[5] == null ? null : Relation.of((String) r[5]);
        Basis basis = r[basisColumn] == null ? null : Basis.of((String) r[basisColumn]);
        return new Statement(Comparator.of((String) r[1]), decimal(r[2]), decimal(r[3]), (String) r[4], relation, basis);
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? null : o instanceof BigDecimal b ? b : new BigDecimal(o.toString());
    }

    private static java.time.LocalDate date(Object o) {
        return o == null ? null : o instanceof Date d ? d.toLocalDate() : o instanceof java.time.LocalDate l ? l : java.time.LocalDate.parse(o.toString());
    }
}
