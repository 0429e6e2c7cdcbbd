package org.indicatortracker.evaluation.rules;

/** Progress of a multi-year target, after the Open SDG / UN ESCAP progress-assessment method. */
public enum TrajectoryStatus {
    /** The observed value already meets the target. */
    ACHIEVED,
    /** Ratio of observed to required annual change at least 0.95. */
    ON_TRACK,
    /** Ratio in [0.60, 0.95). */
    NEEDS_ACCELERATION,
    /** Ratio in [0, 0.60). */
    LIMITED_PROGRESS,
    /** Ratio below 0: moving away from the target (or past a permitted limit). */
    DETERIORATION,
    /** Missing base value, base year, observation or a numeric target. */
    NOT_EVALUABLE
}
