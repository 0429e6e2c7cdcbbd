package org.indicatortracker.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Import limits; the file size limit is {@code indicators.limits.import-file}. */
@ConfigMapping(prefix = "indicators.import")
public interface ImportConfig {

    /** Data rows one file may hold ({@code INDICATORS_IMPORT_MAX_ROWS}). */
    @WithName("max-rows")
    @WithDefault("200000")
    int maxRows();

    /** Errors listed in a response; the count covers them all ({@code INDICATORS_IMPORT_MAX_ERRORS}). */
    @WithName("max-errors")
    @WithDefault("1000")
    int maxErrors();
}
