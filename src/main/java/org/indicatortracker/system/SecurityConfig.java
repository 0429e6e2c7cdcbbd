package org.indicatortracker.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Browser-facing security settings ({@code indicators.security.*}); see {@link SecurityHeaders}. */
@ConfigMapping(prefix = "indicators.security")
public interface SecurityConfig {

    /**
     * Which sites may frame the public pages in embed mode ({@code ?embed=1}): a CSP {@code frame-ancestors} source
     * list such as {@code https://*.gov.cn}. Every other page may not be framed at all.
     */
    @WithDefault("*")
    String embedFrameAncestors();

    /** {@code Strict-Transport-Security}, sent on responses to requests that came over TLS. */
    @WithDefault("max-age=31536000")
    String strictTransportSecurity();
}
