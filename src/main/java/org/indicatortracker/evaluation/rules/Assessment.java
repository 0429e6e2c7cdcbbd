package org.indicatortracker.evaluation.rules;

/** A planner's assessment of a qualitative target. */
public enum Assessment {
    MET,
    PARTLY_MET,
    MISSED
}
