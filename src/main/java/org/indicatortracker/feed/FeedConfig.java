package org.indicatortracker.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Settings of the update feed and the editors' webhook ({@code INDICATORS_PUBLIC_URL}, {@code INDICATORS_WEBHOOK_*}). */
@ConfigMapping(prefix = "indicators")
public interface FeedConfig {

    /** The address the public uses, e.g. https://indicators.example.gov.cn; links and Atom ids are built on it. */
    Optional<URI> publicUrl();

    Webhook webhook();

    interface Webhook {
        /** Where update events are POSTed as JSON; no webhook when unset. */
        Optional<URI> url();

        /** When set, each delivery carries {@code X-Indicator-Tracker-Signature: sha256=<HMAC of the body>}. */
        Optional<String> secret();

        /** Attempts before an event is given up (state {@code failed}); waits double from one minute up to an hour. */
        @WithDefault("8")
        int maxAttempts();

        @WithDefault("5s")
        Duration timeout();
    }
}
