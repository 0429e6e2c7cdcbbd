package org.indicatortracker.evaluation.rules;

import java.math.BigDecimal;

/**
 * A target as the rules see it.
 *
 * @param statement         the stated target
 * @param toleranceOverride replaces the indicator's default tolerance for this target (same unit), or null
 * @param stretchValue      "力争 Y": never changes the verdict, only sets {@link Judgement#stretchReached()}; or null
 * @param baseYear          for multi-year targets: the year of {@code baseValue}, or null
 * @param baseValue         for multi-year targets: the value the plan started from, or null
 */
public record TargetInput(Statement statement, BigDecimal toleranceOverride, BigDecimal stretchValue,
                          Integer baseYear, BigDecimal baseValue) {

    public static TargetInput of(Statement statement) {
        return new TargetInput(statement, null, null, null, null);
    }

    public TargetInput withTolerance(BigDecimal tolerance) {
        return new TargetInput(statement, tolerance, stretchValue, baseYear, baseValue);
    }

    public TargetInput withStretch(BigDecimal stretch) {
        return new TargetInput(statement, toleranceOverride, stretch, baseYear, baseValue);
    }

    public TargetInput withBase(Integer year, BigDecimal value) {
        return new TargetInput(statement, toleranceOverride, stretchValue, year, value);
    }
}
