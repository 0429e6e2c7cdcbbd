package org.indicatortracker.evaluation.rules;

import java.math.BigDecimal;

/** A closed interval of values; a null end is unbounded (−∞ / +∞). Package-private. */
record Span(BigDecimal lo, BigDecimal hi) {

    static Span point(BigDecimal v) {
        return new Span(v, v);
    }

    boolean isPoint() {
        return lo != null && hi != null && lo.compareTo(hi) == 0;
    }

    /** This span minus another: every x − r with x in this, r in other. */
    Span minus(Span other) {
        BigDecimal l = lo == null || other.hi == null ? null : lo.subtract(other.hi);
        BigDecimal h = hi == null || other.lo == null ? null : hi.subtract(other.lo);
        return new Span(l, h);
    }
}
