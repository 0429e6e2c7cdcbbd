package org.indicatortracker.system;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The security headers of every response, in one place: a Content-Security-Policy without inline script (Swagger UI
 * gets its own, looser policy), {@code X-Content-Type-Options}, {@code Referrer-Policy}, no framing except the public
 * pages in embed mode ({@code ?embed=1}), and HSTS when the request came over TLS (directly, or through a proxy whose
 * forwarded headers are trusted). An endpoint that sets a stricter policy of its own keeps it.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors ";

    /** Swagger UI starts itself with an inline script and inline styles. */
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** Before every other filter and route (Quarkus orders filters by -priority), so even early cache answers get the headers. */
    static final int PRIORITY = 100_000;

    @Inject
    SecurityConfig config;

    void register(@Observes Filters filters) {
        String ancestors = config.embedFrameAncestors();
        if (ancestors.contains(";") || ancestors.contains("\n") || ancestors.contains("\r") || ancestors.isBlank()) {
            throw new IllegalStateException("indicators.security.embed-frame-ancestors must be a CSP source list such as "
                    + "'https://*.gov.cn' or '*', without ';'");
        }
        boolean dev = LaunchMode.current() == LaunchMode.DEVELOPMENT;
        filters.register(rc -> {
            String path = rc.normalizedPath();
            boolean embed = isEmbed(rc, path);
            boolean tls = rc.request().isSSL();
            rc.addHeadersEndHandler(ignored -> apply(rc.response().headers(), path, embed, tls, dev, ancestors));
            rc.next();
        }, PRIORITY);
    }

    private void apply(MultiMap headers, String path, boolean embed, boolean tls, boolean dev, String ancestors) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        // An endpoint may have set a stricter policy of its own (a stored file is served with 'sandbox'): keep it.
        boolean ownPolicy = headers.contains("Content-Security-Policy");
        if (!ownPolicy && path.startsWith("/q/swagger-ui")) {
            headers.set("Content-Security-Policy", SWAGGER_POLICY);
        } else if (!ownPolicy && !(dev && path.startsWith("/q/dev"))) {
            headers.set("Content-Security-Policy", POLICY + (embed ? ancestors : "'none'"));
        }
        if (!embed) {
            headers.set("X-Frame-Options", "DENY");
        }
        if (tls) {
            headers.set("Strict-Transport-Security", config.strictTransportSecurity());
        }
    }

    /** Embed mode: a public page (not the workspace, the API or /q) asked for with {@code ?embed=1}. */
    static boolean isEmbed(RoutingContext rc, String path) {
        return "1".equals(rc.request().getParam("embed"))
                && !path.startsWith("/workspace") && !path.startsWith("/api/") && !path.startsWith("/q/");
    }
}
