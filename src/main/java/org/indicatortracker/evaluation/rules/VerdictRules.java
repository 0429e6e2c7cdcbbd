package org.indicatortracker.evaluation.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.indicatortracker.domain.Basis;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.Direction;
import org.indicatortracker.domain.Relation;
import org.indicatortracker.domain.Verdict;
import org.indicatortracker.evaluation.rules.Bands.Zone;
import org.indicatortracker.evaluation.rules.Texts.Text;

/**
 * The verdict engine: judges a target against an outcome, a qualitative target against a planner's assessment,
 * and a multi-year target's trajectory. Plain Java, exact {@link BigDecimal} arithmetic, no state.
 *
 * <p>See {@code docs/evaluation.md} for the rules as a table with worked examples.
 */
public final class VerdictRules {

    /** An outcome more than this many tolerances on the unrewarded side of a one-sided target is "far" from it. */
    public static final BigDecimal FAR_FACTOR = BigDecimal.valueOf(2);

    static final BigDecimal ON_TRACK_RATIO = new BigDecimal("0.95");
    static final BigDecimal ACCELERATION_RATIO = new BigDecimal("0.60");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private VerdictRules() {
    }

    // ------------------------------------------------------------------------------------------------ judge

    /**
     * Judges a target against an outcome.
     *
     * @param target            the target (required)
     * @param traits            the indicator's direction, kind and default tolerance (required)
     * @param outcome           the outcome as stated; null ⇒ {@link Verdict#NOT_EVALUABLE} ("no outcome yet")
     * @param referencedOutcome the outcome of the referenced indicator for the same region and year; only used for
     *                          RELATIVE targets; null if none
     * @throws IllegalArgumentException for inconsistent input (missing traits, RANGE low above high, AROUND without
     *                                  a value, negative tolerance, ...)
     */
    public static Judgement judge(TargetInput target, Traits traits, Statement outcome, Statement referencedOutcome) {
        requireTarget(target);
        requireTraits(traits);
        Statement ts = target.statement();
        validate(ts, "target");
        BigDecimal tolSetting = toleranceSetting(target, traits);

        if (ts.comparator() == Comparator.QUALITATIVE) {
            return plain(Verdict.NOT_EVALUABLE, "定性目标，需由规划人员评估后判定",
                    "Qualitative target: it is judged by a planner's assessment, not by figures");
        }
        if (outcome == null) {
            return plain(Verdict.NOT_EVALUABLE, "尚无实际值", "No outcome yet");
        }
        validate(outcome, "outcome");
        Judgement clash = basisClash(ts.basis(), outcome.basis(), new Text("目标", "the target"),
                new Text("实际值", "the outcome"));
        if (clash != null) {
            return clash;
        }
        if (outcome.comparator() == Comparator.QUALITATIVE) {
            return plain(Verdict.UNDETERMINED, "实际值只有定性表述，无法与数值目标比较",
                    "The outcome is stated only qualitatively and cannot be compared with a numeric target");
        }
        if (ts.comparator() == Comparator.RELATIVE) {
            return judgeRelative(ts, traits, tolSetting, outcome, referencedOutcome);
        }
        if (outcome.comparator() == Comparator.RELATIVE) {
            Text rel = relationText(outcome.relation(), outcome.referencedIndicator(), traits.direction());
            return plain(Verdict.UNDETERMINED,
                    "实际值仅以相对方式表述（“" + rel.zh() + "”），无法与数值目标比较",
                    "The outcome is stated only relatively ('" + rel.en()
                            + "') and cannot be compared with a numeric target");
        }
        return judgeNumeric(target, traits, tolSetting, outcome);
    }

    /** {@link #judge(TargetInput, Traits, Statement, Statement)} without a referenced outcome. */
    public static Judgement judge(TargetInput target, Traits traits, Statement outcome) {
        return judge(target, traits, outcome, null);
    }

    private static Judgement judgeNumeric(TargetInput target, Traits traits, BigDecimal tolSetting,
                                          Statement outcome) {
        Statement ts = target.statement();
        boolean rate = traits.valueKind().isRate();
        Direction dir = traits.direction();
        BigDecimal t = tolerance(tolSetting, rate, ts.value());
        Text targetText = describe(ts, rate, dir);
        Bands bands = numericBands(ts, dir, t, rate, targetText);

        Span span = outcomeSpan(outcome, traits);
        BigDecimal rep = representative(outcome);
        BigDecimal margin = numericMargin(ts, rep);
        Text outText = outcomeText(outcome, span, rate);
        Text marginText = numericMarginText(ts, margin, rate, !span.isPoint(), rep);
        boolean stretch = stretchReached(dir, span, target.stretchValue());
        Text stretchText = stretchText(target.stretchValue(), stretch, rate);
        return decide(bands, span, rep, margin, stretch, outText, new Text("", ""), marginText, stretchText,
                new Text("目标“" + targetText.zh() + "”", "the target '" + targetText.en() + "'"));
    }

