package org.indicatortracker.cache;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers what it can on the event loop, before the REST pipeline: a 304 when the client's ETag is current, the
 * cached bytes of a public GET of the current data version, stale bytes (marked) while the database is down,
 * and a quick 503 for anything else that would need the unreachable database.
 */
@ApplicationScoped
public class EarlyCacheRoute {

    static final String STALE_HEADER = "X-Data-Stale";
    // Header values encoded once, not on every response.
    private static final CharSequence CACHE_CONTROL = HttpHeaders.createOptimized(PublicGet.CACHE_CONTROL);
    private static final CharSequence STALE_CACHE_CONTROL = HttpHeaders.createOptimized("public, max-age=5");
    private static final CharSequence VARY = HttpHeaders.createOptimized(PublicGet.VARY);

    @Inject
    ResponseCache cache;

    @Inject
    DataVersion dataVersion;

    void register(@Observes Router router) {
        router.route("/api/*").order(-1000).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        HttpServerRequest req = ctx.request();
        String path = req.path();
        boolean cacheable = PublicGet.isCacheable(req.method().name(), path, req.getHeader("Authorization"), req.getHeader("Cookie"));
        boolean up = dataVersion.databaseUp();
        if (!cacheable) {
            if (up) {
                ctx.next();
            } else {
                unavailable(ctx);
            }
            return;
        }
        String key = ResponseCache.key(path, query(req.params()));
        long version = dataVersion.current();
        if (up && version >= 0) {
            String etag = ResponseCache.etag(version, key);
            if (PublicGet.matches(req.getHeader("If-None-Match"), etag)) {
                cache.countNotModified();
                req.response().setStatusCode(304)
                        .putHeader(HttpHeaders.ETAG, etag).putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).end();
                return;
            }
            ResponseCache.Entry entry = cache.get(key);
            if (entry != null && entry.version() == version) {
                cache.countHit();
                send(req, entry, false);
                return;
            }
            cache.countMiss();
            ctx.next();
            return;
        }
        ResponseCache.Entry entry = cache.get(key);
        if (entry != null) {
            cache.countStale();
            send(req, entry, true);
        } else {
            unavailable(ctx);
        }
    }

    private static void send(HttpServerRequest req, ResponseCache.Entry entry, boolean stale) {
        HttpServerResponse res = req.response();
        if (!stale && PublicGet.matches(req.getHeader("If-None-Match"), entry.etag())) {
            res.setStatusCode(304).putHeader(HttpHeaders.ETAG, entry.etag()).putHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).end();
            return;
        }
        res.setStatusCode(200)
                .putHeader(HttpHeaders.CONTENT_TYPE, entry.contentType())
                .putHeader(HttpHeaders.ETAG, entry.etag())
                .putHeader(HttpHeaders.CACHE_CONTROL, stale ? STALE_CACHE_CONTROL : CACHE_CONTROL)
                .putHeader(HttpHeaders.VARY, VARY);
        if (entry.contentDisposition() != null) {
            res.putHeader("Content-Disposition", entry.contentDisposition());
        }
        if (stale) {
            res.putHeader(STALE_HEADER, "true");
            res.putHeader("Warning", "110 - \"Response is Stale\"");
        }
        if ("HEAD".equals(req.method().name())) {
            res.putHeader("Content-Length", String.valueOf(entry.length())).end();
        } else {
            res.end(entry.wire());
        }
    }

    private static void unavailable(RoutingContext ctx) {
        String body = "{\"type\":\"about:blank\",\"title\":\"Service unavailable\",\"status\":503,"
                + "\"detail\":\"The database cannot be reached right now. Please try again in a moment.\",\"instance\":\""
                + ctx.request().path().replace("\"", "") + "\"}";
        ctx.response().setStatusCode(503)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Retry-After", "5")
                .putHeader("Cache-Control", PublicGet.PRIVATE)
                .end(body);
    }

    static Map<String, List<String>> query(MultiMap params) {
        Map<String, List<String>> map = new HashMap<>();
        for (String name : params.names()) {
            map.put(name, new ArrayList<>(params.getAll(name)));
        }
        return map;
    }
}
