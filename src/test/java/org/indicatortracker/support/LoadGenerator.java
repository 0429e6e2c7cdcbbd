package org.indicatortracker.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Steady traffic for the failure drills: reader threads GET public pages in turn, one writer POSTs new outcome
 * records as admin and remembers every one the server acknowledged (201 with its id). Each request's status
 * (0 when the connection itself failed) and duration are kept.
 */
public final class LoadGenerator implements AutoCloseable {

    /** One request as the client saw it. */
    public record Result(long startNanos, long endNanos, boolean write, int status) {
        public long millis() {
            return (endNanos - startNanos) / 1_000_000;
        }
    }

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final IntSupplier port;
    private final List<String> paths;
    private final int readers;
    private final boolean writer;
    private final String adminPassword;
    private final Duration pause;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Result> results = new CopyOnWriteArrayList<>();
    private final List<Long> acknowledged = new CopyOnWriteArrayList<>();
    private final AtomicInteger writes = new AtomicInteger();
    private final ExecutorService threads;
    private volatile boolean running;

    /** {@code port}: where to send requests (read on every request, so a test can move traffic). */
    public LoadGenerator(IntSupplier port, List<String> paths, int readers, boolean writer, String adminPassword, Duration pause) {
        this.port = port;
        this.paths = paths;
        this.readers = readers;
        this.writer = writer;
        this.adminPassword = adminPassword;
        this.pause = pause;
        this.threads = Executors.newFixedThreadPool(readers + 1);
    }

    public LoadGenerator start() {
        running = true;
        for (int r = 0; r < readers; r++) {
            int offset = r;
            threads.submit(() -> {
                int i = offset;
                while (running) {
                    read(paths.get(i++ % paths.size()));
                    sleep();
                }
            });
        }
        if (writer) {
            threads.submit(() -> {
                while (running) {
                    write();
                    sleep();
                }
            });
        }
        return this;
    }

    public void stop() throws InterruptedException {
        running = false;
        threads.shutdown();
        threads.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    public List<Result> results() {
        return new ArrayList<>(results);
    }

    /** Ids of the outcome records the server answered 201 for. */
    public List<Long> acknowledgedWrites() {
        return new ArrayList<>(acknowledged);
    }

    private void read(String path) {
        long start = System.nanoTime();
        int status;
        try {
            status = http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        results.add(new Result(start, System.nanoTime(), false, status));
    }

    private void write() {
        int n = writes.incrementAndGet();
        String json = "{\"region\":\"CN\",\"indicator\":\"gdp_growth\",\"year\":2040,\"vintage\":\"estimate\",\"value\":"
                + (4 + n % 10 / 10.0) + ",\"publishedOn\":\"" + LocalDate.of(2041, 1, 1).plusDays(n) + "\"}";
        String auth = Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        int status;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/actuals")).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json").header("Authorization", "Basic " + auth)
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            if (status == 201) {
                Matcher m = ID.matcher(response.body());
                if (m.find()) {
                    acknowledged.add(Long.parseLong(m.group(1)));
                }
            }
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        results.add(new Result(start, System.nanoTime(), true, status));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port.getAsInt() + path);
    }

    private void sleep() {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
