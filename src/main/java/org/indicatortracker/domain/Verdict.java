package org.indicatortracker.domain;

/** Whether a target was met. Wire form: {@code exceeded, met, partly_met, missed, undetermined, not_evaluable}. */
public enum Verdict {
    EXCEEDED,
    MET,
    /** Only from a planner's assessment of a qualitative target. */
    PARTLY_MET,
    MISSED,
    /** The figures cannot decide it (bounded outcome straddling the target, different bases, ...). */
    UNDETERMINED,
    /** No outcome yet, or a qualitative target without an assessment. */
    NOT_EVALUABLE;

    /** Counts towards "share met". */
    public boolean isSuccess() {
        return this == MET || this == EXCEEDED;
    }

    /** Counts in the denominator of "share met". */
    public boolean isEvaluable() {
        return this != UNDETERMINED && this != NOT_EVALUABLE;
    }

    public String wire() {
        return Codes.wire(this);
    }

    public static Verdict of(String code) {
        return Codes.parse(Verdict.class, code);
    }
}
