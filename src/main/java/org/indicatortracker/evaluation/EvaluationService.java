package org.indicatortracker.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.indicatortracker.domain.Verdict;
import org.indicatortracker.evaluation.EvaluationPayloads.AssessmentView;
import org.indicatortracker.evaluation.EvaluationPayloads.Evaluation;
import org.indicatortracker.evaluation.EvaluationPayloads.Group;
import org.indicatortracker.evaluation.EvaluationPayloads.IndicatorRef;
import org.indicatortracker.evaluation.EvaluationPayloads.JudgedOutcome;
import org.indicatortracker.evaluation.EvaluationPayloads.Scorecard;
import org.indicatortracker.evaluation.EvaluationPayloads.TargetRef;
import org.indicatortracker.evaluation.EvaluationPayloads.TrajectoryView;
import org.indicatortracker.evaluation.rules.Judgement;
import org.indicatortracker.evaluation.rules.Statement;
import org.indicatortracker.evaluation.rules.TargetInput;
import org.indicatortracker.evaluation.rules.Trajectory;
import org.indicatortracker.evaluation.rules.Traits;
import org.indicatortracker.evaluation.rules.VerdictRules;
import org.indicatortracker.figure.Actual;
import org.indicatortracker.figure.Figure;
import org.indicatortracker.figure.SourceRef;
import org.indicatortracker.figure.Target;
import org.indicatortracker.indicator.Indicator;

