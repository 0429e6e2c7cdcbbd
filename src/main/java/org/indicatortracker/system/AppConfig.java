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

    interface Admin {
        /** The first admin's user name ({@code INDICATORS_ADMIN_USER}). */
        String user();

        /** The first admin's password ({@code INDICATORS_ADMIN_PASSWORD}); generated and printed once when empty. */
        Optional<String> password();
    }
}
