package org.indicatortracker.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.util.Optional;

/** Product settings; each can be set by an environment variable (see README, "Configuration"). */
@ConfigMapping(prefix = "indicators")
public interface AppConfig {

    /** Load the demo dataset into an empty database at start ({@code INDICATORS_DEMO_DATA}). */
    @WithName("demo-data")
    boolean demoData();

    Admin admin();

    /** Report extraction ({@code /api/v1/extractions}). */
    Extraction extraction();

    interface Extraction {
        /**
         * Longest report text accepted, in characters ({@code INDICATORS_EXTRACTION_MAX_CHARS}); a whole national work
         * report is about 20,000-30,000.
         */
        @io.smallrye.config.WithDefault("200000")
        int maxChars();

        /** Most statements one commit may create. */
        @io.smallrye.config.WithDefault("1000")
        int maxCommit();
    }

    interface Admin {
        /** The first admin's user name ({@code INDICATORS_ADMIN_USER}). */
        String user();

        /** The first admin's password ({@code INDICATORS_ADMIN_PASSWORD}); generated and printed once when empty. */
        Optional<String> password();
    }
}
