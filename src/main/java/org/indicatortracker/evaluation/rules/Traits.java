package org.indicatortracker.evaluation.rules;

import java.math.BigDecimal;
import org.indicatortracker.domain.Direction;
import org.indicatortracker.domain.ValueKind;

/**
 * What the verdict rules need to know about an indicator.
 *
 * @param direction        whether a larger outcome is good news ({@link Direction#HIGHER}) or bad news
 * @param valueKind        growth rate, share, level or count
 * @param defaultTolerance the indicator's tolerance: percentage points when {@code valueKind.isRate()}, otherwise a
 *                         relative share in percent of the target value (2 means 2%). {@code null} is read as 0.
 */
public record Traits(Direction direction, ValueKind valueKind, BigDecimal defaultTolerance) {
}
