package org.indicatortracker.evaluation.rules;

import static org.indicatortracker.evaluation.rules.Fixtures.d;
import static org.indicatortracker.evaluation.rules.Fixtures.growth;
import static org.indicatortracker.evaluation.rules.Fixtures.level;
import static org.indicatortracker.evaluation.rules.Fixtures.lowerRate;
import static org.indicatortracker.evaluation.rules.Fixtures.point;
import static org.indicatortracker.evaluation.rules.Fixtures.verdictOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.indicatortracker.domain.Direction;
import org.indicatortracker.domain.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericTargetRulesTest {

    @Nested
    class AroundOnHigherIsBetter {
        private final Statement target = Statement.around(d("5.5"));

        @ParameterizedTest(name = "outcome {0} -> {1}")
        @CsvSource({"4.99, MISSED", "5.0, MET", "5.00, MET", "5.5, MET", "6.0, MET", "6.000, MET", "6.01, EXCEEDED",
                "3.0, MISSED", "9, EXCEEDED"})
        void aroundTargetIsMetWithinToleranceInclusiveAndOtherwiseMissedOrExceeded(String outcome, Verdict expected) {
            assertEquals(expected, verdictOf(target, growth("0.5"), outcome));
        }

        @Test
        void decimalBoundsAreExactSoFivePointFivePlusHalfIsExactlySix() {
            // 5.5 + 0.5 must be 6.0 exactly (a double would also work here, but 0.1 + 0.2 style drift must not leak)
            assertEquals(Verdict.MET, verdictOf(Statement.around(d("0.3")), growth("0.1"), "0.4"));
            assertEquals(Verdict.MET, verdictOf(Statement.around(d("0.3")), growth("0.1"), "0.2"));
            assertEquals(Verdict.EXCEEDED, verdictOf(Statement.around(d("0.3")), growth("0.1"), "0.4000000001"));
        }

        @Test
        void marginIsOutcomeMinusTargetValueInPoints() {
            Judgement j = VerdictRules.judge(TargetInput.of(target), growth("0.5"), point("3.0"), null);
            assertEquals(0, d("-2.5").compareTo(j.margin()));
        }

        @Test
        void reasonNamesOutcomeBandAndMarginWithoutTrailingZeros() {
            Judgement j = VerdictRules.judge(TargetInput.of(target), growth("0.5"), point("3.0"), null);
            assertEquals("实际3%，低于目标“5.5%左右”的容差下限5%，比目标值低2.5个百分点", j.reasonZh());
            assertEquals("Outcome 3% is below the lower edge 5% of the tolerance band of the target 'around 5.5%', "
                    + "2.5 points below the target value", j.reasonEn());
        }

        @Test
        void toleranceOverrideReplacesTheIndicatorDefault() {
            TargetInput narrow = TargetInput.of(target).withTolerance(d("0.2"));
            assertEquals(Verdict.MISSED,
                    VerdictRules.judge(narrow, growth("0.5"), point("5.2"), null).verdict());
            assertEquals(Verdict.MET, VerdictRules.judge(narrow, growth("0.5"), point("5.3"), null).verdict());
        }

        @Test
        void missingToleranceIsReadAsZero() {
            Traits noTolerance = new Traits(Direction.HIGHER, org.indicatortracker.domain.ValueKind.GROWTH_RATE, null);
            assertEquals(Verdict.MET, verdictOf(target, noTolerance, "5.5"));
            assertEquals(Verdict.MISSED, verdictOf(target, noTolerance, "5.49"));
            assertEquals(Verdict.EXCEEDED, verdictOf(target, noTolerance, "5.51"));
        }
    }

    @Test
    void eqBehavesLikeAround() {
        for (String outcome : new String[] {"4.4", "4.5", "5", "5.5", "5.6"}) {
            assertEquals(verdictOf(Statement.around(d("5")), growth("0.5"), outcome),
                    verdictOf(Statement.eq(d("5")), growth("0.5"), outcome), outcome);
        }
        for (String outcome : new String[] {"1", "3.5", "3.6"}) {
            assertEquals(verdictOf(Statement.around(d("3")), lowerRate("0.5"), outcome),
                    verdictOf(Statement.eq(d("3")), lowerRate("0.5"), outcome), outcome);
        }
    }

    @Nested
    class AroundOnLowerIsBetterIsACeiling {
        private final Statement cpi = Statement.around(d("3"));

        @ParameterizedTest(name = "outcome {0} -> {1}")
        @CsvSource({"3.5, MET", "3.51, MISSED", "3, MET", "2.5, MET", "0.2, MET", "-1, MET", "5, MISSED"})
        void anythingUpToTheUpperToleranceEdgeIsMetEvenFarBelow(String outcome, Verdict expected) {
            assertEquals(expected, verdictOf(cpi, lowerRate("0.5"), outcome));
        }

        @Test
        void ceilingMetByAWideMarginSaysItIsFarBelow() {
            Judgement j = VerdictRules.judge(TargetInput.of(cpi), lowerRate("0.5"), point("1.99"), null);
            assertEquals(Verdict.MET, j.verdict());
            assertTrue(j.reasonZh().contains("远低于目标值"), j.reasonZh());
            assertTrue(j.reasonEn().contains("far below"), j.reasonEn());
        }

        @Test
        void exactlyTwiceTheToleranceBelowIsNotYetFar() {
            Judgement j = VerdictRules.judge(TargetInput.of(cpi), lowerRate("0.5"), point("2.0"), null);
            assertEquals(Verdict.MET, j.verdict());
            assertFalse(j.reasonEn().contains("far below"), j.reasonEn());
        }

        @Test
        void aroundNeverGivesExceededOnLowerIsBetter() {
            assertEquals(Verdict.MET, verdictOf(cpi, lowerRate("0.5"), "-10"));
        }
    }

    @Nested
    class GteAndLte {
        @ParameterizedTest(name = "outcome {0} -> {1}")
        @CsvSource({"5.99, MISSED", "6, MET", "6.5, MET", "6.51, EXCEEDED", "8.1, EXCEEDED"})
        void gteOnHigherIsBetterHasMetBandOfOneToleranceAboveTheFloor(String outcome, Verdict expected) {
            assertEquals(expected, verdictOf(Statement.gte(d("6")), growth("0.5"), outcome));
        }

        @ParameterizedTest(name = "outcome {0} -> {1}")
        @CsvSource({"5.51, MISSED", "5.5, MET", "5.2, MET", "5.19, EXCEEDED", "4, EXCEEDED"})
        void lteOnLowerIsBetterMirrorsGte(String outcome, Verdict expected) {
            assertEquals(expected, verdictOf(Statement.lte(d("5.5")), lowerRate("0.3"), outcome));
        }

        @ParameterizedTest(name = "outcome {0} -> {1}")
        @CsvSource({"1.99, MISSED", "2, MET", "2.6, MET", "50, MET"})
        void gteOnLowerIsBetterIsAPlainFloor(String outcome, Verdict expected) {
            assertEquals(expected, verdictOf(Statement.gte(d("2")), lowerRate("0.3"), outcome));
        }

        @ParameterizedTest(name = "outcome {0} -> {1}")
        @CsvSource({"3.01, MISSED", "3, MET", "2, MET", "-5, MET"})
        void lteOnHigherIsBetterIsAPlainCeiling(String outcome, Verdict expected) {
            assertEquals(expected, verdictOf(Statement.lte(d("3")), growth("0.5"), outcome));
        }

        @Test
        void plainCeilingMetFarBelowSaysSo() {
            Judgement j = VerdictRules.judge(TargetInput.of(Statement.lte(d("3"))), growth("0.5"), point("1.9"), null);
            assertEquals(Verdict.MET, j.verdict());
            assertTrue(j.reasonEn().contains("far below the ceiling"), j.reasonEn());
        }

        @Test
        void plainFloorMetFarAboveSaysSo() {
            Judgement j = VerdictRules.judge(TargetInput.of(Statement.gte(d("2"))), lowerRate("0.3"), point("2.61"),
                    null);
            assertEquals(Verdict.MET, j.verdict());
            assertTrue(j.reasonEn().contains("far above the floor"), j.reasonEn());
        }

        @Test
        void levelToleranceIsAShareOfTheTargetValue() {
            // grain output "1.3万亿斤以上" = gte 13000 (亿斤), tolerance 2% = 260
            Statement grain = Statement.gte(d("13000"));
            Traits traits = level(Direction.HIGHER, "2");
            assertEquals(Verdict.MISSED, verdictOf(grain, traits, "12999"));
            assertEquals(Verdict.MET, verdictOf(grain, traits, "13260"));
            assertEquals(Verdict.EXCEEDED, verdictOf(grain, traits, "13261"));
            Judgement j = VerdictRules.judge(TargetInput.of(grain), traits, point("13731"), null);
            assertEquals(0, d("731").compareTo(j.margin()));
            assertTrue(j.reasonZh().contains("731（5.62%）"), j.reasonZh());
        }

        @Test
        void levelToleranceUsesTheAbsoluteTargetValueForNegativeTargets() {
            // "下降不超过1%" on a level-like change: gte -100 with 10% tolerance = 10
            Traits traits = level(Direction.HIGHER, "10");
            assertEquals(Verdict.MET, verdictOf(Statement.gte(d("-100")), traits, "-90"));
            assertEquals(Verdict.EXCEEDED, verdictOf(Statement.gte(d("-100")), traits, "-89.9"));
        }
    }

    @Nested
    class Ranges {
        private final Statement range = Statement.range(d("6"), d("6.5"));

        @ParameterizedTest(name = "outcome {0} -> {1}")
        @CsvSource({"5.99, MISSED", "6, MET", "6.1, MET", "6.5, MET", "6.51, EXCEEDED"})
        void rangeOnHigherIsBetterIsMetInsideBoundsInclusive(String outcome, Verdict expected) {
            assertEquals(expected, verdictOf(range, growth("0.5"), outcome));
        }

        @ParameterizedTest(name = "outcome {0} -> {1}")
        @CsvSource({"5.99, EXCEEDED", "6, MET", "6.5, MET", "6.51, MISSED"})
        void rangeOnLowerIsBetterExceedsBelowTheLowBound(String outcome, Verdict expected) {
            assertEquals(expected, verdictOf(range, lowerRate("0.5"), outcome));
        }

        @Test
        void rangeMarginIsSignedDistanceToNearestBoundOrZeroInside() {
            assertEquals(0, d("0").compareTo(margin("6.2")));
            assertEquals(0, d("-0.5").compareTo(margin("5.5")));
            assertEquals(0, d("0.3").compareTo(margin("6.8")));
        }

        private java.math.BigDecimal margin(String outcome) {
            return VerdictRules.judge(TargetInput.of(range), growth("0.5"), point(outcome), null).margin();
        }
    }

    @Test
    void decidedVerdictsCarryNoStretchWithoutAStretchValue() {
        Judgement j = VerdictRules.judge(TargetInput.of(Statement.gte(d("6"))), growth("0.5"), point("9"), null);
        assertFalse(j.stretchReached());
        assertFalse(j.reasonEn().contains("stretch"));
    }

    @Test
    void noOutcomeIsNotEvaluable() {
        Judgement j = VerdictRules.judge(TargetInput.of(Statement.gte(d("6"))), growth("0.5"), null, null);
        assertEquals(Verdict.NOT_EVALUABLE, j.verdict());
        assertNull(j.margin());
        assertEquals("No outcome yet", j.reasonEn());
    }
}
