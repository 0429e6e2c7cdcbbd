package org.indicatortracker.evaluation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.Direction;
import org.indicatortracker.domain.Relation;
import org.indicatortracker.domain.ValueKind;
import org.indicatortracker.domain.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated cases from fixed seeds. Values lie on a 0.1 grid and tolerances are multiples of 0.1, so outcomes hit
 * band edges exactly and often: the inclusive boundaries are exercised, not just the interiors.
 */
class GeneratedPropertiesTest {

    private static final int CASES = 1500;
    private static final BigDecimal FAR = new BigDecimal("1000000");

    /** A generated judgement input. */
    record Case(TargetInput target, Traits traits, Statement outcome, Statement ref) {
        Judgement judge() {
            return VerdictRules.judge(target, traits, outcome, ref);
        }

        Case withOutcome(Statement o) {
            return new Case(target, traits, o, ref);
        }

        Case withRef(Statement r) {
            return new Case(target, traits, outcome, r);
        }

        @Override
        public String toString() {
            return traits.direction().wire() + "/" + traits.valueKind().wire() + " tol " + plain(traits.defaultTolerance())
                    + " target " + show(target.statement()) + (target.toleranceOverride() == null ? ""
                    : " override " + plain(target.toleranceOverride()))
                    + (target.stretchValue() == null ? "" : " stretch " + plain(target.stretchValue()))
                    + " outcome " + show(outcome) + (ref == null ? "" : " ref " + show(ref));
        }
    }

    // ------------------------------------------------------------------------------------------- properties

    static Stream<Arguments> higherIsBetterPairs() {
        return monotonePairs(11L, Direction.HIGHER);
    }

    static Stream<Arguments> lowerIsBetterPairs() {
        return monotonePairs(12L, Direction.LOWER);
    }

    /** (a) Monotonicity: a better point outcome never gets a worse verdict (missed < met < exceeded). */
    @ParameterizedTest(name = "[{index}] {0}: {1} <= {2}")
    @MethodSource("higherIsBetterPairs")
    void raisingAnOutcomeNeverWorsensAHigherIsBetterVerdict(Case c, BigDecimal low, BigDecimal high) {
        Verdict atLow = c.withOutcome(Statement.eq(low)).judge().verdict();
        Verdict atHigh = c.withOutcome(Statement.eq(high)).judge().verdict();
        assertTrue(rank(atHigh) >= rank(atLow), atLow + " at " + low + " but " + atHigh + " at " + high);
    }

    @ParameterizedTest(name = "[{index}] {0}: {2} <= {1}")
    @MethodSource("lowerIsBetterPairs")
    void loweringAnOutcomeNeverWorsensALowerIsBetterVerdict(Case c, BigDecimal low, BigDecimal high) {
        Verdict atLow = c.withOutcome(Statement.eq(low)).judge().verdict();
        Verdict atHigh = c.withOutcome(Statement.eq(high)).judge().verdict();
        assertTrue(rank(atLow) >= rank(atHigh), atLow + " at " + low + " but " + atHigh + " at " + high);
    }

