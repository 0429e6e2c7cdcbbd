package org.indicatortracker.domain;

/**
 * How a figure relates to its value(s): the wording of a work report made explicit.
 * Wire and database form is the lower-case name ({@code around}, {@code gte}, ...).
 */
public enum Comparator {
    /** A plain figure: "增长5%". */
    EQ,
    /** "左右" / "约": the value within a tolerance. */
    AROUND,
    /** "以上" / "不低于" / "超过": at least the value. */
    GTE,
    /** "以内" / "不超过" / "控制在": at most the value. */
    LTE,
    /** "6%-6.5%": between value and valueHigh. */
    RANGE,
    /** "与经济增长同步" / "高于经济增长": relative to another indicator. */
    RELATIVE,
    /** No number: judged by a planner's assessment. */
    QUALITATIVE;

    public String wire() {
        return Codes.wire(this);
    }

    public static Comparator of(String code) {
        return Codes.parse(Comparator.class, code);
    }
}
