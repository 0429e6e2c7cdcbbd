package org.indicatortracker.evaluation.rules;

import static org.indicatortracker.evaluation.rules.Fixtures.d;
import static org.indicatortracker.evaluation.rules.Fixtures.growth;
import static org.indicatortracker.evaluation.rules.Fixtures.lowerRate;
import static org.indicatortracker.evaluation.rules.Fixtures.point;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.indicatortracker.domain.Verdict;
import org.junit.jupiter.api.Test;

/** National work-report targets and the reported outcomes (preliminary and final vintages). */
class NationalCasesTest {

    @Test
    void gdp2022AroundFivePointFiveWithOutcomeThreeIsMissed() {
        Judgement j = VerdictRules.judge(TargetInput.of(Statement.around(d("5.5"))).withTolerance(d("0.5")),
                growth("0.5"), point("3.0"), null);
        assertEquals(Verdict.MISSED, j.verdict());
        assertEquals(0, d("-2.5").compareTo(j.margin()));
    }

    @Test
    void gdp2021AtLeastSixIsExceededOnPreliminaryAndFinalVintage() {
        TargetInput target = TargetInput.of(Statement.gte(d("6")));
        Judgement preliminary = VerdictRules.judge(target, growth("0.5"), point("8.1"), null);
        Judgement last = VerdictRules.judge(target, growth("0.5"), point("8.4"), null);
        assertEquals(Verdict.EXCEEDED, preliminary.verdict());
        assertEquals(Verdict.EXCEEDED, last.verdict());
        assertEquals(0, d("2.1").compareTo(preliminary.margin()));
        assertEquals(0, d("2.4").compareTo(last.margin()));
    }

    @Test
    void gdp2019RangeSixToSixPointFiveIsMetOnPreliminaryAndFinalVintage() {
        TargetInput target = TargetInput.of(Statement.range(d("6"), d("6.5")));
        assertEquals(Verdict.MET, VerdictRules.judge(target, growth("0.5"), point("6.1"), null).verdict());
        Judgement last = VerdictRules.judge(target, growth("0.5"), point("6.0"), null);
        assertEquals(Verdict.MET, last.verdict());
        assertEquals(0, d("0").compareTo(last.margin()));
    }

    @Test
    void gdp2020QualitativeTargetWithoutAssessmentIsNotEvaluable() {
        TargetInput target = TargetInput.of(Statement.qualitative());
        assertEquals(Verdict.NOT_EVALUABLE, VerdictRules.judge(target, growth("0.5"), point("2.3"), null).verdict());
        assertEquals(Verdict.NOT_EVALUABLE, VerdictRules.judgeAssessment(null, null).verdict());
    }

    @Test
    void cpi2023AroundThreeAsCeilingWithOutcomePointTwoIsMetButFarBelow() {
        Judgement j = VerdictRules.judge(TargetInput.of(Statement.around(d("3"))).withTolerance(d("0.5")),
                lowerRate("0.5"), point("0.2"), null);
        assertEquals(Verdict.MET, j.verdict());
        assertEquals(0, d("-2.8").compareTo(j.margin()));
        assertTrue(j.reasonZh().contains("远低于目标值3%"), j.reasonZh());
        assertTrue(j.reasonEn().contains("far below the target value 3%"), j.reasonEn());
    }

    @Test
    void surveyedUnemployment2022AtMostFivePointFiveWithOutcomeFivePointSixIsMissed() {
        Judgement j = VerdictRules.judge(TargetInput.of(Statement.lte(d("5.5"))).withTolerance(d("0.3")),
                lowerRate("0.3"), point("5.6"), null);
        assertEquals(Verdict.MISSED, j.verdict());
        assertEquals(0, d("0.1").compareTo(j.margin()));
    }
}