    private static Judgement judgeRelative(Statement ts, Traits traits, BigDecimal tolSetting, Statement outcome,
                                           Statement ref) {
        Direction dir = traits.direction();
        boolean rate = traits.valueKind().isRate();
        Text targetText = describe(ts, rate, dir);
        String indZh = Texts.indicatorZh(ts.referencedIndicator());
        String indEn = Texts.indicatorEn(ts.referencedIndicator());

        if (outcome.comparator() == Comparator.RELATIVE) {
            return relativeAgainstRelative(ts, outcome, dir, targetText);
        }
        if (ref == null) {
            return plain(Verdict.NOT_EVALUABLE, "尚无参照指标" + indZh + "的实际值",
                    "No outcome yet for the referenced indicator " + indEn);
        }
        validate(ref, "referenced outcome");
        if (ref.comparator() == Comparator.QUALITATIVE || ref.comparator() == Comparator.RELATIVE) {
            return plain(Verdict.UNDETERMINED, "参照指标" + indZh + "的实际值不是数值，无法比较",
                    "The outcome of the referenced indicator " + indEn + " is not numeric and cannot be compared");
        }
        Judgement clash = basisClash(outcome.basis(), ref.basis(), new Text("实际值", "the outcome"),
                new Text("参照指标" + indZh, "the referenced indicator " + indEn));
        if (clash != null) {
            return clash;
        }
        Span xs = outcomeSpan(outcome, traits);
        Span rs = outcomeSpan(ref, traits);
        Span d = xs.minus(rs);
        BigDecimal refRep = representative(ref);
        BigDecimal t = tolerance(tolSetting, rate, refRep);
        String refVal = rs.isPoint() ? Texts.val(refRep, rate) : "“" + describe(ref, rate, dir).zh() + "”";
        String refValEn = rs.isPoint() ? Texts.val(refRep, rate) : "'" + describe(ref, rate, dir).en() + "'";
        Bands bands = relativeBands(ts.relation(), dir, t, rate, refRep, indZh, indEn);

        BigDecimal rep = representative(outcome);
        BigDecimal margin = rep.subtract(refRep);
        boolean fromStated = !xs.isPoint() || !rs.isPoint();
        Text plainOut = outcomeText(outcome, xs, rate);
        Text outText = new Text(plainOut.zh() + "（" + indZh + "为" + refVal + "）",
                plainOut.en() + " against " + indEn + " at " + refValEn);
        Text diff = Texts.diff(margin, rate, refRep);
        Text marginText;
        if (margin.signum() > 0) {
            marginText = new Text("，比" + indZh + "高" + diff.zh(), ", " + diff.en() + " above " + indEn);
        } else if (margin.signum() < 0) {
            marginText = new Text("，比" + indZh + "低" + diff.zh(), ", " + diff.en() + " below " + indEn);
        } else {
            marginText = new Text("，与" + indZh + "持平", ", level with " + indEn);
        }
        if (fromStated) {
            marginText = new Text(marginText.zh() + "（按所述值计）", marginText.en() + " (from the stated values)");
        }
        return decide(bands, d, rep.subtract(refRep), margin, false, outText,
                new Text("（目标：" + targetText.zh() + "）", " (target: " + targetText.en() + ")"), marginText,
                new Text("", ""), new Text("目标“" + targetText.zh() + "”", "the target '" + targetText.en() + "'"));
    }

    /** A relative outcome ("收入增长高于经济增长") against a relative target: no figures, only the two relations. */
    private static Judgement relativeAgainstRelative(Statement ts, Statement outcome, Direction dir,
                                                     Text targetText) {
        String ti = ts.referencedIndicator();
        String oi = outcome.referencedIndicator();
        Text outRel = relationText(outcome.relation(), oi, dir);
        if (ti != null && oi != null && !ti.isBlank() && !oi.isBlank()
                && !ti.strip().toLowerCase(Locale.ROOT).equals(oi.strip().toLowerCase(Locale.ROOT))) {
            return plain(Verdict.UNDETERMINED,
                    "实际值参照的是" + oi + "，而目标参照的是" + ti + "，无法比较",
                    "The outcome is stated relative to " + oi + " but the target relative to " + ti
                            + "; they cannot be compared");
        }
        String q = "实际“" + outRel.zh() + "”";
        String qe = "Outcome stated as '" + outRel.en() + "'";
        Relation tr = ts.relation();
        Relation or = outcome.relation();
        if (tr == or) {
            return plain(Verdict.MET, q + "，符合目标“" + targetText.zh() + "”",
                    qe + " matches the target '" + targetText.en() + "'");
        }
        if (tr == Relation.IN_STEP) { // outcome ABOVE (better than the reference): at least in step
            return plain(Verdict.MET,
                    q + "，至少与参照同步，目标“" + targetText.zh() + "”已完成；可能已超额完成，但缺少数值无法确认",
                    qe + " is at least in step, so the target '" + targetText.en()
                            + "' is met; it may even have been exceeded, but without figures that cannot be confirmed");
        }
        return plain(Verdict.UNDETERMINED,
                q + "，不能确定是否满足目标“" + targetText.zh() + "”（同步不等于更优）",
                qe + " does not show whether the target '" + targetText.en()
                        + "' was reached (in step is not the same as ahead)");
    }

