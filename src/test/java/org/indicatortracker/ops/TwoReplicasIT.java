package org.indicatortracker.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indicatortracker.support.PackagedApp;
import org.indicatortracker.support.PostgresResource;
import org.indicatortracker.support.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two replicas of the packaged application against one database, with every job scheduled every few seconds:
 * each trigger is done by exactly one of them, a verdict change is recorded and sent to the webhook once, and a
 * write made on one replica is served by the other at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {

    private static final Duration STARTUP = Duration.ofSeconds(300);
    private static final String ADMIN_PASSWORD = "two-replicas-admin";
    private static final String SECRET = "webhook-secret";

    private static EmbeddedPostgres pg;
    private static WebhookReceiver hook;
    private static PackagedApp a;
    private static PackagedApp b;
    private static String url;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        pg = PostgresResource.startEmbedded();
        hook = new WebhookReceiver();
        url = pg.getJdbcUrl("postgres", "postgres");
        Map<String, String> env = new HashMap<>(Map.of("QUARKUS_DATASOURCE_JDBC_URL", url,
                "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "INDICATORS_DEMO_DATA", "true", "INDICATORS_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "INDICATORS_WEBHOOK_URL", hook.url(), "INDICATORS_WEBHOOK_SECRET", SECRET));
        env.put("INDICATORS_JOBS_REVISION_WATCH_CRON", "*/2 * * * * ?");
        env.put("INDICATORS_JOBS_WEBHOOK_DELIVERY_CRON", "1/2 * * * * ?");
        env.put("INDICATORS_JOBS_MISSING_OUTCOMES_CRON", "*/3 * * * * ?");
        env.put("INDICATORS_JOBS_HOUSEKEEPING_CRON", "*/5 * * * * ?");
        env.put("INDICATORS_SHUTDOWN_DELAY", "1s");
        Path dir = Files.createTempDirectory("it-replicas");
        a = PackagedApp.start("replica-a", env, dir);
        b = PackagedApp.start("replica-b", env, dir);
        a.awaitReady(STARTUP);
        b.awaitReady(STARTUP);
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {a, b, hook, pg}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    @Order(1)
    void eachTriggerOfAJobRunsOnExactlyOneReplica() throws Exception {
        long start = count("select count(*) from job_run where job = 'revision-watch'");
        await("six more revision-watch triggers", Duration.ofSeconds(90),
                () -> count("select count(*) from job_run where job = 'revision-watch'") >= start + 6);

        long before = count("select count(*) from job_run where job = 'revision-watch'");
        Map<String, Double> metricsA = jobRuns(a, "revision-watch");
        Map<String, Double> metricsB = jobRuns(b, "revision-watch");
        long after = count("select count(*) from job_run where job = 'revision-watch'");

        double ran = metricsA.getOrDefault("ran", 0.0) + metricsB.getOrDefault("ran", 0.0);
        double skipped = metricsA.getOrDefault("skipped", 0.0) + metricsB.getOrDefault("skipped", 0.0);
        assertTrue(ran >= before && ran <= after, "the runs the replicas report (" + ran + ") are the recorded runs ("
                + before + ".." + after + "): no trigger ran twice");
        assertTrue(skipped >= 1, "the replica that came second skipped (" + metricsA + " / " + metricsB + ")");
        assertEquals(0, count("select count(*) from job_run where status <> 'succeeded' and run_key not like 'manual:%'"),
                "every run succeeded");
        assertEquals(0, count("select count(*) from job_run where job = 'revision-watch' and run_key !~ ':[0-5][02468]Z$'"),
                "run keys are the scheduled even seconds, the same on both replicas");
        assertTrue(count("select count(*) from job_run where job = 'missing-outcomes'") >= 1);
        assertTrue(count("select count(*) from job_run where job = 'housekeeping'") >= 1);
    }

    @Test
    @Order(2)
    void aVerdictChangedOnOneReplicaIsRecordedOnceAndSentToTheWebhookOnce() throws Exception {
        // The national GDP target for 2023 was "around 5%"; the preliminary 5.2% met it. A final 4.2% misses it.
        HttpResponse<String> created = a.post("/api/v1/actuals", "{\"region\":\"CN\",\"indicator\":\"gdp_growth\",\"year\":2023,"
                + "\"vintage\":\"final\",\"value\":4.2,\"publishedOn\":\"2024-12-30\"}", "admin", ADMIN_PASSWORD);
        assertEquals(201, created.statusCode(), created.body());

        await("the update reaches the webhook", Duration.ofSeconds(60), () -> hook.deliveries().stream()
                .anyMatch(d -> d.body().contains("\"region\":\"CN\"") && d.body().contains("\"year\":2023")));
        long runs = count("select count(*) from job_run where job in ('revision-watch', 'webhook-delivery')");
        await("four more watch and delivery triggers", Duration.ofSeconds(60),
                () -> count("select count(*) from job_run where job in ('revision-watch', 'webhook-delivery')") >= runs + 4);

        assertEquals(1, count("select count(*) from update_event where region_code = 'CN' and indicator_key = 'gdp_growth' "
                + "and year = 2023 and previous_verdict = 'met' and verdict = 'missed'"), "recorded once");
        List<WebhookReceiver.Delivery> sent = hook.deliveries().stream()
                .filter(d -> d.body().contains("\"region\":\"CN\"") && d.body().contains("\"year\":2023")).toList();
        assertEquals(1, sent.size(), "sent once");
        WebhookReceiver.Delivery d = sent.get(0);
        assertEquals(hmac(SECRET, d.body()), d.header("X-Indicator-Tracker-Signature"), "signed with the shared secret");
        assertEquals("delivered", text("select webhook_state from update_event where region_code = 'CN' and year = 2023 and verdict = 'missed'"));
        assertTrue(b.get("/feeds/updates.atom?region=CN").body().contains("met → missed"), "the other replica's feed shows it");
    }

    @Test
    @Order(3)
    void aWriteOnOneReplicaIsServedByTheOtherWithinASecond() throws Exception {
        HttpResponse<String> created = a.post("/api/v1/actuals", "{\"region\":\"230700\",\"indicator\":\"gdp_growth\",\"year\":2022,"
                + "\"vintage\":\"preliminary\",\"value\":3.9,\"publishedOn\":\"2023-03-20\"}", "admin", ADMIN_PASSWORD);
        assertEquals(201, created.statusCode(), created.body());
        long written = System.nanoTime();
        String path = "/api/v1/actuals?region=230700&indicator=gdp_growth&year=2022";
        boolean seen = false;
        while (!seen && System.nanoTime() - written < Duration.ofSeconds(1).toNanos()) {
            seen = b.get(path).body().contains("\"vintage\":\"preliminary\"");
        }
        long millis = (System.nanoTime() - written) / 1_000_000;
        System.out.println("[drill] two replicas: a write on A was served by B after " + millis + " ms");
        assertTrue(seen, "replica B serves the new outcome within a second (" + millis + " ms)");
    }

    private static Map<String, Double> jobRuns(PackagedApp app, String job) throws Exception {
        String metrics = app.get("/q/metrics").body();
        Matcher m = Pattern.compile("(?m)^indicators_job_runs_total\\{job_name=\"" + job + "\",outcome=\"(\\w+)\"} (\\S+)$").matcher(metrics);
        Map<String, Double> runs = new HashMap<>();
        while (m.find()) {
            runs.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return runs;
    }

    private static String hmac(String secret, String body) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String text(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void await(String what, Duration timeout, Check check) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (check.ok()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Timed out waiting for " + what + "\nA:\n" + a.logTail() + "\nB:\n" + b.logTail());
    }

    @FunctionalInterface
    interface Check {
        boolean ok() throws Exception;
    }
}
