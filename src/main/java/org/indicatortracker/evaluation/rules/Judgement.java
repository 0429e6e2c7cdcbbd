package org.indicatortracker.evaluation.rules;

import java.math.BigDecimal;
import org.indicatortracker.domain.Verdict;

/**
 * The outcome of judging one target against one outcome.
 *
 * @param verdict        the verdict
 * @param margin         outcome minus target in the indicator's unit (percentage points for rates); for a range
 *                       target the signed distance to the nearest bound (0 inside); for a relative target outcome
 *                       minus referenced outcome. For a bounded outcome it is taken from the outcome's stated value
 *                       (midpoint for a range). Null when no numeric comparison is possible.
 * @param reasonZh       one readable line in Chinese
 * @param reasonEn       one readable line in English
 * @param stretchReached true when the whole outcome reaches the target's stretch value ("力争") in the favourable
 *                       direction
 */
public record Judgement(Verdict verdict, BigDecimal margin, String reasonZh, String reasonEn,
                        boolean stretchReached) {
}