    private static Judgement decide(Bands bands, Span span, BigDecimal rep, BigDecimal margin, boolean stretch,
                                    Text outText, Text decidedSuffix, Text marginText, Text stretchText,
                                    Text target) {
        Set<Verdict> verdicts = bands.verdicts(span);
        if (verdicts.size() == 1) {
            int lo = bands.lowIndex(span);
            int hi = bands.highIndex(span);
            int i = Math.max(lo, Math.min(hi, bands.index(rep)));
            Zone zone = bands.zone(i);
            return new Judgement(zone.verdict(), margin,
                    outText.zh() + "，" + zone.zh() + decidedSuffix.zh() + marginText.zh() + stretchText.zh(),
                    outText.en() + " " + zone.en() + decidedSuffix.en() + marginText.en() + stretchText.en(),
                    stretch);
        }
        String zh = verdicts.stream().map(v -> Texts.verdict(v).zh()).collect(Collectors.joining("/"));
        String en = verdicts.stream().map(v -> Texts.verdict(v).en()).collect(Collectors.joining("/"));
        return new Judgement(Verdict.UNDETERMINED, margin,
                outText.zh() + "，跨越" + target.zh() + "的多个判定区间（" + zh + "），无法判定" + marginText.zh()
                        + stretchText.zh(),
                outText.en() + " spans several verdict bands of " + target.en() + " (" + en
                        + "); the figures cannot decide it" + marginText.en() + stretchText.en(), stretch);
    }

    // ------------------------------------------------------------------------------------------------ bands

