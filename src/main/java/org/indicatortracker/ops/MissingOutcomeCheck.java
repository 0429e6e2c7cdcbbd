package org.indicatortracker.ops;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.indicatortracker.domain.Comparator;
import org.indicatortracker.domain.PublicationStatus;
import org.indicatortracker.figure.Target;
import org.indicatortracker.jobs.ClusterJob;
import org.indicatortracker.jobs.JobRunner;
import org.indicatortracker.jobs.JobsConfig;

/**
 * The data-freshness check: once a year's outcomes are due ({@link DueYear}), every current published target of
 * that year with a figure to compare (not qualitative) and no published outcome is listed in
 * {@code missing_outcome}. Rows stay open until an outcome is published; each run also closes the rows whose
 * outcome has arrived. Editors see the list at {@code /api/v1/freshness/missing-outcomes}; the count is the
 * {@code indicators_outcomes_missing} gauge. Runs on one replica ({@link JobRunner}).
 */
@ApplicationScoped
public class MissingOutcomeCheck implements ClusterJob {

    public static final String NAME = "missing-outcomes";

    @Inject
    EntityManager em;

    @Inject
    JobRunner runner;

    @Inject
    OpsGauges gauges;

    @Inject
    OpsConfig config;

    @Inject
    JobsConfig jobs;

    @Scheduled(identity = NAME, cron = "${indicators.jobs.missing-outcomes.cron}", timeZone = "${indicators.jobs.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        runner.run(this, execution);
        gauges.refresh();
    }

    @Override
    public String name() {
        return NAME;
    }

    public MonthDay dueDate() {
        return DueYear.parse(config.freshness().dueDate());
    }

    /** The latest year whose outcomes are overdue today, in the configured time zone. */
    public int dueYear() {
        return DueYear.of(LocalDate.now(jobs.timeZone()), dueDate());
    }

    @Override
    public String run() {
        return check(dueYear());
    }

    /** Lists the missing outcomes of {@code year} and closes the rows whose outcome has arrived (any year). */
    public String check(int year) {
        List<Target> missing = em.createQuery("select f from Target f where f.status in :statuses and f.year = :year "
                        + "and f.comparator <> :qualitative and " + Target.IS_CURRENT
                        + " and not exists (select 1 from Actual a where a.regionCode = f.regionCode "
                        + "and a.indicatorKey = f.indicatorKey and a.year = f.year and a.status = :published)", Target.class)
                .setParameter("statuses", List.of(PublicationStatus.PUBLISHED))
                .setParameter("published", PublicationStatus.PUBLISHED)
                .setParameter("qualitative", Comparator.QUALITATIVE)
                .setParameter("year", year)
                .getResultList();
        int added = 0;
        for (Target t : missing) {
            added += em.createNativeQuery("insert into missing_outcome (region_code, indicator_key, year, target_id) "
                            + "values (?1, ?2, ?3, ?4) on conflict (region_code, indicator_key, year) do update "
                            + "set target_id = excluded.target_id, resolved_at = null, detected_at = now() "
                            + "where missing_outcome.resolved_at is not null")
                    .setParameter(1, t.regionCode).setParameter(2, t.indicatorKey).setParameter(3, t.year)
                    .setParameter(4, t.id).executeUpdate();
        }
        int resolved = em.createNativeQuery("update missing_outcome m set resolved_at = now() where m.resolved_at is null "
                + "and exists (select 1 from actual a where a.region_code = m.region_code and a.indicator_key = m.indicator_key "
                + "and a.year = m.year and a.status = 'published')").executeUpdate();
        return "outcomes of " + year + " due since " + dueDate().atYear(year + 1) + ": " + missing.size() + " missing ("
                + added + " newly listed), " + resolved + " resolved";
    }
}
