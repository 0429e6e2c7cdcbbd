package org.indicatortracker.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.indicatortracker.domain.Verdict;
import org.indicatortracker.jobs.ClusterJob;
import org.jboss.logging.Logger;

/**
 * Gauges that describe the data rather than this replica: overdue outcomes, current verdicts (as of the last
 * revision watch), webhook events waiting, and when each job last succeeded on any replica. Every replica reads
 * them from the database every {@code indicators.metrics.refresh} (30 s) so a scrape never waits for the
 * database; all replicas report the same values, so dashboards take {@code max()} over instances.
 */
@ApplicationScoped
public class OpsGauges {

    private static final Logger LOG = Logger.getLogger(OpsGauges.class);

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @Inject
    Instance<ClusterJob> jobs;

    private final AtomicLong missingOutcomes = new AtomicLong();
    private final AtomicLong webhookPending = new AtomicLong();
    private final Map<String, AtomicLong> verdicts = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

    void register(@Observes StartupEvent start) {
        Gauge.builder("indicators.outcomes.missing", missingOutcomes, AtomicLong::get)
                .description("Current targets whose outcome is overdue (see /api/v1/freshness/missing-outcomes)").register(registry);
        Gauge.builder("indicators.webhook.pending", webhookPending, AtomicLong::get)
                .description("Update events waiting to be sent to the webhook").register(registry);
        for (Verdict v : Verdict.values()) {
            AtomicLong value = verdicts.computeIfAbsent(v.wire(), k -> new AtomicLong());
            Gauge.builder("indicators.verdicts", value, AtomicLong::get).tag("verdict", v.wire())
                    .description("Current targets by verdict, as of the last revision watch").register(registry);
        }
        jobs.forEach(job -> {
            AtomicLong value = lastSuccess.computeIfAbsent(job.name(), k -> new AtomicLong());
            Gauge.builder("indicators.job.last.success", value, AtomicLong::get).tag("job_name", job.name())
                    .baseUnit("timestamp_seconds")
                    .description("When the job last succeeded on any replica (Unix time; 0 = never)").register(registry);
        });
    }

    @Scheduled(identity = "ops-gauges", every = "${indicators.metrics.refresh}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.debugf("Could not refresh the data gauges: %s", e.getMessage());
        }
    }

    /** Reads the values now (read-only; safe on every replica). */
    public void refresh() {
        QuarkusTransaction.requiringNew().run(() -> {
            missingOutcomes.set(((Number) em.createNativeQuery("select count(*) from missing_outcome m where m.resolved_at is null "
                    + "and not exists (select 1 from actual a where a.region_code = m.region_code and a.indicator_key = m.indicator_key "
                    + "and a.year = m.year and a.status = 'published')").getSingleResult()).longValue());
            webhookPending.set(((Number) em.createNativeQuery("select count(*) from update_event where webhook_state = 'pending'")
                    .getSingleResult()).longValue());
            verdicts.values().forEach(v -> v.set(0));
            @SuppressWarnings("unchecked")
            List<Object[]> byVerdict = em.createNativeQuery("select verdict, count(*) from verdict_watch group by verdict").getResultList();
            byVerdict.forEach(r -> verdicts.computeIfAbsent((String) r[0], k -> new AtomicLong()).set(((Number) r[1]).longValue()));
            @SuppressWarnings("unchecked")
            List<Object[]> successes = em.createNativeQuery("select job, extract(epoch from max(finished_at)) from job_run "
                    + "where status = 'succeeded' group by job").getResultList();
            successes.forEach(r -> {
                AtomicLong value = lastSuccess.get((String) r[0]);
                if (value != null) {
                    value.set(((Number) r[1]).longValue());
                }
            });
        });
    }

    long missingOutcomes() {
        return missingOutcomes.get();
    }
}