    /** The verdict bands of a numeric target, as a function of a point outcome. */
    static Bands numericBands(Statement ts, Direction dir, BigDecimal t, boolean rate, Text targetText) {
        String q = "目标“" + targetText.zh() + "”";
        String qe = "the target '" + targetText.en() + "'";
        BigDecimal x = ts.value();
        boolean hasTolerance = t.signum() > 0;
        switch (ts.comparator()) {
            case AROUND, EQ -> {
                BigDecimal lo = x.subtract(t);
                BigDecimal hi = x.add(t);
                if (dir == Direction.HIGHER) {
                    return new Bands(new Zone(Verdict.MISSED, () -> "低于" + q + "的容差下限" + Texts.val(lo, rate),
                            () -> "is below the lower edge " + Texts.val(lo, rate) + " of the tolerance band of " + qe))
                            .then(lo, false, new Zone(Verdict.MET, () -> "在" + q + "的容差范围" + Texts.span(lo, hi, rate) + "之内",
                                    () -> "is within the tolerance band " + Texts.span(lo, hi, rate) + " of " + qe))
                            .then(hi, true, new Zone(Verdict.EXCEEDED,
                                    () -> "高于" + q + "的容差上限" + Texts.val(hi, rate),
                                    () -> "is above the upper edge " + Texts.val(hi, rate)
                                            + " of the tolerance band of " + qe));
                }
                // lower is better: "around X" is a ceiling
                Zone met = new Zone(Verdict.MET, () -> "未超过" + q + "的容差上限" + Texts.val(hi, rate),
                        () -> "does not exceed the upper edge " + Texts.val(hi, rate) + " of the tolerance band of " + qe);
                Zone missed = new Zone(Verdict.MISSED, () -> "高于" + q + "的容差上限" + Texts.val(hi, rate),
                        () -> "is above the upper edge " + Texts.val(hi, rate) + " of the tolerance band of " + qe);
                if (!hasTolerance) {
                    return new Bands(met).then(hi, true, missed);
                }
                Zone far = new Zone(Verdict.MET,
                        () -> "未超过" + q + "的容差上限" + Texts.val(hi, rate) + "，但远低于目标值" + Texts.val(x, rate)
                                + "（低出逾两倍容差），过低本身可能值得关注",
                        () -> "stays under the ceiling " + Texts.val(hi, rate) + " of " + qe
                                + " but is far below the target value " + Texts.val(x, rate)
                                + " (by more than twice the tolerance), which may itself be a policy concern");
                return new Bands(far).then(x.subtract(FAR_FACTOR.multiply(t)), false, met).then(hi, true, missed);
            }
            case GTE -> {
                Zone below = new Zone(Verdict.MISSED, () -> "低于" + q, () -> "is below " + qe);
                if (dir == Direction.HIGHER) {
                    BigDecimal hi = x.add(t);
                    return new Bands(below)
                            .then(x, false, new Zone(Verdict.MET,
                                    () -> "达到" + q + "（在" + Texts.span(x, hi, rate) + "之间，未超出容差）",
                                    () -> "meets " + qe + " (within " + Texts.span(x, hi, rate)
                                            + ", not beyond the tolerance)"))
                            .then(hi, true, new Zone(Verdict.EXCEEDED,
                                    () -> "超过" + q + "逾容差" + Texts.diff(t, rate, x).zh() + "，即高于" + Texts.val(hi, rate),
                                    () -> "exceeds " + qe + " by more than the tolerance " + Texts.diff(t, rate, x).en() + ", i.e. is above "
                                            + Texts.val(hi, rate)));
                }
                // lower is better: a plain floor
                Bands b = new Bands(below).then(x, false, new Zone(Verdict.MET, () -> "达到" + q, () -> "meets " + qe));
                if (hasTolerance) {
                    b.then(x.add(FAR_FACTOR.multiply(t)), true, new Zone(Verdict.MET,
                            () -> "达到" + q + "，但远高于下限" + Texts.val(x, rate) + "（高出逾两倍容差），偏高本身可能值得关注",
                            () -> "meets " + qe + " but is far above the floor " + Texts.val(x, rate)
                                    + " (by more than twice the tolerance), which may itself be a concern"));
                }
                return b;
            }
            case LTE -> {
                Zone above = new Zone(Verdict.MISSED, () -> "高于" + q, () -> "is above " + qe);
                if (dir == Direction.LOWER) {
                    BigDecimal lo = x.subtract(t);
                    return new Bands(new Zone(Verdict.EXCEEDED,
                            () -> "优于" + q + "逾容差" + Texts.diff(t, rate, x).zh() + "，即低于" + Texts.val(lo, rate),
                            () -> "beats " + qe + " by more than the tolerance " + Texts.diff(t, rate, x).en() + ", i.e. is below "
                                    + Texts.val(lo, rate)))
                            .then(lo, false, new Zone(Verdict.MET,
                                    () -> "达到" + q + "（在" + Texts.span(lo, x, rate) + "之间，未超出容差）",
                                    () -> "meets " + qe + " (within " + Texts.span(lo, x, rate)
                                            + ", not beyond the tolerance)"))
                            .then(x, true, above);
                }
                // higher is better: a plain ceiling
                Zone met = new Zone(Verdict.MET, () -> "达到" + q, () -> "meets " + qe);
                if (!hasTolerance) {
                    return new Bands(met).then(x, true, above);
                }
                return new Bands(new Zone(Verdict.MET,
                        () -> "达到" + q + "，但远低于上限" + Texts.val(x, rate) + "（低出逾两倍容差），过低本身可能值得关注",
                        () -> "meets " + qe + " but is far below the ceiling " + Texts.val(x, rate)
                                + " (by more than twice the tolerance), which may itself be a concern"))
                        .then(x.subtract(FAR_FACTOR.multiply(t)), false, met)
                        .then(x, true, above);
            }
            case RANGE -> {
                BigDecimal a = ts.value();
                BigDecimal b = ts.valueHigh();
                boolean higher = dir == Direction.HIGHER;
                return new Bands(new Zone(higher ? Verdict.MISSED : Verdict.EXCEEDED,
                        () -> "低于" + q + "的下限" + Texts.val(a, rate),
                        () -> "is below the lower bound " + Texts.val(a, rate) + " of " + qe))
                        .then(a, false, new Zone(Verdict.MET, () -> "在" + q + "的区间之内", () -> "is inside " + qe))
                        .then(b, true, new Zone(higher ? Verdict.EXCEEDED : Verdict.MISSED,
                                () -> "高于" + q + "的上限" + Texts.val(b, rate),
                                () -> "is above the upper bound " + Texts.val(b, rate) + " of " + qe));
            }
            default -> throw new IllegalArgumentException("not a numeric target: " + ts.comparator().wire());
        }
    }

