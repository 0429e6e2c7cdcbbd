package org.indicatortracker.system;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which database failures become a quick 503 instead of a 500 (found by the PostgreSQL-stopped drill). */
class DatabaseUnavailableTest {

    private static Throwable wrapped(String sqlState) {
        SQLException cause = new SQLException("FATAL: terminating connection due to administrator command", sqlState);
        return new jakarta.persistence.PersistenceException(new GenericJDBCException("JDBC exception executing SQL", cause));
    }

    @ParameterizedTest(name = "SQLSTATE {0} means the database is unavailable")
    @ValueSource(strings = {"08006", "08001", "57P01", "57P02", "57P03", "53300"})
    void connectionLossShutdownAndNoFreeSlotAreUnavailable(String sqlState) {
        assertTrue(ProblemMappers.isConnectionFailure(wrapped(sqlState)));
    }

    @org.junit.jupiter.api.Test
    void aCommitThatFailsAsTheDatabaseStopsIsUnavailable() {
        // as Narayana reports it: the JDBC error hangs under a suppressed XAException of the RollbackException
        jakarta.transaction.RollbackException rollback = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        javax.transaction.xa.XAException xa = new javax.transaction.xa.XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(xa);
        assertTrue(ProblemMappers.isConnectionFailure(new RuntimeException("Error invoking subclass method", rollback)));
        assertFalse(ProblemMappers.isConnectionFailure(new RuntimeException("Error invoking subclass method",
                new jakarta.transaction.RollbackException("marked for rollback only"))));
    }

    @ParameterizedTest(name = "SQLSTATE {0} is not an outage")
    @ValueSource(strings = {"23505", "23503", "40001", "42P01"})
    void dataAndProgrammingErrorsAreNot(String sqlState) {
        assertFalse(ProblemMappers.isConnectionFailure(wrapped(sqlState)));
    }
}
