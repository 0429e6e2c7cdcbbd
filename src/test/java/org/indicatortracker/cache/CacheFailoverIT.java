package org.indicatortracker.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.indicatortracker.support.PackagedApp;
import org.junit.jupiter.api.Test;

/**
 * Two packaged replicas against one PostgreSQL: a write on one is served fresh by the other within a second
 * (LISTEN/NOTIFY), and while PostgreSQL is down cached charts keep being served, marked stale, while anything
 * else gets a quick 503; both recover on their own when PostgreSQL returns.
 */
class CacheFailoverIT {

    private static final String SERIES = "/api/v1/charts/series?region=CN&indicator=gdp_growth";

    @Test
    void replicasFollowWritesAndServeStaleChartsWhileTheDatabaseIsDown() throws Exception {
        Path data = Files.createTempDirectory("it-failover-pg");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        EmbeddedPostgres pg = start(data, port);
        String url = pg.getJdbcUrl("postgres", "postgres");
        Map<String, String> env = Map.of("QUARKUS_DATASOURCE_JDBC_URL", url,
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "INDICATORS_DEMO_DATA", "true", "INDICATORS_ADMIN_PASSWORD", "a-long-admin-password");
        Path dir = Files.createTempDirectory("it-failover");
        try (PackagedApp a = PackagedApp.start("failover-a", env, dir); PackagedApp b = PackagedApp.start("failover-b", env, dir)) {
            a.awaitReady(Duration.ofSeconds(90));
            b.awaitReady(Duration.ofSeconds(90));

            // 1. A write on replica A is visible on replica B within a second.
            String before = b.get(SERIES).headers().firstValue("ETag").orElseThrow();
            assertEquals(200, post(a, "/api/v1/actuals", "{\"region\":\"CN\",\"indicator\":\"gdp_growth\",\"year\":2025,"
                    + "\"vintage\":\"final\",\"value\":5.1,\"publishedOn\":\"2026-12-28\"}").statusCode() / 100 * 100);
            long written = System.nanoTime();
            String after = before;
            long probe = written;
            while (after.equals(before) && System.nanoTime() - written < 3_000_000_000L) {
                probe = System.nanoTime(); // the probe that first sees the change started after B learned of it
                after = b.get(SERIES).headers().firstValue("ETag").orElseThrow();
            }
            long millis = (probe - written) / 1_000_000;
            assertNotEquals(before, after, "replica B never saw the write");
            assertTrue(millis < 1000, "replica B saw the write after " + millis + " ms");
            assertTrue(b.get(SERIES).body().contains("5.1"));

            // 2. PostgreSQL stops: cached charts stay available (stale), the rest fails fast with 503.
            b.get(SERIES); // cached at the current version
            pg.close();
            Thread.sleep(1500); // the listener notices the lost connection
            HttpResponse<String> stale = b.get(SERIES);
            assertEquals(200, stale.statusCode());
            assertEquals("true", stale.headers().firstValue(EarlyCacheRoute.STALE_HEADER).orElse(null));
            long asked = System.nanoTime();
            HttpResponse<String> uncached = b.get("/api/v1/charts/series?region=CN&indicator=cpi_growth&lang=en");
            long waited = (System.nanoTime() - asked) / 1_000_000;
            assertEquals(503, uncached.statusCode());
            assertTrue(uncached.body().contains("database"), uncached.body());
            assertTrue(waited < 3000, "503 took " + waited + " ms");
            assertEquals(503, b.get("/q/health/ready").statusCode(), "readiness goes down");

            // 3. PostgreSQL returns: both replicas recover by themselves.
            pg = start(data, port);
            try (var c = java.sql.DriverManager.getConnection(url, "postgres", "postgres")) {
                assertTrue(c.isValid(2), "PostgreSQL is back");
            }
            long back = System.nanoTime();
            HttpResponse<String> fresh = b.get(SERIES);
            while ((fresh.statusCode() != 200 || fresh.headers().firstValue(EarlyCacheRoute.STALE_HEADER).isPresent())
                    && System.nanoTime() - back < 20_000_000_000L) {
                Thread.sleep(200);
                fresh = b.get(SERIES);
            }
            assertEquals(200, fresh.statusCode());
            assertTrue(fresh.headers().firstValue(EarlyCacheRoute.STALE_HEADER).isEmpty(), "fresh again");
            // Replica A reconnects on its own schedule (its listener retries every few hundred ms): give it the same time.
            HttpResponse<String> onA = a.get("/api/v1/charts/series?region=CN&indicator=cpi_growth");
            while (onA.statusCode() != 200 && System.nanoTime() - back < 20_000_000_000L) {
                Thread.sleep(200);
                onA = a.get("/api/v1/charts/series?region=CN&indicator=cpi_growth");
            }
            assertEquals(200, onA.statusCode(), "replica A recovered by itself");
            assertTrue(a.get("/api/v1/actuals?region=CN&indicator=gdp_growth&year=2025").body().contains("5.1"),
                    "the acknowledged write survived");
        } finally {
            pg.close();
        }
    }

    /** Keeps the data directory on close (a clean directory would be deleted), so a restart finds the same data. */
    private static EmbeddedPostgres start(Path data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }

    private static HttpResponse<String> post(PackagedApp app, String path, String json) throws Exception {
        String base = app.baseUrl();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:a-long-admin-password".getBytes()))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
