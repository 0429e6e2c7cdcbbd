package org.indicatortracker.system;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** HTTP settings of our own ({@code indicators.http.*}). */
@ConfigMapping(prefix = "indicators.http")
public interface HttpConfig {

    /**
     * Paths (and everything below them) that answer 404 to requests that came through a proxy or ingress
     * ({@code INDICATORS_HTTP_INTERNAL_PATHS}); empty switches the check off.
     */
    Optional<List<String>> internalPaths();
}
