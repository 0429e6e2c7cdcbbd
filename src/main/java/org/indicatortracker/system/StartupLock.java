package org.indicatortracker.system;

import jakarta.persistence.EntityManager;

/**
 * First-start work (first admin, demo data) runs under a transaction-scoped PostgreSQL advisory lock, so two
 * instances starting at once against one database do it exactly once: the second waits, then finds it done.
 */
public final class StartupLock {

    /** Arbitrary but fixed: "IT" + "boot". */
    private static final long FIRST_START = 0x4954_626f_6f74L;

    private StartupLock() {
    }

    /** Must be called inside a transaction; the lock is released at commit or rollback. */
    public static void acquire(EntityManager em) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, FIRST_START).getSingleResult();
    }
}
