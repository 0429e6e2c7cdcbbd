package org.indicatortracker.ops;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Data freshness and the data gauges ({@code indicators.freshness.*}, {@code indicators.metrics.*}). */
@ConfigMapping(prefix = "indicators")
public interface OpsConfig {

    Freshness freshness();

    Metrics metrics();

    interface Freshness {
        /** Outcomes of year Y are due on this day (MM-dd) of year Y+1 ({@code INDICATORS_FRESHNESS_DUE_DATE}). */
        String dueDate();
    }

    interface Metrics {
        /** How often each replica re-reads the data gauges; {@code off} in tests. */
        String refresh();
    }
}
