package org.indicatortracker.domain;

/** Whether a larger outcome is good news (GDP growth) or bad news (CPI, unemployment, energy intensity). */
public enum Direction {
    HIGHER,
    LOWER;

    public String wire() {
        return Codes.wire(this);
    }

    public static Direction of(String code) {
        return Codes.parse(Direction.class, code);
    }
}