    /** The verdict bands of a relative target, as a function of outcome minus referenced outcome. */
    private static Bands relativeBands(Relation relation, Direction dir, BigDecimal t, boolean rate,
                                       BigDecimal refRep, String refZh, String refEn) {
        boolean higher = dir == Direction.HIGHER;
        if (relation == Relation.IN_STEP) {
            Text tol = Texts.diff(t, rate, refRep);
            return new Bands(new Zone(higher ? Verdict.MISSED : Verdict.EXCEEDED,
                    () -> "低于" + refZh + "逾容差" + tol.zh(), () -> "is more than " + tol.en() + " below " + refEn))
                    .then(t.negate(), false, new Zone(Verdict.MET,
                            () -> "与" + refZh + "相差不超过" + tol.zh() + "，视为同步",
                            () -> "is within " + tol.en() + " of " + refEn + ", i.e. in step"))
                    .then(t, true, new Zone(higher ? Verdict.EXCEEDED : Verdict.MISSED,
                            () -> "高于" + refZh + "逾容差" + tol.zh(), () -> "is more than " + tol.en() + " above " + refEn));
        }
        if (higher) {
            return new Bands(new Zone(Verdict.MISSED, () -> "未高于" + refZh, () -> "is not above " + refEn))
                    .then(BigDecimal.ZERO, true, new Zone(Verdict.MET, () -> "高于" + refZh, () -> "is above " + refEn));
        }
        return new Bands(new Zone(Verdict.MET, () -> "低于" + refZh + "，优于参照", () -> "is below (better than) " + refEn))
                .then(BigDecimal.ZERO, false, new Zone(Verdict.MISSED, () -> "未低于" + refZh, () -> "is not below " + refEn));
    }

    // ------------------------------------------------------------------------------------------------ assessment

    /**
     * Judges a qualitative target by a planner's assessment.
     *
     * @param assessment the planner's assessment; null ⇒ {@link Verdict#NOT_EVALUABLE}
     * @param note       the planner's note, quoted in the reason when given
     */
    public static Judgement judgeAssessment(Assessment assessment, String note) {
        String n = note == null || note.isBlank() ? null : note.strip().replaceAll("\\s+", " ");
        if (assessment == null) {
            return plain(Verdict.NOT_EVALUABLE, "定性目标尚未经规划人员评估",
                    "Qualitative target not yet assessed by a planner");
        }
        Verdict v = switch (assessment) {
            case MET -> Verdict.MET;
            case PARTLY_MET -> Verdict.PARTLY_MET;
            case MISSED -> Verdict.MISSED;
        };
        Text vt = Texts.verdict(v);
        return plain(v, "规划人员评估：" + vt.zh() + (n == null ? "" : "——“" + n + "”"),
                "Planner's assessment: " + vt.en() + (n == null ? "" : " — \"" + n + "\""));
    }

    // ------------------------------------------------------------------------------------------------ trajectory

