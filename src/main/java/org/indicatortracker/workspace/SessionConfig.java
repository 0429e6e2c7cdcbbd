package org.indicatortracker.workspace;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Browser sessions of the workspace ({@code indicators.session.*}). The cookie's encryption key is
 * {@code quarkus.http.auth.session.encryption-key}, set from the {@code INDICATORS_SESSION_KEY} Secret.
 */
@ConfigMapping(prefix = "indicators.session")
public interface SessionConfig {

    @WithDefault("indicators-session")
    String cookieName();

    /** A session unused for this long ends (the cookie's expiry, renewed while it is in use). */
    @WithDefault("30M")
    Duration idleTimeout();

    /** A session ends this long after sign-in however busy it is. */
    @WithDefault("12H")
    Duration maxAge();

    /** How often a busy session gets a cookie with a later expiry. */
    @WithDefault("1M")
    Duration renewAfter();

    /**
     * Mark the cookie {@code Secure} even on plain HTTP. Not needed behind a TLS proxy whose forwarded headers are
     * trusted ({@code quarkus.http.proxy.*}): the cookie is then {@code Secure} because the request is.
     */
    @WithDefault("false")
    boolean forceSecureCookie();

    /**
     * An extra per-replica schedule for deleting expired sessions and stale sign-in counts ({@code off}: none). The
     * cluster's housekeeping job already does it every hour on one replica ({@link SessionHousekeeping}).
     */
    @WithDefault("off")
    String housekeeping();
}
