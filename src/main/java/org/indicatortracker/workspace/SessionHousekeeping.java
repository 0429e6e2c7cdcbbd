package org.indicatortracker.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.indicatortracker.jobs.HousekeepingTask;

/**
 * Expired browser sessions and stale sign-in counts, deleted by the cluster's hourly housekeeping job on one
 * replica (see jobs.Housekeeping). {@code indicators.session.housekeeping} can still add a per-replica schedule.
 */
@ApplicationScoped
class SessionHousekeeping implements HousekeepingTask {

    @Inject
    Housekeeping sessions;

    @Override
    public String name() {
        return "sessions";
    }

    @Override
    public int run() {
        return (int) sessions.purge();
    }
}
