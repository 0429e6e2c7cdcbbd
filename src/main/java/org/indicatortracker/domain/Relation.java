package org.indicatortracker.domain;

/** How a relative figure compares with its referenced indicator. */
public enum Relation {
    /**
     * "高于经济增长": strictly better than the referenced outcome: greater for a higher-is-better indicator,
     * lower for a lower-is-better one ("能耗增长低于经济增长").
     */
    ABOVE,
    /** "与经济增长同步": in step with the referenced outcome, within tolerance. */
    IN_STEP;

    public String wire() {
        return Codes.wire(this);
    }

    public static Relation of(String code) {
        return Codes.parse(Relation.class, code);
    }
}
