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
import org.indicatortracker.domain.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BasisQualitativeAndStretchTest {

    @Nested
    class Bases {
        @Test
        void differentStatedBasesAreUndeterminedAndTheReasonNamesBoth() {
            Judgement j = VerdictRules.judge(TargetInput.of(Statement.around(d("5")).withBasis(Basis.REAL)),
                    growth("0.5"), point("5").withBasis(Basis.NOMINAL), null);
            assertEquals(Verdict.UNDETERMINED, j.verdict());
            assertNull(j.margin());
            assertTrue(j.reasonZh().contains("实际（扣除价格因素）") && j.reasonZh().contains("名义"), j.reasonZh());
            assertTrue(j.reasonEn().contains("(real)") && j.reasonEn().contains("(nominal)"), j.reasonEn());
        }

        @Test
        void anUnstatedBasisOnEitherSideIsCompatible() {
            assertEquals(Verdict.MET, VerdictRules.judge(TargetInput.of(Statement.around(d("5")).withBasis(Basis.REAL)),
                    growth("0.5"), point("5"), null).verdict());
            assertEquals(Verdict.MET, VerdictRules.judge(TargetInput.of(Statement.around(d("5"))),
                    growth("0.5"), point("5").withBasis(Basis.NOMINAL), null).verdict());
        }

        @Test
        void theSameBasisOnBothSidesIsCompared() {
            assertEquals(Verdict.MISSED,
                    VerdictRules.judge(TargetInput.of(Statement.lte(d("5.5")).withBasis(Basis.YEAR_END)),
                            lowerRate("0.3"), point("5.6").withBasis(Basis.YEAR_END), null).verdict());
        }
    }

    @Nested
    class Qualitative {
        @Test
        void qualitativeTargetPassedToJudgeIsNotEvaluable() {
            Judgement j = VerdictRules.judge(TargetInput.of(Statement.qualitative()), growth("0.5"), point("2.3"),
                    null);
            assertEquals(Verdict.NOT_EVALUABLE, j.verdict());
            assertTrue(j.reasonEn().contains("planner's assessment"), j.reasonEn());
        }

        @Test
        void numericTargetWithQualitativeOutcomeIsUndetermined() {
            assertEquals(Verdict.UNDETERMINED, VerdictRules.judge(TargetInput.of(Statement.gte(d("6"))), growth("0.5"),
                    Statement.qualitative(), null).verdict());
        }

        @Test
        void assessmentsMapToVerdictsAndQuoteTheNote() {
            Judgement met = VerdictRules.judgeAssessment(Assessment.MET, "  全年经济运行\n总体稳定 ");
            assertEquals(Verdict.MET, met.verdict());
            assertEquals("规划人员评估：完成——“全年经济运行 总体稳定”", met.reasonZh());
            assertEquals("Planner's assessment: met — \"全年经济运行 总体稳定\"", met.reasonEn());
            assertEquals(Verdict.PARTLY_MET, VerdictRules.judgeAssessment(Assessment.PARTLY_MET, null).verdict());
            Judgement missed = VerdictRules.judgeAssessment(Assessment.MISSED, " ");
            assertEquals(Verdict.MISSED, missed.verdict());
            assertEquals("Planner's assessment: missed", missed.reasonEn());
            assertNull(missed.margin());
        }

        @Test
        void missingAssessmentIsNotEvaluable() {
            assertEquals(Verdict.NOT_EVALUABLE, VerdictRules.judgeAssessment(null, "note").verdict());
        }
    }

    @Nested
    class Stretch {
        private final TargetInput target = TargetInput.of(Statement.around(d("5.5"))).withStretch(d("6"));

        @Test
        void stretchNeverChangesTheVerdict() {
            Judgement without = VerdictRules.judge(TargetInput.of(Statement.around(d("5.5"))), growth("0.5"),
                    point("6"), null);
            Judgement with = VerdictRules.judge(target, growth("0.5"), point("6"), null);
            assertEquals(without.verdict(), with.verdict());
            assertEquals(Verdict.MET, with.verdict());
            assertTrue(with.stretchReached());
            assertTrue(with.reasonZh().endsWith("；已达到力争目标6%"), with.reasonZh());
        }

        @Test
        void stretchIsNotReachedJustBelowIt() {
            Judgement j = VerdictRules.judge(target, growth("0.5"), point("5.99"), null);
            assertFalse(j.stretchReached());
            assertTrue(j.reasonEn().contains("was not (demonstrably) reached"), j.reasonEn());
        }

        @Test
        void stretchNeedsTheWholeIntervalOutcome() {
            assertFalse(VerdictRules.judge(target, growth("0.5"), Statement.around(d("6")), null).stretchReached());
            assertTrue(VerdictRules.judge(target, growth("0.5"), Statement.gte(d("6")), null).stretchReached());
            assertFalse(VerdictRules.judge(target, growth("0.5"), Statement.lte(d("9")), null).stretchReached());
        }

        @Test
        void stretchOnLowerIsBetterMeansAtOrBelowIt() {
            TargetInput unemployment = TargetInput.of(Statement.lte(d("5.5"))).withStretch(d("5"));
            assertTrue(VerdictRules.judge(unemployment, lowerRate("0.3"), point("5"), null).stretchReached());
            assertFalse(VerdictRules.judge(unemployment, lowerRate("0.3"), point("5.01"), null).stretchReached());
            assertTrue(VerdictRules.judge(unemployment, lowerRate("0.3"), Statement.lte(d("4.9")), null)
                    .stretchReached());
        }

        @Test
        void basisClashNeverReportsAStretch() {
            TargetInput real = TargetInput.of(Statement.gte(d("6")).withBasis(Basis.REAL)).withStretch(d("7"));
            assertFalse(VerdictRules.judge(real, growth("0.5"), point("9").withBasis(Basis.NOMINAL), null)
                    .stretchReached());
        }
    }
}
