package org.indicatortracker.jobs;

/**
 * Work that a scheduled trigger starts and that must happen on exactly one replica. {@link JobRunner} calls
 * {@link #run()} inside a transaction that holds the job's advisory lock and has claimed the run in
 * {@code job_run}; everything the job writes commits or rolls back together with that claim.
 */
public interface ClusterJob {

    /** Stable name: the {@code job_run.job} value, the metrics tag and the {@code indicators.jobs.<name>} prefix. */
    String name();

    /** Does the work in the caller's transaction and returns a one-line summary for {@code job_run.detail}. */
    String run();
}
