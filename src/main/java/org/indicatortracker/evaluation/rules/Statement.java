package org.indicatortracker.evaluation.rules;

import java.math.BigDecimal;
import org.indicatortracker.domain.Basis;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.Relation;

/**
 * A target or an outcome as stated in a report.
 *
 * <ul>
 *   <li>{@code EQ}, {@code AROUND}, {@code GTE}, {@code LTE}: {@code value} required.</li>
 *   <li>{@code RANGE}: {@code value} (low) and {@code valueHigh} (high) required, {@code value <= valueHigh}.</li>
 *   <li>{@code RELATIVE}: {@code relation} required, {@code referencedIndicator} names the other indicator
 *       (e.g. {@code gdp_growth}); {@code value} is null.</li>
 *   <li>{@code QUALITATIVE}: no number.</li>
 * </ul>
 * {@code basis} null means "not stated" and is compatible with any basis.
 */
public record Statement(Comparator comparator, BigDecimal value, BigDecimal valueHigh,
                        String referencedIndicator, Relation relation, Basis basis) {

    public static Statement eq(BigDecimal value) {
        return new Statement(Comparator.EQ, value, null, null, null, null);
    }

    public static Statement around(BigDecimal value) {
        return new Statement(Comparator.AROUND, value, null, null, null, null);
    }

    public static Statement gte(BigDecimal value) {
        return new Statement(Comparator.GTE, value, null, null, null, null);
    }

    public static Statement lte(BigDecimal value) {
        return new Statement(Comparator.LTE, value, null, null, null, null);
    }

    public static Statement range(BigDecimal low, BigDecimal high) {
        return new Statement(Comparator.RANGE, low, high, null, null, null);
    }

    public static Statement relative(Relation relation, String referencedIndicator) {
        return new Statement(Comparator.RELATIVE, null, null, referencedIndicator, relation, null);
    }

    public static Statement qualitative() {
        return new Statement(Comparator.QUALITATIVE, null, null, null, null, null);
    }

    /** The same statement with the given basis (口径). */
    public Statement withBasis(Basis newBasis) {
        return new Statement(comparator, value, valueHigh, referencedIndicator, relation, newBasis);
    }
}
