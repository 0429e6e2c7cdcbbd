package org.indicatortracker.workspace;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.indicatortracker.account.SignInThrottle;
import org.jboss.logging.Logger;

/**
 * Deletes expired sessions and stale sign-in counts. Both are idempotent deletes, so it is harmless when several
 * replicas run it at the same time; nothing depends on it for correctness (expired rows are ignored anyway).
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    @Inject
    Sessions sessions;

    @Inject
    SignInThrottle throttle;

    @Scheduled(every = "${indicators.session.housekeeping}", delayed = "5m", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        purge();
    }

    /** @return rows deleted */
    public long purge() {
        long removed = sessions.purgeExpired() + throttle.purgeStale();
        if (removed > 0) {
            LOG.debugf("Housekeeping removed %d expired sessions and sign-in counts", removed);
        }
        return removed;
    }
}
