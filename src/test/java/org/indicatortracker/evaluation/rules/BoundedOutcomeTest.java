package org.indicatortracker.evaluation.rules;

import static org.indicatortracker.evaluation.rules.Fixtures.d;
import static org.indicatortracker.evaluation.rules.Fixtures.growth;
import static org.indicatortracker.evaluation.rules.Fixtures.lowerRate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.indicatortracker.domain.Verdict;
import org.junit.jupiter.api.Test;

/** Outcomes stated with a bound ("4%左右", "25%以上") are intervals; a verdict must hold for every point. */
class BoundedOutcomeTest {

    private static Judgement judge(Statement target, Traits traits, Statement outcome) {
        return VerdictRules.judge(TargetInput.of(target), traits, outcome, null);
    }

    @Test
    void atLeastOutcomeBelowAnAtLeastTargetIsUndetermined() {
        Judgement j = judge(Statement.gte(d("30")), growth("1"), Statement.gte(d("25")));
        assertEquals(Verdict.UNDETERMINED, j.verdict());
        assertTrue(j.reasonEn().contains("spans several verdict bands"), j.reasonEn());
        assertTrue(j.reasonZh().contains("未完成/完成/超额完成"), j.reasonZh());
    }

    @Test
    void atLeastOutcomeWhollyAboveAnAroundTargetIsExceeded() {
        Judgement j = judge(Statement.around(d("10")), growth("1"), Statement.gte(d("25")));
        assertEquals(Verdict.EXCEEDED, j.verdict());
        assertEquals(0, d("15").compareTo(j.margin()));
        assertTrue(j.reasonEn().contains("measured from the stated value 25%"), j.reasonEn());
    }

    @Test
    void aroundOutcomeIsReadWithTheIndicatorToleranceAndDecidedWhenInsideOneBand() {
        // outcome "around 5.5" = [5, 6] sits exactly in the met band [5, 6] of target around 5.5
        assertEquals(Verdict.MET, judge(Statement.around(d("5.5")), growth("0.5"), Statement.around(d("5.5")))
                .verdict());
        // outcome "around 5.6" = [5.1, 6.1] straddles the upper edge 6
        assertEquals(Verdict.UNDETERMINED,
                judge(Statement.around(d("5.5")), growth("0.5"), Statement.around(d("5.6"))).verdict());
        // outcome "around 4" = [3.5, 4.5] wholly below 5
        assertEquals(Verdict.MISSED,
                judge(Statement.around(d("5.5")), growth("0.5"), Statement.around(d("4"))).verdict());
    }

    @Test
    void atMostOutcomeUnderALowerIsBetterCeilingIsMet() {
        // CPI "涨幅在2%以内" vs target around 3: (-inf, 2] all met (partly "far below", still met)
        Judgement j = judge(Statement.around(d("3")), lowerRate("0.5"), Statement.lte(d("2")));
        assertEquals(Verdict.MET, j.verdict());
    }

    @Test
    void atMostOutcomeOnHigherIsBetterIsUndeterminedWhenItCouldStillBeMet() {
        assertEquals(Verdict.UNDETERMINED,
                judge(Statement.gte(d("6")), growth("0.5"), Statement.lte(d("7"))).verdict());
        assertEquals(Verdict.MISSED, judge(Statement.gte(d("6")), growth("0.5"), Statement.lte(d("5.9")))
                .verdict());
    }

    @Test
    void rangeOutcomeIsDecidedOnlyIfBothEndsAgree() {
        assertEquals(Verdict.MET,
                judge(Statement.range(d("6"), d("6.5")), growth("0.5"), Statement.range(d("6"), d("6.5")))
                        .verdict());
        Judgement straddle = judge(Statement.range(d("6"), d("6.5")), growth("0.5"),
                Statement.range(d("5.8"), d("6.2")));
        assertEquals(Verdict.UNDETERMINED, straddle.verdict());
        // margin from the midpoint 6.0, which is inside the range
        assertEquals(0, d("0").compareTo(straddle.margin()));
    }

    @Test
    void intervalEndsAreInclusiveLikePointBoundaries() {
        // outcome "6%以上" vs "6%以上" with zero tolerance: [6, inf) is 6 -> met, above -> exceeded => undetermined
        Traits zero = growth("0");
        assertEquals(Verdict.UNDETERMINED, judge(Statement.gte(d("6")), zero, Statement.gte(d("6"))).verdict());
        // outcome "at most 6" vs ceiling 6 on higher-is-better: all met
        assertEquals(Verdict.MET, judge(Statement.lte(d("6")), zero, Statement.lte(d("6"))).verdict());
    }
}
