package org.indicatortracker.system;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Request latencies as a Prometheus histogram with a few fixed buckets, so dashboards can compute percentiles
 * across replicas ({@code histogram_quantile}) without one series per millisecond.
 */
@Singleton
public class MetricsConfig {

    private static final double[] BUCKETS = seconds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10);

    @Produces
    @Singleton
    MeterFilter requestHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (id.getName().equals("http.server.requests")) {
                    return DistributionStatisticConfig.builder().serviceLevelObjectives(BUCKETS).build().merge(config);
                }
                return config;
            }
        };
    }

    private static double[] seconds(double... values) {
        double[] nanos = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            nanos[i] = Duration.ofMillis(Math.round(values[i] * 1000)).toNanos();
        }
        return nanos;
    }
}
