package org.indicatortracker.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The zero-setup database: when nothing else configures {@code quarkus.datasource.jdbc.url}, this low-priority
 * config source starts an embedded PostgreSQL whose data directory survives restarts, and answers with its URL.
 *
 * <p>It only lives in builds made with the default {@code embedded-db} Maven profile; a production build
 * ({@code -Dprod}) leaves it and the PostgreSQL binaries out, so a missing URL fails fast there.
 *
 * <p>The started URL is kept in a JVM-wide system property: {@code quarkus:dev} loads this class again on every
 * live reload, and a static field would start a second server each time.
 */
public class EmbeddedPostgresConfigSource implements ConfigSource {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    private static final String STARTED_URL = "indicator-tracker.embedded-postgres.url";
    private static final String DISABLED = "INDICATORS_EMBEDDED_DB";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSource.class.getName());
    private static final Map<String, String> CREDENTIALS = Map.of(
            "quarkus.datasource.username", "postgres",
            "quarkus.datasource.password", "postgres");

    @Override
    public int getOrdinal() {
        return 10; // below every real source: an env var, system property or application.properties wins
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(URL_KEY, "quarkus.datasource.username", "quarkus.datasource.password");
    }

    @Override
    public String getValue(String name) {
        if (URL_KEY.equals(name)) {
            return "false".equalsIgnoreCase(System.getenv(DISABLED)) || duringBuild() ? null : startedUrl();
        }
        return CREDENTIALS.get(name);
    }

    @Override
    public String getName() {
        return "embedded-postgresql";
    }

    /** The Quarkus build (augmentation) reads configuration too; a database is only wanted at run time. */
    private static boolean duringBuild() {
        if (System.getProperty(STARTED_URL) != null) {
            return false;
        }
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(f -> {
            String type = f.getClassName();
            return type.startsWith("io.quarkus.builder.") || type.contains(".deployment.");
        }));
    }

    private static synchronized String startedUrl() {
        String url = System.getProperty(STARTED_URL);
        if (url != null) {
            return url;
        }
        File dataDir = dataDirectory();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .start();
            url = postgres.getJdbcUrl("postgres", "postgres");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is going away; nothing useful left to do
                }
            }, "embedded-postgres-stop"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir
                    + ". Set QUARKUS_DATASOURCE_JDBC_URL to use an external server instead.", e);
        }
        LOG.info("No datasource URL configured: started an embedded PostgreSQL on port "
                + url.replaceAll(".*:(\\d+)/.*", "$1") + " with data in " + dataDir.getAbsolutePath()
                + " (kept across restarts; set QUARKUS_DATASOURCE_JDBC_URL to use another server)");
        System.setProperty(STARTED_URL, url);
        return url;
    }

    private static File dataDirectory() {
        String configured = System.getenv("INDICATORS_EMBEDDED_DATA_DIR");
        File dir = configured != null && !configured.isBlank()
                ? new File(configured)
                : new File(System.getProperty("user.dir"), ".indicator-tracker/pgdata");
        if (!dir.isDirectory() && !dir.mkdirs()) {
            throw new IllegalStateException("Cannot create the embedded PostgreSQL data directory " + dir);
        }
        return dir;
    }
}
