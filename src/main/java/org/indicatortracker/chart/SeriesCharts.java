package org.indicatortracker.chart;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.indicatortracker.chart.ChartPayloads.Chart;
import org.indicatortracker.chart.ChartPayloads.Dataset;
import org.indicatortracker.chart.ChartPayloads.PointMeta;
import org.indicatortracker.chart.ChartPayloads.Table;
import org.indicatortracker.chart.ChartText.Lang;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.evaluation.EvaluationPayloads.Evaluation;
import org.indicatortracker.evaluation.EvaluationPayloads.JudgedOutcome;
import org.indicatortracker.evaluation.EvaluationService;
import org.indicatortracker.evaluation.rules.Judgement;
import org.indicatortracker.evaluation.rules.TargetInput;
import org.indicatortracker.evaluation.rules.VerdictRules;
import org.indicatortracker.figure.Actual;
import org.indicatortracker.figure.SourceRef;
import org.indicatortracker.figure.Target;
import org.indicatortracker.indicator.Indicator;
import org.indicatortracker.region.Region;

/** Charts of one indicator of one region over time: the series and the revisions of one year. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SeriesCharts {

    @Inject
    EvaluationService evaluations;

    Chart series(Region region, Indicator indicator, Integer from, Integer to, Lang lang) {
        Map<Integer, Evaluation> judged = evaluations.evaluate(region.code, indicator.key, null).stream()
                .collect(Collectors.toMap(Evaluation::year, e -> e));
        Map<Integer, List<Actual>> releases = Actual.published(region.code, null, List.of(indicator.key)).stream()
                .collect(Collectors.groupingBy(a -> a.year, TreeMap::new, Collectors.toList()));
        TreeSet<Integer> years = new TreeSet<>(releases.keySet());
        years.addAll(judged.keySet());
        years.removeIf(y -> (from != null && y < from) || (to != null && y > to));

        List<String> labels = years.stream().map(String::valueOf).toList();
        List<Object> outcome = new ArrayList<>();
        List<Object> first = new ArrayList<>();
        List<Object> target = new ArrayList<>();
        List<Object> band = new ArrayList<>();
        List<PointMeta> outcomeMeta = new ArrayList<>();
        List<PointMeta> firstMeta = new ArrayList<>();
        List<PointMeta> targetMeta = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        List<String> firstStyles = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean anyEstimate = false;
        boolean anyRevisionMoved = false;

        for (int year : years) {
            Evaluation e = judged.get(year);
            List<Actual> list = releases.getOrDefault(year, List.of());
            Actual latest = Actual.latestRelease(list);
            Actual firstRelease = Actual.firstRelease(list);
            JudgedOutcome jf = e == null ? null : e.firstRelease();
            String wording = e == null ? null : e.target().wording();

            outcome.add(ChartSupport.plotted(latest));
            outcomeMeta.add(ChartSupport.outcomeMeta(lang, latest, e == null ? null : e.verdict(),
                    e == null ? null : e.margin(), wording, e == null ? null : reason(lang, e.reasonZh(), e.reasonEn())));
            styles.add(ChartSupport.pointStyle(latest == null ? null : latest.vintage));
            first.add(ChartSupport.plotted(firstRelease));
            firstMeta.add(ChartSupport.outcomeMeta(lang, firstRelease, jf == null ? null : jf.verdict(),
                    jf == null ? null : jf.margin(), wording, jf == null ? null : reason(lang, jf.reasonZh(), jf.reasonEn())));
            firstStyles.add(ChartSupport.pointStyle(firstRelease == null ? null : firstRelease.vintage));
            anyEstimate |= list.stream().anyMatch(a -> a.vintage == Vintage.ESTIMATE);
            anyRevisionMoved |= latest != null && firstRelease != null && latest != firstRelease
                    && latest.value != null && firstRelease.value != null && latest.value.compareTo(firstRelease.value) != 0;

            BigDecimal[] b = null;
            BigDecimal targetValue = null;
            if (e != null) {
                Comparator c = e.target().comparator();
                b = VerdictRules.band(ChartSupport.input(e.target()), EvaluationService.traits(indicator));
                targetValue = c == Comparator.RANGE || c == Comparator.RELATIVE || c == Comparator.QUALITATIVE ? null : e.target().value();
                if (c == Comparator.QUALITATIVE) {
                    notes.add(ChartText.get(lang, "note_qualitative", year));
                } else if (c == Comparator.RELATIVE) {
                    notes.add(ChartText.get(lang, "note_relative", year, wording == null ? e.target().refIndicator() : wording));
                }
                if (e.changedOnRevision()) {
                    notes.add(ChartText.get(lang, "note_changed", year));
                }
            }
            if (latest != null && latest.comparator != Comparator.EQ && latest.comparator != Comparator.RELATIVE) {
                notes.add(ChartText.get(lang, "note_bounded", year, latest.quote == null ? ChartSupport.stated(lang, latest) : latest.quote));
            }
            target.add(targetValue);
            band.add(b == null ? null : List.of(b[0], b[1]));
            targetMeta.add(e == null ? PointMeta.NONE : targetMeta(lang, e));

            SourceRef src = latest == null ? null : SourceRef.of(latest.source);
            rows.add(ChartSupport.row(
                    "year", year,
                    "target_wording", wording,
                    "target_value", targetValue,
                    "target_low", b == null ? null : b[0],
                    "target_high", b == null ? null : b[1],
                    "outcome_value", ChartSupport.plotted(latest),
                    "outcome_stated", ChartSupport.stated(lang, latest),
                    "vintage", latest == null ? null : ChartText.vintage(lang, latest.vintage),
                    "published_on", latest == null ? null : latest.publishedOn,
                    "verdict", e == null ? null : ChartText.verdict(lang, e.verdict()),
                    "margin", e == null ? null : e.margin(),
                    "first_value", ChartSupport.plotted(firstRelease),
                    "first_verdict", jf == null ? null : ChartText.verdict(lang, jf.verdict()),
                    "changed", e == null ? null : ChartSupport.yesNo(lang, e.changedOnRevision()),
                    "source", src == null ? null : src.title(),
                    "quote", latest == null ? null : latest.quote,
                    "target_source", e == null || e.target().source() == null ? null : e.target().source().title(),
                    "target_quote", e == null ? null : e.target().quote(),
                    "reason", e == null ? null : reason(lang, e.reasonZh(), e.reasonEn())));
        }
        if (anyEstimate) {
            notes.add(0, ChartText.get(lang, "note_estimate"));
        }
        if (years.isEmpty()) {
            notes.add(ChartText.get(lang, "note_no_data"));
        }

        List<Dataset> datasets = List.of(
                Dataset.of("outcome", "outcome", ChartText.get(lang, "outcome"), "line", outcome, outcomeMeta).styled(styles).order(0),
                Dataset.of("first_release", "first_release", ChartText.get(lang, "first_release"), "line", first, firstMeta)
                        .styled(firstStyles).dashed().hidden(!anyRevisionMoved).order(1),
                Dataset.of("target", "target", ChartText.get(lang, "target"), "line", target, targetMeta)
                        .points(java.util.Collections.nCopies(target.size(), "line")).order(2),
                Dataset.of("target_band", "target_band", ChartText.get(lang, "target_band"), "bar", band, targetMeta).order(3));
        String range = years.isEmpty() ? "" : years.first() + "–" + years.last();
        Table table = new Table(ChartSupport.columns(lang, "year", "target_wording", "target_value", "target_low", "target_high",
                "outcome_value", "outcome_stated", "vintage", "published_on", "verdict", "margin", "first_value", "first_verdict",
                "changed", "source", "quote", "target_source", "target_quote", "reason"), rows);
        return new Chart(ChartSupport.name(lang, indicator) + " · " + ChartSupport.name(lang, region),
                ChartText.get(lang, "series_subtitle", range), indicator.unit, labels, datasets, table,
                notes.stream().distinct().toList(), Map.of());
    }

    Chart revisions(Region region, Indicator indicator, int year, Lang lang) {
        List<Actual> releases = Actual.published(region.code, List.of(year), List.of(indicator.key)).stream()
                .sorted(java.util.Comparator.comparing((Actual a) -> a.publishedOn).thenComparing(a -> a.vintage)).toList();
        List<Evaluation> judged = evaluations.evaluate(region.code, indicator.key, year);
        Evaluation e = judged.isEmpty() ? null : judged.get(0);
        Target target = e == null ? null : Target.findById(e.target().id());
        TargetInput input = target == null ? null : new TargetInput(EvaluationService.statement(target), target.tolerance,
                target.stretchValue, target.baseYear, target.baseValue);
        BigDecimal[] b = input == null ? null : VerdictRules.band(input, EvaluationService.traits(indicator));
        List<Actual> referenced = target == null || target.refIndicatorKey == null ? List.of()
                : Actual.published(region.code, List.of(year), List.of(target.refIndicatorKey));

        List<String> labels = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<Object> targetLine = new ArrayList<>();
        List<Object> bandData = new ArrayList<>();
        List<PointMeta> meta = new ArrayList<>();
        List<String> styles = new ArrayList<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        BigDecimal previous = null;
        for (Actual a : releases) {
            labels.add(ChartText.vintage(lang, a.vintage) + " " + a.publishedOn);
            Judgement j = input == null ? null : VerdictRules.judge(input, EvaluationService.traits(indicator),
                    EvaluationService.statement(a), referencedAsOf(referenced, a));
            values.add(ChartSupport.plotted(a));
            styles.add(ChartSupport.pointStyle(a.vintage));
            meta.add(ChartSupport.outcomeMeta(lang, a, j == null ? null : j.verdict(), j == null ? null : j.margin(),
                    target == null ? null : target.wording, j == null ? null : reason(lang, j.reasonZh(), j.reasonEn())));
            boolean drawTarget = target != null && target.comparator != Comparator.RANGE && target.comparator != Comparator.RELATIVE
                    && target.comparator != Comparator.QUALITATIVE;
            targetLine.add(drawTarget ? target.value : null);
            bandData.add(b == null ? null : List.of(b[0], b[1]));
            BigDecimal value = ChartSupport.plotted(a);
            SourceRef src = SourceRef.of(a.source);
            rows.add(ChartSupport.row(
                    "vintage", ChartText.vintage(lang, a.vintage),
                    "published_on", a.publishedOn,
                    "outcome_value", value,
                    "outcome_stated", ChartSupport.stated(lang, a),
                    "change", previous == null || value == null ? null : value.subtract(previous),
                    "verdict", j == null ? null : ChartText.verdict(lang, j.verdict()),
                    "margin", j == null ? null : j.margin(),
                    "source", src == null ? null : src.title(),
                    "quote", a.quote));
            if (value != null) {
                previous = value;
            }
        }
        List<String> notes = new ArrayList<>();
        if (releases.isEmpty()) {
            notes.add(ChartText.get(lang, "note_no_data"));
        }
        if (e != null && e.changedOnRevision()) {
            notes.add(ChartText.get(lang, "note_changed", year));
        }
        List<Dataset> datasets = List.of(
                Dataset.of("outcome", "outcome", ChartText.get(lang, "outcome_value"), "line", values, meta).styled(styles).order(0),
                Dataset.of("target", "target", ChartText.get(lang, "target"), "line", targetLine, java.util.Collections.nCopies(targetLine.size(), PointMeta.NONE))
                        .points(java.util.Collections.nCopies(targetLine.size(), "line")).order(1),
                Dataset.of("target_band", "target_band", ChartText.get(lang, "target_band"), "bar", bandData,
                        java.util.Collections.nCopies(bandData.size(), PointMeta.NONE)).order(2));
        String name = ChartSupport.name(lang, indicator);
        String title = lang.zh()
                ? ChartText.get(lang, "revisions_title", ChartSupport.name(lang, region), year, name)
                : ChartText.get(lang, "revisions_title", ChartSupport.name(lang, region), name, year);
        return new Chart(title, ChartText.get(lang, "revisions_subtitle"), indicator.unit, labels, datasets,
                new Table(ChartSupport.columns(lang, "vintage", "published_on", "outcome_value", "outcome_stated", "change",
                        "verdict", "margin", "source", "quote"), rows), notes, Map.of());
    }

    /** For a relative target: the referenced indicator's latest release published by the same date. */
    private static org.indicatortracker.evaluation.rules.Statement referencedAsOf(List<Actual> referenced, Actual a) {
        Actual ref = Actual.latestRelease(referenced.stream().filter(r -> !r.publishedOn.isAfter(a.publishedOn)).toList());
        return ref == null ? null : EvaluationService.statement(ref);
    }

    private static PointMeta targetMeta(Lang lang, Evaluation e) {
        SourceRef s = e.target().source();
        return new PointMeta(e.verdict().wire(), ChartText.verdict(lang, e.verdict()), null, null, null, e.target().wording(),
                e.target().comparator().wire(), null, null, s == null ? null : s.id(), s == null ? null : s.title(),
                e.target().quote(), null);
    }

    static String reason(Lang lang, String zh, String en) {
        return lang.zh() ? zh : en;
    }
}