    /**
     * Progress of a multi-year target (a five-year-plan goal for {@code targetYear}, from the target's
     * {@code baseYear}/{@code baseValue}), after the Open SDG method: the ratio of the observed to the required
     * compound annual change.
     *
     * @throws IllegalArgumentException for inconsistent input (target year not after the base year, ...)
     */
    public static Trajectory trajectory(TargetInput target, int targetYear, Traits traits, int observedYear,
                                        BigDecimal observedValue) {
        requireTarget(target);
        requireTraits(traits);
        Statement ts = target.statement();
        validate(ts, "target");
        BigDecimal tolSetting = toleranceSetting(target, traits);
        if (ts.comparator() == Comparator.QUALITATIVE || ts.comparator() == Comparator.RELATIVE) {
            return notEvaluable("进度评估需要数值目标", "A trajectory needs a numeric target");
        }
        if (target.baseYear() == null || target.baseValue() == null) {
            return notEvaluable("缺少基期年份或基期值", "No base year or base value");
        }
        int baseYear = target.baseYear();
        if (targetYear <= baseYear) {
            throw new IllegalArgumentException(
                    "target year " + targetYear + " must be after the base year " + baseYear);
        }
        if (observedValue == null) {
            return notEvaluable("尚无观测值", "No observed value yet");
        }
        if (observedYear <= baseYear) {
            return notEvaluable("观测年份" + observedYear + "不晚于基期" + baseYear + "年，无法计算年均变化",
                    "Observed year " + observedYear + " is not after the base year " + baseYear
                            + "; no annual change can be computed");
        }
        Direction dir = traits.direction();
        boolean rate = traits.valueKind().isRate();
        BigDecimal base = target.baseValue();
        BigDecimal goal = ts.comparator() == Comparator.RANGE && dir == Direction.LOWER ? ts.valueHigh() : ts.value();
        BigDecimal t = tolerance(tolSetting, rate, ts.value());
        boolean achieved = numericBands(ts, dir, t, rate, describe(ts, rate, dir))
                .verdictAt(observedValue).isSuccess();

        boolean compound = base.signum() > 0 && goal.signum() > 0 && observedValue.signum() > 0;
        BigDecimal required = annualChange(base, goal, targetYear - baseYear, compound);
        BigDecimal observed = annualChange(base, observedValue, observedYear - baseYear, compound);
        int favourable = dir == Direction.HIGHER ? 1 : -1;
        BigDecimal ratio = required.signum() == favourable
                ? round4(observed.divide(required, MathContext.DECIMAL64)) : null;

        TrajectoryStatus status;
        Text why;
        if (achieved) {
            status = TrajectoryStatus.ACHIEVED;
            why = new Text("当前值已达到目标", "the observed value already meets the target");
        } else if (required.signum() == 0) {
            status = TrajectoryStatus.DETERIORATION;
            why = new Text("目标值等于基期值，而当前值已不再达标，较基期退步",
                    "the target equals the base value and the observed value no longer meets it");
        } else if (required.signum() != favourable) {
            status = TrajectoryStatus.DETERIORATION;
            why = new Text("目标允许向不利方向变化至" + Texts.val(goal, rate) + "，但当前值已越过该界限",
                    "the target allows a move in the unfavourable direction up to " + Texts.val(goal, rate)
                            + ", but the observed value is already past that limit");
        } else if (ratio.compareTo(ON_TRACK_RATIO) >= 0) {
            status = TrajectoryStatus.ON_TRACK;
            why = new Text("进度符合要求", "on track");
        } else if (ratio.compareTo(ACCELERATION_RATIO) >= 0) {
            status = TrajectoryStatus.NEEDS_ACCELERATION;
            why = new Text("需加快进度", "needs acceleration");
        } else if (ratio.signum() >= 0) {
            status = TrajectoryStatus.LIMITED_PROGRESS;
            why = new Text("进展有限", "limited progress");
        } else {
            status = TrajectoryStatus.DETERIORATION;
            why = new Text("向偏离目标的方向变化，出现倒退", "moving away from the target: deterioration");
        }
        BigDecimal req4 = round4(required);
        BigDecimal obs4 = round4(observed);
        String unitZh = compound ? "%" : (rate ? "个百分点" : "");
        String unitEn = compound ? "% a year" : (rate ? " points a year" : " a year");
        String method = compound ? "按复合年均变化（Open SDG方法）：" : "按线性年均变化（数值非正，无法用复合增长）：";
        String methodEn = compound ? "Compound annual change (Open SDG method): "
                : "Linear annual change (values not all positive, so no compound rate): ";
        String ratioZh = ratio == null ? "" : "，比率" + Texts.num(ratio);
        String ratioEn = ratio == null ? "" : ", ratio " + Texts.num(ratio);
        String zh = method + "从" + baseYear + "年的" + Texts.val(base, rate) + "到" + targetYear + "年的目标"
                + Texts.val(goal, rate) + "需年均" + signed(req4) + unitZh + "；" + observedYear + "年为"
                + Texts.val(observedValue, rate) + "，实际年均" + signed(obs4) + unitZh + ratioZh + "：" + why.zh();
        String en = methodEn + "reaching " + Texts.val(goal, rate) + " in " + targetYear + " from "
                + Texts.val(base, rate) + " in " + baseYear + " needs " + signed(req4) + unitEn + "; the "
                + observedYear + " value " + Texts.val(observedValue, rate) + " implies " + signed(obs4) + unitEn
                + ratioEn + ": " + why.en();
        return new Trajectory(status, req4, obs4, ratio, zh, en);
    }

    /** Compound change in percent a year, or linear change in units a year. */
    private static BigDecimal annualChange(BigDecimal from, BigDecimal to, int years, boolean compound) {
        if (!compound) {
            return to.subtract(from).divide(BigDecimal.valueOf(years), MathContext.DECIMAL64);
        }
        BigDecimal q = to.divide(from, MathContext.DECIMAL64);
        BigDecimal root = years == 1 ? q
                : new BigDecimal(Math.pow(q.doubleValue(), 1.0 / years), MathContext.DECIMAL64);
        return root.subtract(BigDecimal.ONE).multiply(HUNDRED, MathContext.DECIMAL64);
    }

    private static BigDecimal round4(BigDecimal x) {
        return x.setScale(4, RoundingMode.HALF_UP);
    }

