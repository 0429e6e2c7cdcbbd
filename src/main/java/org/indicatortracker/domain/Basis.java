package org.indicatortracker.domain;

/**
 * The statistical basis (口径) of a figure where it matters. Verdicts never silently compare two different
 * bases; {@code null} means "not stated" and is compatible with anything.
 */
public enum Basis {
    /** 名义增长. */
    NOMINAL,
    /** 实际增长 (price-adjusted). */
    REAL,
    /** 年末 (year-end value, e.g. December unemployment). */
    YEAR_END,
    /** 全年平均 (annual average). */
    ANNUAL_AVERAGE,
    /** 同口径 (comparable scope). */
    COMPARABLE_SCOPE,
    /** 自然口径 (reported scope). */
    REPORTED_SCOPE;

    public String wire() {
        return Codes.wire(this);
    }

    public static Basis of(String code) {
        return Codes.parse(Basis.class, code);
    }
}
