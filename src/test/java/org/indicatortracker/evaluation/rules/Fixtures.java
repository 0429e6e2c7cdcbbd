package org.indicatortracker.evaluation.rules;

import java.math.BigDecimal;
import org.indicatortracker.domain.Direction;
import org.indicatortracker.domain.ValueKind;
import org.indicatortracker.domain.Verdict;

/** Short-hands shared by the rule tests. */
final class Fixtures {
    private Fixtures() {
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Traits growth(String tolerance) {
        return new Traits(Direction.HIGHER, ValueKind.GROWTH_RATE, d(tolerance));
    }

    static Traits lowerRate(String tolerance) {
        return new Traits(Direction.LOWER, ValueKind.GROWTH_RATE, d(tolerance));
    }

    static Traits level(Direction direction, String tolerancePercent) {
        return new Traits(direction, ValueKind.LEVEL, d(tolerancePercent));
    }

    static Statement point(String v) {
        return Statement.eq(d(v));
    }

    static Verdict verdictOf(Statement target, Traits traits, String outcome) {
        return VerdictRules.judge(TargetInput.of(target), traits, point(outcome), null).verdict();
    }
}
