package org.indicatortracker.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for a Kubernetes Service behind an ingress, for drills without a cluster: it forwards each request
 * to the next backend whose {@code /q/health/ready} answered 200 at the last poll (every {@code period}, like
 * endpoints following readiness), and never retries, so a request that fails at a backend fails for the client.
 */
public final class ReadinessBalancer implements AutoCloseable {

    private static final Set<String> FORWARDED = Set.of("content-type", "authorization", "accept", "if-none-match");

    private final class Backend {
        final int port;
        volatile boolean ready;

        Backend(int port) {
            this.port = port;
        }
    }

    private final HttpServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Backend> backends = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();

    public ReadinessBalancer(Duration period) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", this::forward);
        server.start();
        poller.scheduleAtFixedRate(this::poll, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public void add(int port) {
        backends.add(new Backend(port));
    }

    public void remove(int port) {
        backends.removeIf(b -> b.port == port);
    }

    public boolean isReady(int port) {
        return backends.stream().anyMatch(b -> b.port == port && b.ready);
    }

    private void poll() {
        for (Backend b : backends) {
            try {
                b.ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + b.port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                b.ready = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            List<Backend> ready = backends.stream().filter(b -> b.ready).toList();
            if (ready.isEmpty()) {
                respond(exchange, 503, "no ready backend".getBytes(), "text/plain");
                return;
            }
            Backend target = ready.get(Math.floorMod(next.getAndIncrement(), ready.size()));
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port + exchange.getRequestURI()))
                    .timeout(Duration.ofSeconds(30))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (FORWARDED.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            request.header("X-Forwarded-For", exchange.getRemoteAddress().getAddress().getHostAddress());
            HttpResponse<byte[]> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                respond(exchange, 502, ("backend failed: " + e).getBytes(), "text/plain");
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                respond(exchange, 502, "interrupted".getBytes(), "text/plain");
                return;
            }
            respond(exchange, response.statusCode(), response.body(), response.headers().firstValue("content-type").orElse(null));
        }
    }

    private static void respond(HttpExchange exchange, int status, byte[] body, String type) throws IOException {
        if (type != null) {
            exchange.getResponseHeaders().set("Content-Type", type);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        server.stop(0);
    }
}
