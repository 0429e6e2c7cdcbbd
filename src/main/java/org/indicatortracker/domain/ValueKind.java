package org.indicatortracker.domain;

/**
 * What kind of number an indicator is. Growth rates and shares are in percent, so their tolerance is in
 * percentage points; levels and counts take a relative tolerance (a share of the target value).
 */
public enum ValueKind {
    GROWTH_RATE,
    LEVEL,
    SHARE,
    COUNT;

    /** True when tolerances and margins are in percentage points rather than a share of the value. */
    public boolean isRate() {
        return this == GROWTH_RATE || this == SHARE;
    }

    public String wire() {
        return Codes.wire(this);
    }

    public static ValueKind of(String code) {
        return Codes.parse(ValueKind.class, code);
    }
}
