package org.indicatortracker.evaluation.rules;

import static org.indicatortracker.evaluation.rules.Fixtures.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.indicatortracker.domain.Direction;
import org.indicatortracker.domain.ValueKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Multi-year targets: observed versus required compound annual change (Open SDG method). */
class TrajectoryTest {

    private static final Traits UP = new Traits(Direction.HIGHER, ValueKind.LEVEL, d("0"));
    private static final Traits DOWN = new Traits(Direction.LOWER, ValueKind.LEVEL, d("0"));
    /** 100 in 2020 to at least 161.051 in 2025 = exactly 10% a year. */
    private static final TargetInput TEN_PERCENT_A_YEAR =
            TargetInput.of(Statement.gte(d("161.051"))).withBase(2020, d("100"));

    @ParameterizedTest(name = "2021 value {0} -> {1}")
    @CsvSource({"110, ON_TRACK", "109.5, ON_TRACK", "109.49, NEEDS_ACCELERATION", "106, NEEDS_ACCELERATION",
            "105.99, LIMITED_PROGRESS", "100, LIMITED_PROGRESS", "99.99, DETERIORATION", "170, ACHIEVED",
            "161.051, ACHIEVED"})
    void ratioOfObservedToRequiredAnnualChangeSetsTheBand(String observed, TrajectoryStatus expected) {
        assertEquals(expected, VerdictRules.trajectory(TEN_PERCENT_A_YEAR, 2025, UP, 2021, d(observed)).status());
    }

    @Test
    void requiredAndObservedChangesAreCompoundPercentRoundedToFourDecimals() {
        Trajectory t = VerdictRules.trajectory(TEN_PERCENT_A_YEAR, 2025, UP, 2022, d("116.64"));
        assertEquals(d("10.0000"), t.requiredAnnualChange());
        assertEquals(d("8.0000"), t.observedAnnualChange());
        assertEquals(d("0.8000"), t.ratio());
        assertEquals(TrajectoryStatus.NEEDS_ACCELERATION, t.status());
        assertTrue(t.reasonEn().startsWith("Compound annual change"), t.reasonEn());
        assertTrue(t.reasonZh().contains("需年均+10%"), t.reasonZh());
    }

    @Test
    void fallingValueIsProgressWhenLowerIsBetter() {
        // energy intensity 100 (2020) to at most 59.049 (2025) = -10% a year
        TargetInput intensity = TargetInput.of(Statement.lte(d("59.049"))).withBase(2020, d("100"));
        assertEquals(TrajectoryStatus.ON_TRACK, VerdictRules.trajectory(intensity, 2025, DOWN, 2021, d("90")).status());
        Trajectory slow = VerdictRules.trajectory(intensity, 2025, DOWN, 2021, d("95"));
        assertEquals(TrajectoryStatus.LIMITED_PROGRESS, slow.status());
        assertEquals(d("0.5000"), slow.ratio());
        assertEquals(TrajectoryStatus.DETERIORATION,
                VerdictRules.trajectory(intensity, 2025, DOWN, 2021, d("104")).status());
        assertEquals(TrajectoryStatus.ACHIEVED, VerdictRules.trajectory(intensity, 2025, DOWN, 2023, d("59")).status());
    }

    @Test
    void rangeTargetOnLowerIsBetterAimsAtTheUpperBound() {
        TargetInput range = TargetInput.of(Statement.range(d("2"), d("3"))).withBase(2020, d("4"));
        Trajectory t = VerdictRules.trajectory(range, 2025, DOWN, 2021, d("3.5"));
        assertEquals(TrajectoryStatus.ON_TRACK, t.status());
        assertTrue(t.requiredAnnualChange().compareTo(d("-5.5")) < 0 && t.requiredAnnualChange()
                .compareTo(d("-5.7")) > 0, t.requiredAnnualChange().toPlainString());
        assertEquals(d("-12.5000"), t.observedAnnualChange());
    }

    @Test
    void nonPositiveValuesFallBackToLinearChange() {
        TargetInput target = TargetInput.of(Statement.gte(d("1"))).withBase(2020, d("-2"));
        Trajectory t = VerdictRules.trajectory(target, 2025, UP, 2022, d("-1"));
        assertEquals(d("0.6000"), t.requiredAnnualChange());
        assertEquals(d("0.5000"), t.observedAnnualChange());
        assertEquals(d("0.8333"), t.ratio());
        assertEquals(TrajectoryStatus.NEEDS_ACCELERATION, t.status());
        assertTrue(t.reasonEn().startsWith("Linear annual change"), t.reasonEn());
    }

    @Test
    void floorBelowTheBaseIsAchievedWhileHeldAndDeterioratesOnceBreached() {
        TargetInput grain = TargetInput.of(Statement.gte(d("13000"))).withBase(2020, d("13390"));
        assertEquals(TrajectoryStatus.ACHIEVED, VerdictRules.trajectory(grain, 2025, UP, 2022, d("13100")).status());
        Trajectory breached = VerdictRules.trajectory(grain, 2025, UP, 2022, d("12900"));
        assertEquals(TrajectoryStatus.DETERIORATION, breached.status());
        assertNull(breached.ratio());
    }

    @Test
    void targetEqualToBaseThatIsNoLongerMetIsDeterioration() {
        TargetInput hold = TargetInput.of(Statement.gte(d("50"))).withBase(2020, d("50"));
        assertEquals(TrajectoryStatus.DETERIORATION, VerdictRules.trajectory(hold, 2025, UP, 2022, d("49")).status());
        assertEquals(TrajectoryStatus.ACHIEVED, VerdictRules.trajectory(hold, 2025, UP, 2022, d("50")).status());
    }

    @Test
    void missingBaseObservationOrNumericTargetIsNotEvaluable() {
        assertEquals(TrajectoryStatus.NOT_EVALUABLE, VerdictRules.trajectory(TargetInput.of(Statement.gte(d("5"))),
                2025, UP, 2022, d("4")).status());
        assertEquals(TrajectoryStatus.NOT_EVALUABLE, VerdictRules.trajectory(
                TargetInput.of(Statement.gte(d("5"))).withBase(2020, null), 2025, UP, 2022, d("4")).status());
        assertEquals(TrajectoryStatus.NOT_EVALUABLE,
                VerdictRules.trajectory(TEN_PERCENT_A_YEAR, 2025, UP, 2022, null).status());
        assertEquals(TrajectoryStatus.NOT_EVALUABLE,
                VerdictRules.trajectory(TEN_PERCENT_A_YEAR, 2025, UP, 2020, d("120")).status());
        Trajectory qualitative = VerdictRules.trajectory(TargetInput.of(Statement.qualitative()).withBase(2020,
                d("1")), 2025, UP, 2022, d("4"));
        assertEquals(TrajectoryStatus.NOT_EVALUABLE, qualitative.status());
        assertNull(qualitative.ratio());
        assertNull(qualitative.requiredAnnualChange());
    }

    @Test
    void targetYearNotAfterBaseYearIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VerdictRules.trajectory(TEN_PERCENT_A_YEAR, 2020, UP, 2021, d("110")));
        assertTrue(e.getMessage().contains("base year"), e.getMessage());
    }
}
