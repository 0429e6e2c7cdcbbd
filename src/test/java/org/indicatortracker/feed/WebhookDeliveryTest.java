package org.indicatortracker.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.indicatortracker.domain.Verdict;
import org.indicatortracker.domain.Vintage;
import org.indicatortracker.support.FigureFixtures;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Update events reach the editors' webhook signed, at least once, with retries that back off. */
@QuarkusTest
@QuarkusTestResource(PostgresResource.class)
class WebhookDeliveryTest {

    @Inject
    WebhookDelivery delivery;

    @Inject
    ObjectMapper json;

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(204);

    record Received(String event, String delivery, String signature, byte[] body) {
    }

    @BeforeEach
    void startReceiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestHeaders().getFirst(WebhookDelivery.EVENT),
                    exchange.getRequestHeaders().getFirst(WebhookDelivery.DELIVERY),
                    exchange.getRequestHeaders().getFirst(WebhookDelivery.SIGNATURE), body));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
        // leave nothing pending for other tests
        QuarkusTransaction.requiringNew().run(() -> UpdateEvent.update("webhookState = ?1 where webhookState = ?2",
                UpdateEvent.WebhookState.SKIPPED, UpdateEvent.WebhookState.PENDING));
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
    }

    private static long pendingEvent(String region) {
        return QuarkusTransaction.requiringNew().call(() -> {
            UpdateEvent e = new UpdateEvent();
            e.regionCode = region;
            e.indicatorKey = "gdp_growth";
            e.year = 2030;
            e.targetId = 1;
            e.previousVerdict = Verdict.MET;
            e.verdict = Verdict.MISSED;
            e.actualId = 1;
            e.vintage = Vintage.FINAL;
            e.value = new BigDecimal("4.2");
            e.publishedOn = LocalDate.of(2031, 12, 30);
            e.detectedAt = Instant.now();
            e.webhookState = UpdateEvent.WebhookState.PENDING;
            e.persist();
            return e.id;
        });
    }

    private static UpdateEvent reload(long id) {
        return QuarkusTransaction.requiringNew().call(() -> UpdateEvent.<UpdateEvent>findById(id));
    }

    private String deliver(Optional<String> secret) {
        return QuarkusTransaction.requiringNew().call(() -> delivery.deliver(url(), secret));
    }

    @Test
    void aPendingUpdateIsPostedOnceWithAnHmacSignature() throws Exception {
        long id = pendingEvent(FigureFixtures.region("推送"));

        assertEquals("1 delivered, 0 failed of 1 due", deliver(Optional.of("s3cret")));
        assertEquals("0 delivered, 0 failed of 0 due", deliver(Optional.of("s3cret")), "a delivered event is not sent again");

        assertEquals(1, received.size());
        Received r = received.get(0);
        assertEquals("verdict_changed", r.event());
        assertEquals(String.valueOf(id), r.delivery());
        assertEquals(WebhookDelivery.sign("s3cret", r.body()), r.signature());
        assertTrue(r.signature().matches("sha256=[0-9a-f]{64}"));
        JsonNode body = json.readTree(r.body());
        assertEquals(id, body.get("id").asLong());
        assertEquals("missed", body.at("/update/verdict").asText());
        assertEquals("推送市 · 地区生产总值增长 2030年：完成 → 未完成", body.at("/update/titleZh").asText());
        UpdateEvent stored = reload(id);
        assertEquals(UpdateEvent.WebhookState.DELIVERED, stored.webhookState);
        assertEquals(1, stored.webhookAttempts);
    }

    @Test
    void withoutASecretThereIsNoSignature() {
        pendingEvent(FigureFixtures.region("无签"));
        deliver(Optional.empty());
        assertNull(received.get(0).signature());
    }

    @Test
    void aFailingReceiverIsRetriedLaterAndFinallyGivenUp() {
        status.set(500);
        long id = pendingEvent(FigureFixtures.region("重试"));

        assertEquals("0 delivered, 1 failed of 1 due", deliver(Optional.empty()));
        UpdateEvent afterFirst = reload(id);
        assertEquals(UpdateEvent.WebhookState.PENDING, afterFirst.webhookState);
        assertEquals("HTTP 500", afterFirst.webhookLastError);
        assertNotNull(afterFirst.webhookNextAt);
        assertTrue(afterFirst.webhookNextAt.isAfter(Instant.now().plusSeconds(30)), "the next attempt waits about a minute");
        assertEquals("0 delivered, 0 failed of 0 due", deliver(Optional.empty()), "not due again at once");

        for (int attempt = 2; attempt <= 8; attempt++) {
            QuarkusTransaction.requiringNew().run(() -> UpdateEvent.update("webhookNextAt = null where id = ?1", id));
            deliver(Optional.empty());
        }
        UpdateEvent last = reload(id);
        assertEquals(UpdateEvent.WebhookState.FAILED, last.webhookState, "given up after indicators.webhook.max-attempts (8)");
        assertEquals(8, last.webhookAttempts);
        assertEquals(8, received.size());
    }

    @Test
    void retriesBackOffFromOneMinuteToAnHour() {
        assertEquals(Duration.ofMinutes(1), WebhookDelivery.backoff(1));
        assertEquals(Duration.ofMinutes(2), WebhookDelivery.backoff(2));
        assertEquals(Duration.ofMinutes(32), WebhookDelivery.backoff(6));
        assertEquals(Duration.ofMinutes(60), WebhookDelivery.backoff(7));
        assertEquals(Duration.ofMinutes(60), WebhookDelivery.backoff(30));
    }
}
