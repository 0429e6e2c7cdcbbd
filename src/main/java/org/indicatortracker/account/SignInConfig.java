package org.indicatortracker.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Throttling of failed sign-ins ({@code indicators.sign-in.*}). Failures are counted per account name and client
 * address; see {@link ThrottlePolicy} for the schedule.
 */
@ConfigMapping(prefix = "indicators.sign-in")
public interface SignInConfig {

    /** Failed attempts allowed before the first wait. */
    @WithDefault("5")
    int freeFailures();

    /** A failure older than this starts the count again. */
    @WithDefault("1H")
    Duration window();

    /** The first wait; each further failure doubles it. */
    @WithDefault("1M")
    Duration firstBlock();

    /** The longest wait. */
    @WithDefault("15M")
    Duration maxBlock();

    default ThrottlePolicy policy() {
        return new ThrottlePolicy(freeFailures(), firstBlock(), maxBlock());
    }
}
