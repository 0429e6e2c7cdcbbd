package org.indicatortracker.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

/**
 * Scheduled jobs ({@code indicators.jobs.*}). The schedule of each job is {@code indicators.jobs.<name>.cron}
 * (read by its {@code @Scheduled} method); {@code off} switches it off.
 */
@ConfigMapping(prefix = "indicators.jobs")
public interface JobsConfig {

    /** Time zone of the cron expressions ({@code INDICATORS_JOBS_TIME_ZONE}). */
    ZoneId timeZone();

    /** How long {@code job_run} records are kept by housekeeping. */
    @WithDefault("90d")
    Duration retention();

    /** Longest a job's transaction may take. */
    @WithDefault("300s")
    Duration transactionTimeout();

    /**
     * Longest a job that works in steps (the revision watch) keeps going in one run; it continues where it stopped
     * on its next run. Keep it well below {@link #transactionTimeout()}.
     */
    @WithDefault("120s")
    Duration workBudget();

    /** Cron schedule per job name. */
    @WithParentName
    Map<String, Schedule> schedules();

    interface Schedule {
        String cron();
    }
}
