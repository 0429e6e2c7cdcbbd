package org.indicatortracker.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose declared body is larger than {@code quarkus.http.limits.max-body-size} with a 413 problem
 * detail, before the body is read. (The HTTP layer would otherwise answer 413 with an empty body.)
 */
@ApplicationScoped
public class BodyLimitRoute {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        router.route("/api/*").order(-2000).handler(this::handle);
    }

    void handle(RoutingContext ctx) {
        String declared = ctx.request().getHeader("Content-Length");
        long limit = maxBodySize.asLongValue();
        long length;
        try {
            length = declared == null ? -1 : Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            length = -1;
        }
        if (length <= limit) {
            ctx.next();
            return;
        }
        Problem problem = Problem.of(413, "Payload too large", "The request body has " + length + " bytes; at most "
                + limit + " (" + (limit / (1024 * 1024)) + " MB) are accepted. Send the text of a long document rather "
                + "than a file with images, or send it in parts.").at(ctx.request().path());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":413,\"title\":\"Payload too large\"}";
        }
        ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(body);
    }
}