    private static String signed(BigDecimal x) {
        return (x.signum() > 0 ? "+" : "") + Texts.num(x);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /**
     * The tolerance setting for a target: its override, else the indicator's default, else 0. It is in points for
     * rates and a percentage of the target value otherwise.
     */
    /**
     * The tolerance band a target is drawn with: [v − t, v + t] for around/eq targets (t in the indicator's unit),
     * [a, b] for ranges; null for one-sided, relative and qualitative targets.
     */
    public static BigDecimal[] band(TargetInput target, Traits traits) {
        Statement s = target.statement();
        return switch (s.comparator()) {
            case AROUND, EQ -> {
                BigDecimal t = tolerance(toleranceSetting(target, traits), traits.valueKind().isRate(), s.value());
                yield new BigDecimal[] {s.value().subtract(t), s.value().add(t)};
            }
            case RANGE -> new BigDecimal[] {s.value(), s.valueHigh()};
            default -> null;
        };
    }

    static BigDecimal toleranceSetting(TargetInput target, Traits traits) {
        BigDecimal t = target.toleranceOverride() != null ? target.toleranceOverride() : traits.defaultTolerance();
        if (t == null) {
            return BigDecimal.ZERO;
        }
        if (t.signum() < 0) {
            throw new IllegalArgumentException("tolerance must not be negative: " + t.toPlainString());
        }
        return t;
    }

    /** The tolerance in the indicator's unit: points for rates, |reference| × setting / 100 otherwise. */
    static BigDecimal tolerance(BigDecimal setting, boolean rate, BigDecimal reference) {
        return rate ? setting : reference.abs().multiply(setting).movePointLeft(2);
    }

    /** The values a stated outcome can stand for. AROUND uses the indicator's default tolerance. */
    static Span outcomeSpan(Statement o, Traits traits) {
        BigDecimal v = o.value();
        return switch (o.comparator()) {
            case EQ -> Span.point(v);
            case AROUND -> {
                BigDecimal setting = traits.defaultTolerance() == null ? BigDecimal.ZERO : traits.defaultTolerance();
                if (setting.signum() < 0) {
                    throw new IllegalArgumentException("tolerance must not be negative: " + setting.toPlainString());
                }
                BigDecimal t = tolerance(setting, traits.valueKind().isRate(), v);
                yield new Span(v.subtract(t), v.add(t));
            }
            case GTE -> new Span(v, null);
            case LTE -> new Span(null, v);
            case RANGE -> new Span(v, o.valueHigh());
            default -> throw new IllegalArgumentException("not a numeric outcome: " + o.comparator().wire());
        };
    }

    /** The stated value of a numeric statement; the midpoint of a range. */
    static BigDecimal representative(Statement s) {
        if (s.comparator() == Comparator.RANGE) {
            return s.value().add(s.valueHigh()).divide(TWO);
        }
        return s.value();
    }

    private static BigDecimal numericMargin(Statement ts, BigDecimal rep) {
        if (ts.comparator() == Comparator.RANGE) {
            if (rep.compareTo(ts.value()) < 0) {
                return rep.subtract(ts.value());
            }
            if (rep.compareTo(ts.valueHigh()) > 0) {
                return rep.subtract(ts.valueHigh());
            }
            return BigDecimal.ZERO;
        }
        return rep.subtract(ts.value());
    }

    private static Text numericMarginText(Statement ts, BigDecimal margin, boolean rate, boolean interval,
                                          BigDecimal rep) {
        Text text;
        if (ts.comparator() == Comparator.RANGE) {
            BigDecimal bound = margin.signum() < 0 ? ts.value() : ts.valueHigh();
            Text d = Texts.diff(margin, rate, bound);
            if (margin.signum() < 0) {
                text = new Text("，比下限低" + d.zh(), ", " + d.en() + " below the lower bound");
            } else if (margin.signum() > 0) {
                text = new Text("，比上限高" + d.zh(), ", " + d.en() + " above the upper bound");
            } else {
                text = new Text("", "");
            }
        } else {
            Text d = Texts.diff(margin, rate, ts.value());
            if (margin.signum() > 0) {
                text = new Text("，比目标值高" + d.zh(), ", " + d.en() + " above the target value");
            } else if (margin.signum() < 0) {
                text = new Text("，比目标值低" + d.zh(), ", " + d.en() + " below the target value");
            } else {
                text = new Text("，与目标值持平", ", exactly at the target value");
            }
        }
        if (interval && !text.zh().isEmpty()) {
            text = new Text(text.zh() + "（按所述值" + Texts.val(rep, rate) + "计）",
                    text.en() + " (measured from the stated value " + Texts.val(rep, rate) + ")");
        }
        return text;
    }

    /** Whether every value the outcome can stand for reaches the stretch value in the favourable direction. */
    static boolean stretchReached(Direction dir, Span span, BigDecimal stretch) {
        if (stretch == null) {
            return false;
        }
        if (dir == Direction.HIGHER) {
            return span.lo() != null && span.lo().compareTo(stretch) >= 0;
        }
        return span.hi() != null && span.hi().compareTo(stretch) <= 0;
    }

    private static Text stretchText(BigDecimal stretch, boolean reached, boolean rate) {
        if (stretch == null) {
            return new Text("", "");
        }
        String y = Texts.val(stretch, rate);
        return reached
                ? new Text("；已达到力争目标" + y, "; the stretch goal ('strive for " + y + "') was reached")
                : new Text("；未达到（或不能确认达到）力争目标" + y,
                "; the stretch goal ('strive for " + y + "') was not (demonstrably) reached");
    }

    static Text describe(Statement s, boolean rate, Direction dir) {
        return switch (s.comparator()) {
            case EQ -> new Text(Texts.val(s.value(), rate), Texts.val(s.value(), rate));
            case AROUND -> new Text(Texts.val(s.value(), rate) + "左右", "around " + Texts.val(s.value(), rate));
            case GTE -> new Text("不低于" + Texts.val(s.value(), rate), "at least " + Texts.val(s.value(), rate));
            case LTE -> new Text("不高于" + Texts.val(s.value(), rate), "at most " + Texts.val(s.value(), rate));
            case RANGE -> new Text(Texts.span(s.value(), s.valueHigh(), rate),
                    Texts.span(s.value(), s.valueHigh(), rate));
            case RELATIVE -> relationText(s.relation(), s.referencedIndicator(), dir);
            case QUALITATIVE -> new Text("定性表述", "qualitative");
        };
    }

    private static Text relationText(Relation relation, String indicator, Direction dir) {
        String zh = Texts.indicatorZh(indicator);
        String en = Texts.indicatorEn(indicator);
        if (relation == Relation.IN_STEP) {
            return new Text("与" + zh + "同步", "in step with " + en);
        }
        return dir == Direction.HIGHER ? new Text("高于" + zh, "above " + en)
                : new Text("低于" + zh + "（优于参照）", "better than (below) " + en);
    }

    private static Text outcomeText(Statement o, Span span, boolean rate) {
        String v = Texts.val(o.value(), rate);
        return switch (o.comparator()) {
            case EQ -> new Text("实际" + v, "Outcome " + v);
            case AROUND -> span.isPoint() ? new Text("实际“" + v + "左右”", "Outcome 'around " + v + "'")
                    : new Text("实际“" + v + "左右”（按容差视为" + Texts.span(span.lo(), span.hi(), rate) + "）",
                    "Outcome 'around " + v + "' (read as " + Texts.span(span.lo(), span.hi(), rate) + ")");
            case GTE -> new Text("实际“" + v + "以上”", "Outcome 'at least " + v + "'");
            case LTE -> new Text("实际“不超过" + v + "”", "Outcome 'at most " + v + "'");
            case RANGE -> new Text("实际“" + Texts.span(o.value(), o.valueHigh(), rate) + "”",
                    "Outcome '" + Texts.span(o.value(), o.valueHigh(), rate) + "'");
            default -> throw new IllegalArgumentException("not a numeric outcome: " + o.comparator().wire());
        };
    }

    private static Judgement basisClash(Basis a, Basis b, Text aName, Text bName) {
        if (a == null || b == null || a == b) {
            return null;
        }
        Text an = Texts.basis(a);
        Text bn = Texts.basis(b);
        return plain(Verdict.UNDETERMINED,
                aName.zh() + "为" + an.zh() + "口径，" + bName.zh() + "为" + bn.zh() + "口径，口径不同，无法直接比较",
                capitalize(aName.en()) + " is on a " + an.en() + " basis (" + a.wire() + ") but " + bName.en()
                        + " on a " + bn.en() + " basis (" + b.wire() + "); different bases cannot be compared");
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Judgement plain(Verdict verdict, String zh, String en) {
        return new Judgement(verdict, null, zh, en, false);
    }

    private static Trajectory notEvaluable(String zh, String en) {
        return new Trajectory(TrajectoryStatus.NOT_EVALUABLE, null, null, null, zh, en);
    }

    private static void requireTarget(TargetInput target) {
        if (target == null || target.statement() == null) {
            throw new IllegalArgumentException("a target with a statement is required");
        }
    }

    private static void requireTraits(Traits traits) {
        if (traits == null || traits.direction() == null || traits.valueKind() == null) {
            throw new IllegalArgumentException("indicator traits with a direction and a value kind are required");
        }
        if (traits.defaultTolerance() != null && traits.defaultTolerance().signum() < 0) {
            throw new IllegalArgumentException(
                    "default tolerance must not be negative: " + traits.defaultTolerance().toPlainString());
        }
    }

    /** Rejects statements that contradict themselves. */
    static void validate(Statement s, String role) {
        Comparator c = s.comparator();
        if (c == null) {
            throw new IllegalArgumentException(role + ": the statement has no comparator");
        }
        switch (c) {
            case EQ, AROUND, GTE, LTE -> {
                if (s.value() == null) {
                    throw new IllegalArgumentException(role + ": comparator '" + c.wire() + "' needs a value");
                }
            }
            case RANGE -> {
                if (s.value() == null || s.valueHigh() == null) {
                    throw new IllegalArgumentException(role + ": comparator 'range' needs value and valueHigh");
                }
                if (s.value().compareTo(s.valueHigh()) > 0) {
                    throw new IllegalArgumentException(role + ": range low " + s.value().toPlainString()
                            + " is above range high " + s.valueHigh().toPlainString());
                }
            }
            case RELATIVE -> {
                if (s.relation() == null) {
                    throw new IllegalArgumentException(
                            role + ": comparator 'relative' needs a relation (" + "above or in_step)");
                }
            }
            case QUALITATIVE -> {
                // nothing to check
            }
        }
    }
}
