package org.indicatortracker.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.indicatortracker.support.LoadGenerator;
import org.indicatortracker.support.LoadGenerator.Result;
import org.indicatortracker.support.PackagedApp;
import org.indicatortracker.support.ReadinessBalancer;
import org.junit.jupiter.api.Test;

/**
 * Failure drills on the packaged application under steady load (readers and a writer):
 * PostgreSQL stopped and started again, and a rolling restart of two replicas behind a readiness-following
 * balancer. Each prints a "[drill]" summary and writes it to target/drills/ for docs/operations.md.
 */
class FailureDrillsIT {

    private static final Duration STARTUP = Duration.ofSeconds(300);
    private static final String ADMIN_PASSWORD = "drill-admin-password";
    private static final List<String> READS = List.of("/api/v1/targets?region=CN&year=2023", "/api/v1/scorecard?region=CN&year=2023",
            "/api/v1/regions", "/api/v1/evaluations?region=CN&indicator=gdp_growth");

    @Test
    void postgresStoppedUnderLoadGives503sReadinessDownAndRecoversWithoutLosingAcknowledgedWrites() throws Exception {
        Path data = Files.createTempDirectory("drill-pgdata").resolve("pg");
        int port = freePort();
        EmbeddedPostgres pg = postgres(data, port);
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        try (PackagedApp app = PackagedApp.start("drill-postgres", env(url), Files.createTempDirectory("drill-pg"))) {
            app.awaitReady(STARTUP);
            LoadGenerator load = new LoadGenerator(app::port, READS, 3, true, ADMIN_PASSWORD, Duration.ofMillis(50)).start();
            waitFor(() -> successesAfter(load, 0) >= 10, Duration.ofSeconds(60), System.nanoTime());

            long stoppedAt = System.nanoTime();
            pg.close();
            long readinessDown = waitFor(() -> app.get("/q/health/ready").statusCode() == 503, Duration.ofSeconds(20), stoppedAt);
            waitFor(() -> millisSince(stoppedAt) >= 8000 && load.results().stream().filter(r -> r.startNanos() > stoppedAt).count() >= 6,
                    Duration.ofSeconds(60), stoppedAt);

            long restartedAt = System.nanoTime();
            pg = postgres(data, port);
            long readyAgain = waitFor(() -> app.get("/q/health/ready").statusCode() == 200, Duration.ofSeconds(30), restartedAt);
            long settled = restartedAt + Math.max(0, readyAgain) * 1_000_000 + 1_000_000_000L;
            // Each write checks a bcrypt password, so on a busy machine writes are few: wait for enough of them.
            waitFor(() -> successesAfter(load, settled) >= 10 && load.acknowledgedWrites().size() > 5, Duration.ofSeconds(90), restartedAt);
            load.stop();

            List<Result> results = load.results();
            List<Result> before = results.stream().filter(r -> r.endNanos() < stoppedAt).toList();
            List<Result> during = results.stream().filter(r -> r.startNanos() > stoppedAt && r.endNanos() < restartedAt).toList();
            List<Result> after = results.stream().filter(r -> r.startNanos() > settled).toList();
            long firstSuccess = results.stream().filter(r -> r.startNanos() > restartedAt && r.status() / 100 == 2)
                    .mapToLong(r -> (r.endNanos() - restartedAt) / 1_000_000).min().orElse(-1);
            List<Long> acknowledged = load.acknowledgedWrites();
            long stored = countStored(url, acknowledged);

            String summary = "[drill] PostgreSQL stopped under load: " + before.size() + " requests before, all " + statuses(before)
                    + "; while stopped " + during.size() + " requests " + statuses(during) + ", slowest " + max(during)
                    + " ms, median " + median(during) + " ms; readiness DOWN " + readinessDown + " ms after the stop"
                    + "; after restart readiness UP in " + readyAgain + " ms, first successful request " + firstSuccess + " ms"
                    + "; afterwards " + after.size() + " requests " + statuses(after) + "; writes acknowledged " + acknowledged.size()
                    + ", found in the database " + stored;
            record("postgres-stopped", summary);

            assertTrue(before.size() >= 10 && before.stream().allMatch(r -> r.status() / 100 == 2), "healthy before: " + statuses(before));
            assertTrue(during.size() >= 5, "traffic continued during the outage");
            assertTrue(during.stream().allMatch(r -> r.status() == 503 || r.status() / 100 == 2),
                    "failures while PostgreSQL is down are 503s, never 500s or dropped connections: " + statuses(during));
            assertTrue(during.stream().anyMatch(r -> r.status() == 503), "the outage was noticed: " + statuses(during));
            assertTrue(max(during) <= 5000, "every answer within the 3 s acquisition timeout plus margin: " + max(during) + " ms");
            assertTrue(readinessDown >= 0 && readinessDown <= 15_000, "readiness went down: " + readinessDown + " ms");
            assertTrue(readyAgain <= 15_000, "recovered by itself: " + readyAgain + " ms");
            assertTrue(after.size() >= 10 && after.stream().allMatch(r -> r.status() / 100 == 2), "healthy again: " + statuses(after));
            assertTrue(acknowledged.size() > 5, "the writer made progress");
            assertEquals(acknowledged.size(), stored, "no acknowledged write was lost");
        } finally {
            pg.close();
        }
    }

