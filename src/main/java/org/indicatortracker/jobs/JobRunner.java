package org.indicatortracker.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.indicatortracker.jobs.JobOutcome.Status;
import org.jboss.logging.Logger;

/**
 * Runs a {@link ClusterJob} so that each trigger does its work on exactly one replica, however many fire it.
 *
 * <p>In one transaction: take the job's transaction-scoped advisory lock with {@code pg_try_advisory_xact_lock}
 * (a replica that cannot get it skips: another one is running the job right now), claim the run by inserting
 * {@code (job, run_key)} into {@code job_run} (a replica that fires the same trigger later, after the first one
 * committed, finds the row and skips), do the work, mark the run succeeded, commit. The run key is the
 * scheduled fire time, which is the same on every replica because schedules are cron expressions on the wall
 * clock. If the work fails, everything rolls back and the failure is recorded in a new transaction.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    /** First key of the two-key advisory lock: "IT" + "jb", separate from the start-up lock. */
    static final int LOCK_NAMESPACE = 0x4954_6a62;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @Inject
    JobsConfig config;

    private final String instance = instanceName();

    /** Runs the job for a scheduler trigger; the run key is the trigger's scheduled fire time. */
    public JobOutcome run(ClusterJob job, ScheduledExecution execution) {
        return run(job, runKey(execution.getScheduledFireTime()));
    }

    /** Runs the job now, outside its schedule (an operator asked for it). */
    public JobOutcome runNow(ClusterJob job) {
        return run(job, "manual:" + UUID.randomUUID());
    }

    /** The run key of a scheduled fire time: whole seconds in UTC, e.g. {@code 2025-04-01T06:15:00Z}. */
    public static String runKey(Instant scheduledFireTime) {
        return scheduledFireTime.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    public JobOutcome run(ClusterJob job, String runKey) {
        Timer.Sample sample = Timer.start(registry);
        JobOutcome outcome;
        try {
            outcome = QuarkusTransaction.requiringNew().timeout((int) config.transactionTimeout().toSeconds())
                    .call(() -> attempt(job, runKey));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Job %s (run %s) failed on %s", job.name(), runKey, instance);
            recordFailure(job, runKey, e);
            outcome = new JobOutcome(job.name(), runKey, Status.FAILED, message(e));
        }
        if (outcome.status() == Status.RAN) {
            LOG.infof("Job %s (run %s) ran on %s: %s", job.name(), runKey, instance, outcome.detail());
        } else if (outcome.status() == Status.SKIPPED) {
            LOG.debugf("Job %s (run %s) skipped on %s: %s", job.name(), runKey, instance, outcome.detail());
        }
        String status = outcome.status().name().toLowerCase(Locale.ROOT);
        Counter.builder("indicators.job.runs").description("Scheduled job triggers on this replica, by outcome")
                .tag("job_name", job.name()).tag("outcome", status).register(registry).increment();
        if (outcome.status() != Status.SKIPPED) {
            sample.stop(Timer.builder("indicators.job.duration").description("Time a job took where it ran")
                    .tag("job_name", job.name()).tag("outcome", status).register(registry));
        }
        return outcome;
    }

    private JobOutcome attempt(ClusterJob job, String runKey) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1, ?2)")
                .setParameter(1, LOCK_NAMESPACE).setParameter(2, job.name().hashCode()).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new JobOutcome(job.name(), runKey, Status.SKIPPED, "another replica is running this job");
        }
        int claimed = em.createNativeQuery("insert into job_run (job, run_key, instance, status) values (?1, ?2, ?3, 'running') "
                        + "on conflict (job, run_key) do nothing")
                .setParameter(1, job.name()).setParameter(2, runKey).setParameter(3, instance).executeUpdate();
        if (claimed == 0) {
            return new JobOutcome(job.name(), runKey, Status.SKIPPED, "this run was already done");
        }
        String detail = truncate(job.run(), 2000);
        em.flush();
        em.createNativeQuery("update job_run set status = 'succeeded', finished_at = clock_timestamp(), detail = ?3 "
                        + "where job = ?1 and run_key = ?2")
                .setParameter(1, job.name()).setParameter(2, runKey).setParameter(3, detail).executeUpdate();
        return new JobOutcome(job.name(), runKey, Status.RAN, detail);
    }

    /** Best effort: when the database itself is the problem this fails too, and the log line above remains. */
    private void recordFailure(ClusterJob job, String runKey, RuntimeException failure) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "insert into job_run (job, run_key, instance, status, finished_at, detail) "
                                    + "values (?1, ?2, ?3, 'failed', clock_timestamp(), ?4) on conflict (job, run_key) do nothing")
                    .setParameter(1, job.name()).setParameter(2, runKey).setParameter(3, instance)
                    .setParameter(4, truncate(message(failure), 2000)).executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("Could not record the failure of job %s (run %s): %s", job.name(), runKey, message(e));
        }
    }

    public String instance() {
        return instance;
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The pod name in Kubernetes ({@code HOSTNAME}); otherwise pid@host. */
    private static String instanceName() {
        String host = System.getenv("HOSTNAME");
        return host != null && !host.isBlank() ? host : ManagementFactory.getRuntimeMXBean().getName();
    }
}
