package org.indicatortracker.evaluation.rules;

import static org.indicatortracker.evaluation.rules.Fixtures.d;
import static org.indicatortracker.evaluation.rules.Fixtures.growth;
import static org.indicatortracker.evaluation.rules.Fixtures.lowerRate;
import static org.indicatortracker.evaluation.rules.Fixtures.point;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.indicatortracker.domain.Basis;
import org.indicatortracker.domain.Relation;
import org.indicatortracker.domain.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "与经济增长同步" / "高于经济增长": judged against the referenced indicator's outcome. */
class RelativeTargetTest {

    private static final TargetInput IN_STEP = TargetInput.of(Statement.relative(Relation.IN_STEP, "gdp_growth"));
    private static final TargetInput ABOVE = TargetInput.of(Statement.relative(Relation.ABOVE, "gdp_growth"));

    @ParameterizedTest(name = "income {0} vs gdp 5.2 -> {1}")
    @CsvSource({"4.69, MISSED", "4.7, MET", "5.2, MET", "5.7, MET", "5.71, EXCEEDED"})
    void inStepIsMetWithinToleranceOfTheReferencedOutcome(String outcome, Verdict expected) {
        assertEquals(expected, VerdictRules.judge(IN_STEP, growth("0.5"), point(outcome), point("5.2")).verdict());
    }

    @ParameterizedTest(name = "value {0} vs ref 5.2 -> {1}")
    @CsvSource({"4.69, EXCEEDED", "4.7, MET", "5.7, MET", "5.71, MISSED"})
    void inStepOnLowerIsBetterExceedsOnTheLowSide(String outcome, Verdict expected) {
        assertEquals(expected, VerdictRules.judge(IN_STEP, lowerRate("0.5"), point(outcome), point("5.2")).verdict());
    }

    @ParameterizedTest(name = "income {0} vs gdp 5.2 -> {1}")
    @CsvSource({"5.2, MISSED", "5.19, MISSED", "5.21, MET", "9, MET"})
    void aboveNeedsAStrictlyGreaterOutcome(String outcome, Verdict expected) {
        assertEquals(expected, VerdictRules.judge(ABOVE, growth("0.5"), point(outcome), point("5.2")).verdict());
    }

    @ParameterizedTest(name = "value {0} vs ref 5.2 -> {1}")
    @CsvSource({"5.2, MISSED", "5.21, MISSED", "5.19, MET"})
    void aboveOnLowerIsBetterMeansStrictlyBetterThatIsLower(String outcome, Verdict expected) {
        assertEquals(expected, VerdictRules.judge(ABOVE, lowerRate("0.5"), point(outcome), point("5.2")).verdict());
    }

    @Test
    void marginIsOutcomeMinusReferencedOutcome() {
        Judgement j = VerdictRules.judge(IN_STEP, growth("0.5"), point("5.1"), point("5.2"));
        assertEquals(0, d("-0.1").compareTo(j.margin()));
        assertTrue(j.reasonZh().contains("（gdp_growth为5.2%），与gdp_growth相差不超过0.5个百分点"), j.reasonZh());
    }

    @Test
    void withoutReferencedOutcomeItIsNotEvaluable() {
        Judgement j = VerdictRules.judge(IN_STEP, growth("0.5"), point("5.1"), null);
        assertEquals(Verdict.NOT_EVALUABLE, j.verdict());
        assertTrue(j.reasonEn().contains("gdp_growth"), j.reasonEn());
    }

    @Test
    void boundedReferencedOutcomeIsAnIntervalToo() {
        // gdp "5%左右" = [4.5, 5.5]; income 6.5 -> difference in [1, 2] -> exceeded for in_step (t = 0.5)
        assertEquals(Verdict.EXCEEDED,
                VerdictRules.judge(IN_STEP, growth("0.5"), point("6.5"), Statement.around(d("5"))).verdict());
        // income 5.5 -> difference [0, 1] straddles met/exceeded
        assertEquals(Verdict.UNDETERMINED,
                VerdictRules.judge(IN_STEP, growth("0.5"), point("5.5"), Statement.around(d("5"))).verdict());
    }

    @Test
    void qualitativeReferencedOutcomeIsUndetermined() {
        assertEquals(Verdict.UNDETERMINED,
                VerdictRules.judge(IN_STEP, growth("0.5"), point("5.5"), Statement.qualitative()).verdict());
    }

    @Test
    void differentBasesOfOutcomeAndReferencedOutcomeAreUndetermined() {
        Judgement j = VerdictRules.judge(IN_STEP, growth("0.5"), point("5.5").withBasis(Basis.NOMINAL),
                point("5.2").withBasis(Basis.REAL));
        assertEquals(Verdict.UNDETERMINED, j.verdict());
        assertTrue(j.reasonEn().contains("nominal") && j.reasonEn().contains("real"), j.reasonEn());
    }

    @Test
    void relativeOutcomeWithTheSameRelationMeetsTheTarget() {
        assertEquals(Verdict.MET, VerdictRules.judge(ABOVE, growth("0.5"),
                Statement.relative(Relation.ABOVE, "gdp_growth"), null).verdict());
        assertEquals(Verdict.MET, VerdictRules.judge(IN_STEP, growth("0.5"),
                Statement.relative(Relation.IN_STEP, "gdp_growth"), null).verdict());
    }

    @Test
    void aboveOutcomeAgainstInStepTargetIsMetAndSaysItMayHaveExceeded() {
        Judgement j = VerdictRules.judge(IN_STEP, growth("0.5"), Statement.relative(Relation.ABOVE, "gdp_growth"),
                null);
        assertEquals(Verdict.MET, j.verdict());
        assertNull(j.margin());
        assertTrue(j.reasonEn().contains("may even have been exceeded"), j.reasonEn());
        assertTrue(j.reasonZh().contains("可能已超额完成"), j.reasonZh());
    }

    @Test
    void inStepOutcomeAgainstAboveTargetIsUndetermined() {
        assertEquals(Verdict.UNDETERMINED, VerdictRules.judge(ABOVE, growth("0.5"),
                Statement.relative(Relation.IN_STEP, "gdp_growth"), null).verdict());
    }

    @Test
    void relativeOutcomeReferencingAnotherIndicatorIsUndetermined() {
        assertEquals(Verdict.UNDETERMINED, VerdictRules.judge(ABOVE, growth("0.5"),
                Statement.relative(Relation.ABOVE, "cpi"), null).verdict());
    }

    @Test
    void relativeOutcomeAgainstANumericTargetIsUndetermined() {
        Judgement j = VerdictRules.judge(TargetInput.of(Statement.around(d("5"))), growth("0.5"),
                Statement.relative(Relation.ABOVE, "gdp_growth"), point("5.2"));
        assertEquals(Verdict.UNDETERMINED, j.verdict());
        assertNull(j.margin());
    }

    @Test
    void stretchValueIsIgnoredForRelativeTargets() {
        Judgement j = VerdictRules.judge(IN_STEP.withStretch(d("1")), growth("0.5"), point("9"), point("5"));
        assertFalse(j.stretchReached());
    }

    @Test
    void levelIndicatorInStepToleranceIsAShareOfTheReferencedOutcome() {
        Traits levels = Fixtures.level(org.indicatortracker.domain.Direction.HIGHER, "10");
        // reference 200, tolerance 10% = 20
        assertEquals(Verdict.MET, VerdictRules.judge(IN_STEP, levels, point("220"), point("200")).verdict());
        assertEquals(Verdict.EXCEEDED, VerdictRules.judge(IN_STEP, levels, point("220.1"), point("200")).verdict());
    }
}
