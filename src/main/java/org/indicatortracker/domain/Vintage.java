package org.indicatortracker.domain;

/** The release stage of an outcome: 预计 → 初步核算 → 最终核实 → later revision. Ordered from first to latest. */
public enum Vintage {
    ESTIMATE,
    PRELIMINARY,
    FINAL,
    REVISED;

    public String wire() {
        return Codes.wire(this);
    }

    public static Vintage of(String code) {
        return Codes.parse(Vintage.class, code);
    }
}