/**
 * Judges the current published targets of a region against the published outcomes, on every read: an edit
 * changes the verdict at once. The rules themselves live in {@link VerdictRules} (plain Java); this class
 * loads the figures and pairs them up. Used by the evaluation and scorecard endpoints and the charts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EvaluationService {

    /** Evaluations of a region's current targets, by year then indicator. */
    public List<Evaluation> evaluate(String regionCode, String indicatorKey, Integer year) {
        List<Target> targets = Target.currentPublished(regionCode, indicatorKey, year);
        if (targets.isEmpty()) {
            return List.of();
        }
        Set<String> needed = targets.stream().map(t -> t.indicatorKey).collect(Collectors.toSet());
        Map<String, Indicator> indicators = Indicator.<Indicator>list("key in ?1", needed).stream()
                .collect(Collectors.toMap(i -> i.key, i -> i));
        // Multi-year targets look at the years since their base year for the trajectory.
        boolean multiYear = targets.stream().anyMatch(t -> t.baseYear != null);
        Set<Integer> years = targets.stream().map(t -> t.year).collect(Collectors.toSet());
        Set<String> keys = null;
        if (indicatorKey != null) {
            keys = new java.util.HashSet<>();
            keys.add(indicatorKey);
            targets.stream().map(t -> t.refIndicatorKey).filter(java.util.Objects::nonNull).forEach(keys::add);
        }
        Map<String, List<Actual>> outcomes = Actual.published(regionCode, multiYear ? null : years, keys).stream()
                .collect(Collectors.groupingBy(a -> a.indicatorKey + "/" + a.year, LinkedHashMap::new, Collectors.toList()));
        Map<Long, QualitativeAssessment> assessments = QualitativeAssessment.ofTargets(targets.stream().map(t -> t.id).toList())
                .stream().collect(Collectors.toMap(a -> a.targetId, a -> a));

        List<Evaluation> items = new ArrayList<>(targets.size());
        for (Target t : targets) {
            items.add(evaluate(t, indicators, outcomes, assessments.get(t.id)));
        }
        return items;
    }

    public Scorecard scorecard(String regionCode, int year) {
        List<Evaluation> items = evaluate(regionCode, null, year);
        Map<String, List<Evaluation>> byCategory = items.stream()
                .collect(Collectors.groupingBy(e -> e.indicator().category(), TreeMap::new, Collectors.toList()));
        List<Group> groups = byCategory.entrySet().stream().map(e -> group(e.getKey(), e.getValue())).toList();
        Group all = group(null, items);
        return new Scorecard(regionCode, year, all.counts(), all.evaluable(), all.met(), all.shareMet(), groups, items);
    }

    private static Group group(String category, Collection<Evaluation> items) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        items.forEach(e -> counts.merge(e.verdict(), 1, Integer::sum));
        int evaluable = (int) items.stream().filter(e -> e.verdict().isEvaluable()).count();
        int met = (int) items.stream().filter(e -> e.verdict().isSuccess()).count();
        BigDecimal share = evaluable == 0 ? null
                : BigDecimal.valueOf(met).divide(BigDecimal.valueOf(evaluable), 4, RoundingMode.HALF_UP);
        return new Group(category, counts, evaluable, met, share);
    }

    private Evaluation evaluate(Target t, Map<String, Indicator> indicators, Map<String, List<Actual>> outcomes,
                                QualitativeAssessment assessment) {
        Indicator indicator = indicators.get(t.indicatorKey);
        Traits traits = traits(indicator);
        TargetInput input = new TargetInput(statement(t), t.tolerance, t.stretchValue, t.baseYear, t.baseValue);
        List<Actual> releases = outcomes.getOrDefault(t.indicatorKey + "/" + t.year, List.of());
        List<Actual> referenced = t.refIndicatorKey == null ? List.of()
                : outcomes.getOrDefault(t.refIndicatorKey + "/" + t.year, List.of());

        JudgedOutcome first = releases.isEmpty() ? null
                : judge(input, traits, Actual.firstRelease(releases), Actual.firstRelease(referenced));
        JudgedOutcome latest = releases.isEmpty() ? null
                : judge(input, traits, Actual.latestRelease(releases), Actual.latestRelease(referenced));

        Judgement overall;
        AssessmentView assessmentView = null;
        if (assessment != null) {
            overall = VerdictRules.judgeAssessment(assessment.assessment, assessment.note);
            assessmentView = AssessmentView.of(assessment);
        } else if (latest != null) {
            overall = new Judgement(latest.verdict(), latest.margin(), latest.reasonZh(), latest.reasonEn(), latest.stretchReached());
        } else {
            overall = VerdictRules.judge(input, traits, null, null);
        }
        boolean changed = first != null && latest != null && first.verdict() != latest.verdict();
        return new Evaluation(t.regionCode, t.year, indicatorRef(indicator), targetRef(t), first, latest,
                overall.verdict(), overall.margin(), overall.reasonZh(), overall.reasonEn(), changed,
                assessmentView, trajectory(t, input, traits, releases.isEmpty(), outcomes));
    }

    /** Before a multi-year target's final outcome exists: the latest observed year since the base decides the trend. */
    private static TrajectoryView trajectory(Target t, TargetInput input, Traits traits, boolean noFinalOutcome,
                                             Map<String, List<Actual>> outcomes) {
        if (t.baseYear == null || !noFinalOutcome) {
            return null;
        }
        for (int y = t.year - 1; y > t.baseYear; y--) {
            Actual observed = Actual.latestRelease(outcomes.getOrDefault(t.indicatorKey + "/" + y, List.of()));
            if (observed != null && observed.value != null) {
                Trajectory tr = VerdictRules.trajectory(input, t.year, traits, y, observed.value);
                return new TrajectoryView(y, observed.value, tr.status(), tr.requiredAnnualChange(),
                        tr.observedAnnualChange(), tr.ratio(), tr.reasonZh(), tr.reasonEn());
            }
        }
        return null;
    }

    private static JudgedOutcome judge(TargetInput input, Traits traits, Actual outcome, Actual referenced) {
        Judgement j = VerdictRules.judge(input, traits, statement(outcome), referenced == null ? null : statement(referenced));
        return new JudgedOutcome(outcome.id, outcome.vintage, outcome.publishedOn, outcome.comparator, outcome.value,
                outcome.valueHigh, outcome.refIndicatorKey, outcome.relation, outcome.basis, SourceRef.of(outcome.source),
                outcome.quote, j.verdict(), j.margin(), j.reasonZh(), j.reasonEn(), j.stretchReached());
    }

    public static Statement statement(Figure f) {
        return new Statement(f.comparator, f.value, f.valueHigh, f.refIndicatorKey, f.relation, f.basis);
    }

    public static Traits traits(Indicator i) {
        return new Traits(i.direction, i.valueKind, i.defaultTolerance);
    }

    private static IndicatorRef indicatorRef(Indicator i) {
        return new IndicatorRef(i.key, i.nameZh, i.nameEn, i.unit, i.category, i.direction);
    }

    private static TargetRef targetRef(Target t) {
        return new TargetRef(t.id, t.comparator, t.value, t.valueHigh, t.refIndicatorKey, t.relation, t.tolerance,
                t.stretchValue, t.baseYear, t.baseValue, t.basis, t.wording, SourceRef.of(t.source), t.quote);
    }
}
