package org.indicatortracker.evaluation.rules;

import java.math.BigDecimal;

/**
 * Progress of a multi-year target.
 *
 * @param status               the progress band
 * @param requiredAnnualChange change per year needed from the base to reach the target in the target year: a
 *                             compound rate in percent per year (3.5 = 3.5%/yr) when base, target and observed
 *                             values are all positive, otherwise a linear change in the indicator's unit per year;
 *                             4 decimals; null when not evaluable
 * @param observedAnnualChange the same measure from the base to the observed value
 * @param ratio                observed / required, 4 decimals; null when undefined (no required change, or a target
 *                             on the unfavourable side of the base)
 * @param reasonZh             one readable line in Chinese
 * @param reasonEn             one readable line in English
 */
public record Trajectory(TrajectoryStatus status, BigDecimal requiredAnnualChange, BigDecimal observedAnnualChange,
                         BigDecimal ratio, String reasonZh, String reasonEn) {
}
