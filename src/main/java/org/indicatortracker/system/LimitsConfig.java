package org.indicatortracker.system;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Request body limits per route ({@link BodyLimits}). {@code quarkus.http.limits.max-body-size} must be at least
 * the largest of them: it is the server-wide ceiling, these are the limits each route actually gets.
 */
@ConfigMapping(prefix = "indicators.limits")
public interface LimitsConfig {

    /** Every route but the uploads below ({@code INDICATORS_LIMITS_BODY}). */
    @WithName("body")
    @WithDefault("2M")
    MemorySize body();

    /** {@code POST /api/v1/imports} ({@code INDICATORS_LIMITS_IMPORT_FILE}). */
    @WithName("import-file")
    @WithDefault("64M")
    MemorySize importFile();

    /** {@code POST /api/v1/sources/{id}/files} ({@code INDICATORS_LIMITS_SOURCE_FILE}). */
    @WithName("source-file")
    @WithDefault("32M")
    MemorySize sourceFile();
}
