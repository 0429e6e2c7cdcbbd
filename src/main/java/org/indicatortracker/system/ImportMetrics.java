package org.indicatortracker.system;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Counts rows brought in by any import (the demo dataset, CSV or document imports) as
 * {@code indicators_import_rows_total{source, kind, outcome}}.
 */
@ApplicationScoped
public class ImportMetrics {

    @Inject
    MeterRegistry registry;

    /** {@code source}: demo, csv, ...; {@code kind}: targets, actuals, ...; {@code outcome}: stored or rejected. */
    public void rows(String source, String kind, String outcome, long rows) {
        if (rows > 0) {
            registry.counter("indicators.import.rows", "source", source, "kind", kind, "outcome", outcome).increment(rows);
        }
    }
}
