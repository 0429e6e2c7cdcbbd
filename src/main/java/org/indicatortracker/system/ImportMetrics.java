package org.indicatortracker.system;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Counts rows brought in by imports (the demo dataset, CSV and spreadsheet files) as
 * {@code indicators_import_rows_total{source, kind, outcome}}, once the importing transaction has committed.
 */
@ApplicationScoped
public class ImportMetrics {

    @Inject
    MeterRegistry registry;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * {@code source}: demo, file; {@code kind}: targets, actuals, figures; {@code outcome}: created, updated,
     * unchanged. Inside a transaction the rows are counted when it commits, and not at all if it rolls back.
     */
    public void rows(String source, String kind, String outcome, long rows) {
        if (rows <= 0) {
            return;
        }
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        count(source, kind, outcome, rows);
                    }
                }
            });
        } else {
            count(source, kind, outcome, rows);
        }
    }

    private void count(String source, String kind, String outcome, long rows) {
        registry.counter("indicators.import.rows", "source", source, "kind", kind, "outcome", outcome).increment(rows);
    }
}