    @Test
    void aRollingRestartOfTwoReplicasUnderLoadFailsNoRequest() throws Exception {
        try (EmbeddedPostgres pg = postgres(Files.createTempDirectory("drill-roll-pgdata").resolve("pg"), freePort());
             ReadinessBalancer balancer = new ReadinessBalancer(Duration.ofMillis(500))) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Path dir = Files.createTempDirectory("drill-roll");
            PackagedApp a = PackagedApp.start("drill-roll-a", env(url), dir);
            PackagedApp b = PackagedApp.start("drill-roll-b", env(url), dir);
            PackagedApp a2 = null;
            PackagedApp b2 = null;
            try {
                a.awaitReady(STARTUP);
                b.awaitReady(STARTUP);
                balancer.add(a.port());
                balancer.add(b.port());
                waitFor(() -> balancer.isReady(a.port()) && balancer.isReady(b.port()), Duration.ofSeconds(10), System.nanoTime());
                LoadGenerator load = new LoadGenerator(balancer::port, READS, 4, true, ADMIN_PASSWORD, Duration.ofMillis(20)).start();
                waitFor(() -> successesAfter(load, 0) >= 10, Duration.ofSeconds(60), System.nanoTime());

                long started = System.nanoTime();
                a2 = replace(a, "drill-roll-a2", url, dir, balancer);
                b2 = replace(b, "drill-roll-b2", url, dir, balancer);
                long rollMillis = millisSince(started);
                long rolled = System.nanoTime();
                waitFor(() -> successesAfter(load, rolled) >= 10, Duration.ofSeconds(60), rolled);
                load.stop();

                List<Result> results = load.results();
                List<Long> acknowledged = load.acknowledgedWrites();
                String summary = "[drill] rolling restart of 2 replicas under load: " + results.size() + " requests "
                        + statuses(results) + " during " + rollMillis + " ms of rolling, slowest " + max(results)
                        + " ms; writes acknowledged " + acknowledged.size() + ", found in the database " + countStored(url, acknowledged);
                record("rolling-restart", summary);

                assertTrue(results.size() > 30, "steady traffic: " + results.size());
                assertEquals(Map.of(), results.stream().filter(r -> r.status() / 100 != 2)
                        .collect(Collectors.groupingBy(Result::status, TreeMap::new, Collectors.counting())), "no failed request");
                assertEquals(acknowledged.size(), countStored(url, acknowledged));
            } finally {
                for (PackagedApp app : new PackagedApp[] {a, b, a2, b2}) {
                    if (app != null) {
                        app.close();
                    }
                }
            }
        }
    }

    /** What Kubernetes does for one pod with maxSurge 1 and maxUnavailable 0: new pod ready first, then SIGTERM. */
    private static PackagedApp replace(PackagedApp old, String name, String url, Path dir, ReadinessBalancer balancer) throws Exception {
        PackagedApp fresh = PackagedApp.start(name, env(url), dir);
        fresh.awaitReady(STARTUP);
        balancer.add(fresh.port());
        waitFor(() -> balancer.isReady(fresh.port()), Duration.ofSeconds(10), System.nanoTime());
        old.terminate();
        assertTrue(old.awaitExit(Duration.ofSeconds(40)), "the old replica stops within the grace period");
        balancer.remove(old.port());
        return fresh;
    }

    private static Map<String, String> env(String url) {
        return Map.of("QUARKUS_DATASOURCE_JDBC_URL", url, "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres", "INDICATORS_DEMO_DATA", "true",
                "INDICATORS_ADMIN_PASSWORD", ADMIN_PASSWORD);
    }

    private static EmbeddedPostgres postgres(Path data, int port) throws IOException {
        Files.createDirectories(data);
        return EmbeddedPostgres.builder().setDataDirectory(data.toFile()).setCleanDataDirectory(false).setPort(port).start();
    }

    private static long successesAfter(LoadGenerator load, long nanos) {
        return load.results().stream().filter(r -> r.startNanos() > nanos && r.status() / 100 == 2).count();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static long countStored(String url, List<Long> ids) throws Exception {
        if (ids.isEmpty()) {
            return 0;
        }
        String list = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             ResultSet rs = c.createStatement().executeQuery("select count(*) from actual where id in (" + list + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Milliseconds from {@code since} until the check held; -1 if it never did within the timeout. */
    private static long waitFor(Check check, Duration timeout, long since) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.ok()) {
                return millisSince(since);
            }
            Thread.sleep(100);
        }
        return -1;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static Map<Integer, Long> statuses(List<Result> results) {
        return results.stream().collect(Collectors.groupingBy(Result::status, TreeMap::new, Collectors.counting()));
    }

    private static long max(List<Result> results) {
        return results.stream().mapToLong(Result::millis).max().orElse(0);
    }

    private static long median(List<Result> results) {
        long[] sorted = results.stream().mapToLong(Result::millis).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    private static void record(String name, String summary) throws IOException {
        System.out.println(summary);
        Path dir = Files.createDirectories(Path.of("target/drills"));
        Files.writeString(dir.resolve(name + ".txt"), summary + System.lineSeparator());
    }

    @FunctionalInterface
    interface Check {
        boolean ok() throws Exception;
    }
}
