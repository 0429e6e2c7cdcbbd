package org.indicatortracker.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.indicatortracker.support.PackagedApp;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/**
 * Several replicas of the packaged application against one database, as in production: a browser session works on
 * every replica that shares the session key, signing out on one ends it on all, and failed sign-ins are counted
 * across replicas.
 */
class SessionAcrossReplicasIT {

    private static final Duration STARTUP = Duration.ofSeconds(120);
    private static final String KEY = "it-shared-session-key-0123456789abcdef";
    private static final Pattern TOKEN = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

    @Test
    void sessionsAndSignInCountsAreSharedByEveryReplica() throws Exception {
        try (EmbeddedPostgres pg = PostgresResource.startEmbedded()) {
            Map<String, String> env = new HashMap<>(Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", pg.getJdbcUrl("postgres", "postgres"),
                    "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                    "INDICATORS_DEMO_DATA", "true", "INDICATORS_ADMIN_PASSWORD", "replica-admin-password",
                    "INDICATORS_SESSION_KEY", KEY));
            Map<String, String> ownKey = new HashMap<>(env);
            ownKey.remove("INDICATORS_SESSION_KEY");
            try (PackagedApp a = PackagedApp.start("replica-a", env, Files.createTempDirectory("it-a"));
                 PackagedApp b = PackagedApp.start("replica-b", env, Files.createTempDirectory("it-b"));
                 PackagedApp lone = PackagedApp.start("replica-own-key", ownKey, Files.createTempDirectory("it-c"))) {
                a.awaitReady(STARTUP);
                b.awaitReady(STARTUP);
                lone.awaitReady(STARTUP);

                HttpResponse<String> signIn = a.send("POST", "/api/v1/session",
                        "{\"username\":\"admin\",\"password\":\"replica-admin-password\"}", Map.of());
                assertEquals(200, signIn.statusCode(), signIn.body());
                String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
                Matcher token = TOKEN.matcher(signIn.body());
                assertTrue(token.find());
                Map<String, String> session = Map.of("Cookie", cookie, "X-CSRF-Token", token.group(1));

                assertEquals(200, b.send("GET", "/api/v1/session", null, Map.of("Cookie", cookie)).statusCode(),
                        "the other replica reads the cookie");
                assertEquals(201, b.send("POST", "/api/v1/sources", "{\"title\":\"跨副本测试\",\"kind\":\"other\"}", session)
                        .statusCode(), "and accepts the session's CSRF token");
                assertEquals(401, lone.send("GET", "/api/v1/session", null, Map.of("Cookie", cookie)).statusCode(),
                        "a replica with another key cannot read the cookie");
                assertTrue(lone.log().contains("INDICATORS_SESSION_KEY is not set"), "and says why");

                assertEquals(204, a.send("DELETE", "/api/v1/session", null, session).statusCode());
                assertEquals(401, b.send("GET", "/api/v1/session", null, Map.of("Cookie", cookie)).statusCode(),
                        "signing out on one replica ends the session on the others");

                String wrong = "{\"username\":\"admin\",\"password\":\"not-the-password\"}";
                for (PackagedApp replica : new PackagedApp[] {a, b, a, b, a}) {
                    assertEquals(401, replica.send("POST", "/api/v1/session", wrong, Map.of()).statusCode());
                }
                HttpResponse<String> blocked = b.send("POST", "/api/v1/session",
                        "{\"username\":\"admin\",\"password\":\"replica-admin-password\"}", Map.of());
                assertEquals(429, blocked.statusCode(), "five failures spread over two replicas count together");
                assertTrue(blocked.headers().firstValue("Retry-After").isPresent());
            }
        }
    }
}
