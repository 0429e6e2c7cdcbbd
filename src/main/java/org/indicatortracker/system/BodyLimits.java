package org.indicatortracker.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Body size limits per route. Quarkus has one server-wide limit ({@code quarkus.http.limits.max-body-size}); the
 * import and source-file uploads need more than everything else, so the server-wide limit is set to the largest
 * and this filter gives each route its own:
 * <ul>
 *   <li>a declared {@code Content-Length} above the route's limit is refused at once with a 413 problem-details
 *       response naming the limit (before any of the body is read);</li>
 *   <li>a body without a length (chunked) gets the route's limit as the request's maximum, which Quarkus enforces
 *       while the body streams in (413).</li>
 * </ul>
 */
@ApplicationScoped
public class BodyLimits {

    private static final Logger LOG = Logger.getLogger(BodyLimits.class);
    /** Quarkus reads this routing-context key as the request's body limit when no Content-Length is declared. */
    private static final String MAX_REQUEST_SIZE = "io.quarkus.max-request-size";
    private static final Pattern IMPORT = Pattern.compile("/api/v1/imports/?");
    private static final Pattern SOURCE_FILE = Pattern.compile("/api/v1/sources/[^/]+/files/?");

    @Inject
    LimitsConfig limits;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    io.quarkus.runtime.configuration.MemorySize serverLimit;

    void check(@Observes StartupEvent event) {
        long largest = Math.max(limits.importFile().asLongValue(), limits.sourceFile().asLongValue());
        if (serverLimit.asLongValue() < largest) {
            LOG.warnf("quarkus.http.limits.max-body-size (%d bytes) is below the largest route limit (%d bytes): "
                    + "uploads above it get a bare 413", serverLimit.asLongValue(), largest);
        }
    }

    void install(@Observes Router router) {
        // Before Quarkus' own check (order -2), so that a declared length gets our problem details...
        router.route().order(-3).handler(this::declaredLength);
        // ...and after it, so that our per-route maximum replaces the server-wide one for chunked bodies.
        router.route().order(-1).handler(rc -> {
            if (rc.request().getHeader("Content-Length") == null && hasBody(rc)) {
                rc.put(MAX_REQUEST_SIZE, limitFor(rc).bytes);
            }
            rc.next();
        });
    }

    private void declaredLength(RoutingContext rc) {
        String header = rc.request().getHeader("Content-Length");
        if (header != null) {
            Limit limit = limitFor(rc);
            long length;
            try {
                length = Long.parseLong(header.trim());
            } catch (NumberFormatException e) {
                length = -1;
            }
            if (length > limit.bytes) {
                tooLarge(rc, limit, length);
                return;
            }
        }
        rc.next();
    }

    private void tooLarge(RoutingContext rc, Limit limit, long length) {
        Locale lang = Lang.of(rc.request());
        String mb = megabytes(limit.bytes);
        String detail = Lang.Text.of(
                "请求体有 " + megabytes(length) + "，超过了" + limit.zh + "的上限 " + mb + "。" + limit.adviceZh,
                "The request body is " + megabytes(length) + ", above the " + mb + " limit for " + limit.en + "." + limit.adviceEn)
                .in(lang);
        Problem problem = Problem.of(413, Lang.Text.of("内容过大", "Content too large").in(lang), detail).at(rc.request().path());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (Exception e) {
            body = "{\"status\":413}";
        }
        // The client may still be sending: close the connection rather than read what we refuse.
        rc.response().setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(body);
    }

    private Limit limitFor(RoutingContext rc) {
        String path = rc.request().path();
        if (rc.request().method() == HttpMethod.POST && path != null) {
            if (IMPORT.matcher(path).matches()) {
                return new Limit(limits.importFile().asLongValue(), "导入文件", "an import file",
                        "请把文件拆分后分批导入。", " Split the file and import the parts.");
            }
            if (SOURCE_FILE.matcher(path).matches()) {
                return new Limit(limits.sourceFile().asLongValue(), "来源原件", "a source document's file", "", "");
            }
        }
        return new Limit(limits.body().asLongValue(), "此接口", "this endpoint", "", "");
    }

    private static boolean hasBody(RoutingContext rc) {
        HttpMethod m = rc.request().method();
        return m == HttpMethod.POST || m == HttpMethod.PUT || m == HttpMethod.PATCH;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private record Limit(long bytes, String zh, String en, String adviceZh, String adviceEn) {
    }
}