    static Stream<Arguments> intervalShifts() {
        Random rnd = new Random(13L);
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < CASES / 2; i++) {
            Direction dir = rnd.nextBoolean() ? Direction.HIGHER : Direction.LOWER;
            Case c = monotoneCase(rnd, dir, true).withOutcome(intervalOutcome(rnd));
            out.add(Arguments.of(c, grid(rnd.nextInt(40))));
        }
        return out.stream();
    }

    /**
     * (a) for interval outcomes: an undetermined verdict sits between its neighbours. Shifting the whole outcome
     * in the favourable direction never turns a decided verdict into a worse decided one, never leaves "exceeded"
     * and never reaches "missed" from a better position.
     */
    @ParameterizedTest(name = "[{index}] {0} shifted by {1}")
    @MethodSource("intervalShifts")
    void shiftingAnIntervalOutcomeTheFavourableWayNeverWorsensItsVerdict(Case c, BigDecimal shift) {
        BigDecimal signed = c.traits().direction() == Direction.HIGHER ? shift : shift.negate();
        Verdict before = c.judge().verdict();
        Verdict after = c.withOutcome(shifted(c.outcome(), signed)).judge().verdict();
        if (before.isEvaluable() && after.isEvaluable()) {
            assertTrue(rank(after) >= rank(before), before + " then " + after);
        }
        if (before == Verdict.EXCEEDED) {
            assertEquals(Verdict.EXCEEDED, after);
        }
        if (after == Verdict.MISSED) {
            assertEquals(Verdict.MISSED, before);
        }
    }

    static Stream<Arguments> intervalCases() {
        Random rnd = new Random(21L);
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Direction dir = rnd.nextBoolean() ? Direction.HIGHER : Direction.LOWER;
            Traits traits = traits(rnd, dir);
            boolean relative = rnd.nextInt(4) == 0;
            TargetInput target = relative ? relativeTarget(rnd) : numericTarget(rnd, anyNumeric(rnd));
            Statement ref = relative ? (rnd.nextBoolean() ? Statement.eq(grid(rnd)) : intervalOutcome(rnd)) : null;
            out.add(Arguments.of(new Case(target, traits, intervalOutcome(rnd), ref), 1000L + i));
        }
        return out.stream();
    }

    /**
     * (b) Interval soundness: a decided verdict for an interval outcome holds for every point outcome inside it
     * (endpoints included); and an undetermined one really has points with different verdicts.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("intervalCases")
    void intervalVerdictIsDecidedOnlyWhenEveryPointInsideAgrees(Case c, long seed) {
        Judgement whole = c.judge();
        Random rnd = new Random(seed);
        Span xs = VerdictRules.outcomeSpan(c.outcome(), c.traits());
        Span rs = c.ref() == null ? null : VerdictRules.outcomeSpan(c.ref(), c.traits());
        if (whole.verdict() == Verdict.UNDETERMINED) {
            // the extremes of outcome minus reference must disagree
            BigDecimal xl = end(xs.lo(), FAR.negate());
            BigDecimal xh = end(xs.hi(), FAR);
            Verdict a;
            Verdict b;
            if (rs == null) {
                a = pointVerdict(c, xl, null);
                b = pointVerdict(c, xh, null);
            } else {
                a = pointVerdict(c, xl, end(rs.hi(), FAR));
                b = pointVerdict(c, xh, end(rs.lo(), FAR.negate()));
            }
            assertNotEquals(a, b, "undetermined although both extremes give " + a);
            return;
        }
        for (int k = 0; k < 12; k++) {
            BigDecimal x = sample(rnd, xs, k);
            BigDecimal r = rs == null ? null : sample(rnd, rs, k + 1);
            Verdict v = pointVerdict(c, x, r);
            assertEquals(whole.verdict(), v, "point outcome " + x + (r == null ? "" : " ref " + r));
            if (rs == null) {
                boolean stretchAtPoint = c.withOutcome(Statement.eq(x)).judge().stretchReached();
                if (whole.stretchReached()) {
                    assertTrue(stretchAtPoint, "stretch reached by the interval but not at " + x);
                }
            }
        }
    }

    static Stream<Arguments> mirrorCases() {
        Random rnd = new Random(31L);
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Direction dir = rnd.nextBoolean() ? Direction.HIGHER : Direction.LOWER;
            Traits traits = traits(rnd, dir);
            boolean relative = rnd.nextInt(4) == 0;
            TargetInput target = relative ? relativeTarget(rnd) : numericTarget(rnd, anyNumeric(rnd));
            Statement outcome = rnd.nextBoolean() ? Statement.eq(grid(rnd)) : intervalOutcome(rnd);
            Statement ref = relative ? (rnd.nextBoolean() ? Statement.eq(grid(rnd)) : intervalOutcome(rnd)) : null;
            out.add(Arguments.of(new Case(target, traits, outcome, ref)));
        }
        return out.stream();
    }

    /**
     * (c) Symmetry: negating every value, flipping the direction and swapping gte/lte gives the same verdict, the
     * negated margin and the same stretch flag. For "around"/"eq" (a ceiling when lower is better) the
     * lower-is-better side equals the higher-is-better verdict with "exceeded" folded into "met".
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("mirrorCases")
    void negatingValuesAndFlippingDirectionGivesTheSameVerdict(Case c) {
        Case m = mirror(c);
        Judgement j = c.judge();
        Judgement mj = m.judge();
        Comparator tc = c.target().statement().comparator();
        if (tc == Comparator.AROUND || tc == Comparator.EQ) {
            Verdict higher = c.traits().direction() == Direction.HIGHER ? j.verdict() : mj.verdict();
            Verdict lower = c.traits().direction() == Direction.HIGHER ? mj.verdict() : j.verdict();
            if (higher.isEvaluable()) {
                assertEquals(higher == Verdict.EXCEEDED ? Verdict.MET : higher, lower, "mirror " + m);
            } else {
                assertTrue(lower == Verdict.MET || lower == Verdict.UNDETERMINED, "mirror " + m + " gave " + lower);
            }
        } else {
            assertEquals(j.verdict(), mj.verdict(), "mirror " + m);
        }
        assertEquals(0, j.margin().negate().compareTo(mj.margin()), "margins " + j.margin() + " / " + mj.margin());
        assertEquals(j.stretchReached(), mj.stretchReached(), "stretch, mirror " + m);
    }

    // ------------------------------------------------------------------------------------------- generators

    private static Stream<Arguments> monotonePairs(long seed, Direction dir) {
        Random rnd = new Random(seed);
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Case c = monotoneCase(rnd, dir, false);
            BigDecimal a = grid(rnd);
            BigDecimal b = rnd.nextInt(3) == 0 ? a : grid(rnd);
            out.add(Arguments.of(c, a.min(b), a.max(b)));
        }
        return out.stream();
    }

    /** Targets whose verdict is monotone by rule (a plain ceiling on higher-is-better is a deliberate exception). */
    private static Case monotoneCase(Random rnd, Direction dir, boolean intervalRef) {
        Traits traits = traits(rnd, dir);
        Comparator[] ok = dir == Direction.HIGHER
                ? new Comparator[] {Comparator.AROUND, Comparator.EQ, Comparator.GTE, Comparator.RANGE,
                    Comparator.RELATIVE}
                : new Comparator[] {Comparator.AROUND, Comparator.EQ, Comparator.LTE, Comparator.RANGE,
                    Comparator.RELATIVE};
        Comparator c = ok[rnd.nextInt(ok.length)];
        if (c == Comparator.RELATIVE) {
            Statement ref = intervalRef && rnd.nextBoolean() ? intervalOutcome(rnd) : Statement.eq(grid(rnd));
            return new Case(relativeTarget(rnd), traits, null, ref);
        }
        return new Case(numericTarget(rnd, c), traits, null, null);
    }

    private static Traits traits(Random rnd, Direction dir) {
        if (rnd.nextInt(4) == 0) {
            String[] percents = {"0", "2", "5", "10"};
            return new Traits(dir, ValueKind.LEVEL, new BigDecimal(percents[rnd.nextInt(percents.length)]));
        }
        ValueKind kind = rnd.nextBoolean() ? ValueKind.GROWTH_RATE : ValueKind.SHARE;
        return new Traits(dir, kind, grid(rnd.nextInt(11)));
    }

    private static Comparator anyNumeric(Random rnd) {
        Comparator[] all = {Comparator.AROUND, Comparator.EQ, Comparator.GTE, Comparator.LTE, Comparator.RANGE};
        return all[rnd.nextInt(all.length)];
    }

    private static TargetInput numericTarget(Random rnd, Comparator c) {
        BigDecimal v = grid(rnd);
        Statement s = c == Comparator.RANGE ? Statement.range(v, v.add(grid(rnd.nextInt(30))))
                : new Statement(c, v, null, null, null, null);
        BigDecimal override = rnd.nextInt(4) == 0 ? grid(rnd.nextInt(8)) : null;
        BigDecimal stretch = rnd.nextInt(3) == 0 ? grid(rnd) : null;
        return new TargetInput(s, override, stretch, null, null);
    }

    private static TargetInput relativeTarget(Random rnd) {
        Relation r = rnd.nextBoolean() ? Relation.ABOVE : Relation.IN_STEP;
        BigDecimal override = rnd.nextInt(4) == 0 ? grid(rnd.nextInt(8)) : null;
        return new TargetInput(Statement.relative(r, "gdp_growth"), override, null, null, null);
    }

    private static Statement intervalOutcome(Random rnd) {
        BigDecimal v = grid(rnd);
        return switch (rnd.nextInt(5)) {
            case 0 -> Statement.around(v);
            case 1 -> Statement.gte(v);
            case 2 -> Statement.lte(v);
            case 3 -> Statement.range(v, v.add(grid(rnd.nextInt(30))));
            default -> Statement.eq(v);
        };
    }

    /** A value on the 0.1 grid in [-10, 10]. */
    private static BigDecimal grid(Random rnd) {
        return grid(rnd.nextInt(201) - 100);
    }

    private static BigDecimal grid(int tenths) {
        return BigDecimal.valueOf(tenths, 1);
    }

    // ------------------------------------------------------------------------------------------- helpers

    private static int rank(Verdict v) {
        return switch (v) {
            case MISSED -> 0;
            case MET -> 1;
            case EXCEEDED -> 2;
            default -> fail("a point outcome must get a decided verdict, got " + v);
        };
    }

    private static Verdict pointVerdict(Case c, BigDecimal x, BigDecimal r) {
        Case p = c.withOutcome(Statement.eq(x));
        if (r != null) {
            p = p.withRef(Statement.eq(r));
        }
        Verdict v = p.judge().verdict();
        assertTrue(EnumSet.of(Verdict.MISSED, Verdict.MET, Verdict.EXCEEDED).contains(v),
                "point outcome gave " + v);
        return v;
    }

    private static BigDecimal end(BigDecimal value, BigDecimal ifUnbounded) {
        return value == null ? ifUnbounded : value;
    }

    /** Endpoints first (or far points for unbounded ends), then random points on the interval. */
    private static BigDecimal sample(Random rnd, Span s, int k) {
        BigDecimal lo = s.lo() != null ? s.lo() : s.hi().subtract(FAR);
        BigDecimal hi = s.hi() != null ? s.hi() : s.lo().add(FAR);
        if (k == 0) {
            return lo;
        }
        if (k == 1) {
            return hi;
        }
        if (k < 6 && (s.lo() == null || s.hi() == null)) {
            // near the finite end of an unbounded interval, where the cuts are
            BigDecimal step = grid(rnd.nextInt(200));
            return s.lo() == null ? hi.subtract(step) : lo.add(step);
        }
        BigDecimal fraction = BigDecimal.valueOf(rnd.nextInt(1001), 3);
        return lo.add(hi.subtract(lo).multiply(fraction));
    }

    private static Statement shifted(Statement s, BigDecimal by) {
        return new Statement(s.comparator(), s.value() == null ? null : s.value().add(by),
                s.valueHigh() == null ? null : s.valueHigh().add(by), s.referencedIndicator(), s.relation(),
                s.basis());
    }

    private static Case mirror(Case c) {
        TargetInput t = c.target();
        Direction flipped = c.traits().direction() == Direction.HIGHER ? Direction.LOWER : Direction.HIGHER;
        Traits traits = new Traits(flipped, c.traits().valueKind(), c.traits().defaultTolerance());
        TargetInput mt = new TargetInput(negate(t.statement()), t.toleranceOverride(),
                t.stretchValue() == null ? null : t.stretchValue().negate(), t.baseYear(), t.baseValue());
        return new Case(mt, traits, negate(c.outcome()), c.ref() == null ? null : negate(c.ref()));
    }

    private static Statement negate(Statement s) {
        return switch (s.comparator()) {
            case GTE -> Statement.lte(s.value().negate());
            case LTE -> Statement.gte(s.value().negate());
            case RANGE -> Statement.range(s.valueHigh().negate(), s.value().negate());
            case EQ, AROUND -> new Statement(s.comparator(), s.value().negate(), null, null, null, null);
            default -> s;
        };
    }

    private static String show(Statement s) {
        if (s == null) {
            return "-";
        }
        return switch (s.comparator()) {
            case RANGE -> "range[" + plain(s.value()) + "," + plain(s.valueHigh()) + "]";
            case RELATIVE -> "relative " + s.relation().wire() + " " + s.referencedIndicator();
            case QUALITATIVE -> "qualitative";
            default -> s.comparator().wire() + " " + plain(s.value());
        };
    }

    private static String plain(BigDecimal x) {
        return x == null ? "-" : x.toPlainString();
    }
}
