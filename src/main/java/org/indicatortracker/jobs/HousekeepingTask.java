package org.indicatortracker.jobs;

/**
 * One clean-up step of the daily housekeeping job (old job records, expired sessions, stale cache rows...).
 * Add a bean implementing this interface and it runs with the others, on one replica, in one transaction.
 */
public interface HousekeepingTask {

    /** Short name for the summary, e.g. {@code job-runs}. */
    String name();

    /** Removes what is no longer needed and returns how many rows went. */
    int run();
}
