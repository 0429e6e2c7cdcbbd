package org.indicatortracker.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.indicatortracker.support.PackagedApp;
import org.indicatortracker.support.PostgresResource;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar runs the production profile. These start it as separate processes, the way operators do:
 * two instances at once against one database, and one with no database configured at all.
 */
class PackagedStartIT {

    private static final Duration STARTUP = Duration.ofSeconds(90);

    @Test
    void twoInstancesStartingTogetherCreateTheAdminAndDemoDataExactlyOnce() throws Exception {
        try (EmbeddedPostgres pg = PostgresResource.startEmbedded()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Map<String, String> env = Map.of("QUARKUS_DATASOURCE_JDBC_URL", url,
                    "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                    "INDICATORS_DEMO_DATA", "true", "INDICATORS_ADMIN_PASSWORD", "a-long-admin-password");
            Path dir = Files.createTempDirectory("it-twin");
            try (PackagedApp a = PackagedApp.start("twin-a", env, dir); PackagedApp b = PackagedApp.start("twin-b", env, dir)) {
                a.awaitReady(STARTUP);
                b.awaitReady(STARTUP);
                try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
                    assertEquals(1, count(c, "select count(*) from app_user"), "one first admin");
                    assertEquals(3, count(c, "select count(*) from region"), "regions loaded once");
                    assertEquals(37, count(c, "select count(*) from target"), "targets loaded once");
                    assertEquals(0, count(c, "select count(*) from (select region_code, indicator_key, year, vintage, published_on "
                            + "from actual group by 1, 2, 3, 4, 5 having count(*) > 1) d"), "no outcome twice");
                }
                assertEquals(200, a.get("/api/v1/regions/230700").statusCode());
                assertEquals(200, b.get("/api/v1/regions/230700").statusCode());
                // the production profile keeps the API docs and metrics on the main port
                assertEquals(200, a.get("/q/swagger-ui/").statusCode());
                assertTrue(a.get("/q/openapi").body().contains("/api/v1/targets"));
                assertEquals(200, a.get("/q/metrics").statusCode());
            }
        }
    }

    @Test
    void productionProfileStartsWithoutDemoDataUnlessAsked() throws Exception {
        try (EmbeddedPostgres pg = PostgresResource.startEmbedded()) {
            String url = pg.getJdbcUrl("postgres", "postgres");
            Map<String, String> env = Map.of("QUARKUS_DATASOURCE_JDBC_URL", url,
                    "QUARKUS_DATASOURCE_USERNAME", "postgres", "QUARKUS_DATASOURCE_PASSWORD", "postgres");
            try (PackagedApp app = PackagedApp.start("prod-empty", env, Files.createTempDirectory("it-prod"))) {
                app.awaitReady(STARTUP);
                assertEquals("[]", app.get("/api/v1/regions").body());
                assertTrue(app.log().contains("generated password"), "a generated admin password is printed once");
            }
        }
    }

    @Test
    void withNoDatabaseConfiguredTheJarStartsAnEmbeddedOneThatKeepsItsData() throws Exception {
        Path dir = Files.createTempDirectory("it-embedded");
        Map<String, String> env = Map.of("INDICATORS_DEMO_DATA", "true",
                "INDICATORS_EMBEDDED_DATA_DIR", dir.resolve("pgdata").toString());
        try (PackagedApp app = PackagedApp.start("embedded-1", env, dir)) {
            app.awaitReady(STARTUP);
            assertTrue(app.log().contains("started an embedded PostgreSQL"), "the log says so");
            assertTrue(app.get("/api/v1/regions").body().contains("伊春市"));
        }
        try (PackagedApp again = PackagedApp.start("embedded-2", Map.of("INDICATORS_EMBEDDED_DATA_DIR",
                dir.resolve("pgdata").toString()), dir)) {
            again.awaitReady(STARTUP);
            assertTrue(again.get("/api/v1/regions").body().contains("伊春市"), "data survives a restart");
            assertTrue(!again.log().contains("Loaded the demo data"), "nothing is loaded twice");
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
