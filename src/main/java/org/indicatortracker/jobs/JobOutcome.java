package org.indicatortracker.jobs;

/** What happened when a replica's trigger fired. */
public record JobOutcome(String job, String runKey, Status status, String detail) {

    public enum Status {
        /** This replica ran it. */
        RAN,
        /** Another replica holds the lock or already ran this trigger. */
        SKIPPED,
        /** The work threw; the transaction rolled back and the failure was recorded. */
        FAILED
    }
}
