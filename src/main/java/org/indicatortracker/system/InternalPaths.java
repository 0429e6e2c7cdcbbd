package org.indicatortracker.system;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Keeps operator endpoints (by default the Prometheus metrics) off the public internet while they stay on the
 * main port: a request that came through a reverse proxy or ingress (it carries {@code X-Forwarded-For} or
 * {@code Forwarded}, which ingress controllers always add) gets a 404 for those paths. Scrapers reach the pod
 * directly and do not send those headers; the NetworkPolicy lets only them and the ingress controller in.
 */
@ApplicationScoped
public class InternalPaths {

    private static final String NOT_FOUND = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
            + "\"detail\":\"There is nothing at this address. See /q/swagger-ui for the API.\"}";

    @Inject
    HttpConfig config;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (isForwarded(ctx.request()) && isInternal(ctx.normalizedPath())) {
                ctx.response().setStatusCode(404).putHeader("Content-Type", Problem.MEDIA_TYPE).end(NOT_FOUND);
            } else {
                ctx.next();
            }
        });
    }

    boolean isInternal(String path) {
        return config.internalPaths().orElse(List.of()).stream().map(String::trim).filter(p -> !p.isEmpty())
                .anyMatch(p -> path.equals(p) || path.startsWith(p.endsWith("/") ? p : p + "/"));
    }

    private static boolean isForwarded(HttpServerRequest request) {
        return request.headers().contains("X-Forwarded-For") || request.headers().contains("Forwarded");
    }
}
