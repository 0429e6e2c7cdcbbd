package org.indicatortracker.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Forgets {@code job_run} records older than {@code indicators.jobs.retention} (90 days by default). */
@ApplicationScoped
class JobRunRetention implements HousekeepingTask {

    @Inject
    EntityManager em;

    @Inject
    JobsConfig config;

    @Override
    public String name() {
        return "job-runs";
    }

    @Override
    public int run() {
        return em.createNativeQuery("delete from job_run where started_at < now() - make_interval(secs => ?1)")
                .setParameter(1, (double) config.retention().toSeconds()).executeUpdate();
    }
}
