package org.indicatortracker.jobs;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * Daily clean-up on one replica: runs every {@link HousekeepingTask} bean in one transaction. Today that is the
 * retention of {@code job_run} records; sign-in sessions and cache rows join by adding a task bean.
 */
@ApplicationScoped
public class Housekeeping implements ClusterJob {

    public static final String NAME = "housekeeping";

    @Inject
    Instance<HousekeepingTask> tasks;

    @Inject
    JobRunner runner;

    @Scheduled(identity = NAME, cron = "${indicators.jobs.housekeeping.cron}", timeZone = "${indicators.jobs.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        runner.run(this, execution);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String run() {
        return tasks.stream().sorted(Comparator.comparing(HousekeepingTask::name))
                .map(task -> task.name() + ": " + task.run() + " removed")
                .collect(Collectors.joining("; "));
    }
}
