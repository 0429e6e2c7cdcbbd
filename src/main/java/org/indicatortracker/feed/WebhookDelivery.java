package org.indicatortracker.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.indicatortracker.feed.Updates.UpdateView;
import org.indicatortracker.jobs.ClusterJob;
import org.indicatortracker.jobs.JobRunner;
import org.jboss.logging.Logger;

/**
 * Sends pending update events to the editors' webhook ({@code indicators.webhook.url}), oldest first, on one
 * replica. Delivery is at least once: the event id travels in the body and in {@code X-Indicator-Tracker-Delivery}
 * so a receiver can drop a duplicate. A failed attempt waits 1, 2, 4 ... minutes (at most an hour) before the
 * next; after {@code max-attempts} the event is marked {@code failed}.
 */
@ApplicationScoped
public class WebhookDelivery implements ClusterJob {

    public static final String NAME = "webhook-delivery";
    static final String SIGNATURE = "X-Indicator-Tracker-Signature";
    static final String DELIVERY = "X-Indicator-Tracker-Delivery";
    static final String EVENT = "X-Indicator-Tracker-Event";
    private static final int BATCH = 50;
    private static final Logger LOG = Logger.getLogger(WebhookDelivery.class);

    @Inject
    FeedConfig config;

    @Inject
    Updates updates;

    @Inject
    ObjectMapper json;

    @Inject
    JobRunner runner;

    @Inject
    MeterRegistry registry;

    /** Made on the first delivery: an HTTP client costs start-up time, and most deployments set no webhook. */
    private HttpClient http;

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return http;
    }

    @Scheduled(identity = NAME, cron = "${indicators.jobs.webhook-delivery.cron}", timeZone = "${indicators.jobs.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled(ScheduledExecution execution) {
        runner.run(this, execution);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String run() {
        URI url = config.webhook().url().orElse(null);
        if (url == null) {
            return "no webhook configured";
        }
        return deliver(url, config.webhook().secret());
    }

    /** Sends the events that are due to {@code url}; the caller owns the transaction. */
    String deliver(URI url, Optional<String> secret) {
        List<UpdateEvent> due = UpdateEvent.dueForWebhook(Instant.now(), BATCH);
        List<UpdateView> views = updates.views(due);
        int delivered = 0;
        int failed = 0;
        for (int i = 0; i < due.size(); i++) {
            UpdateEvent event = due.get(i);
            String error = send(url, secret, views.get(i));
            event.webhookAttempts++;
            if (error == null) {
                event.webhookState = UpdateEvent.WebhookState.DELIVERED;
                event.webhookNextAt = null;
                event.webhookLastError = null;
                delivered++;
                count("delivered");
            } else {
                failed++;
                event.webhookLastError = error.length() > 500 ? error.substring(0, 500) : error;
                if (event.webhookAttempts >= config.webhook().maxAttempts()) {
                    event.webhookState = UpdateEvent.WebhookState.FAILED;
                    count("gave_up");
                    LOG.warnf("Gave up sending update %d to the webhook after %d attempts: %s", event.id, event.webhookAttempts, error);
                } else {
                    event.webhookNextAt = Instant.now().plus(backoff(event.webhookAttempts));
                    count("retry");
                }
            }
        }
        return delivered + " delivered, " + failed + " failed of " + due.size() + " due";
    }

    /** 1, 2, 4, ... minutes after the n-th failed attempt, at most an hour. */
    static Duration backoff(int attempts) {
        return Duration.ofMinutes(Math.min(60, 1L << Math.min(6, Math.max(0, attempts - 1))));
    }

    /** POSTs one event; null when the receiver answered 2xx, otherwise what went wrong. */
    private String send(URI url, Optional<String> secret, UpdateView update) {
        try {
            byte[] body = json.writeValueAsBytes(payload(update));
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(config.webhook().timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "indicator-tracker-webhook")
                    .header(EVENT, "verdict_changed")
                    .header(DELIVERY, String.valueOf(update.id()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            secret.filter(s -> !s.isBlank()).ifPresent(key -> request.header(SIGNATURE, sign(key, body)));
            HttpResponse<Void> response = http().send(request.build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not serialise update " + update.id(), e);
        } catch (IOException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    static Map<String, Object> payload(UpdateView u) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "verdict_changed");
        body.put("id", u.id());
        body.put("update", u);
        return body;
    }

    /** {@code sha256=<hex HMAC-SHA256 of the body>}, like GitHub's webhook signatures. */
    static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    private void count(String outcome) {
        registry.counter("indicators.webhook.deliveries", "outcome", outcome).increment();
    }
}
