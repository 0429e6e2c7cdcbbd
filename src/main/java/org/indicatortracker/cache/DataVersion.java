package org.indicatortracker.cache;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * This replica's view of the database's data version (table {@code data_version}, bumped by a trigger on every
 * write and announced with NOTIFY at commit). A background thread LISTENs on its own connection, so reading the
 * version never costs a database round trip; it also re-reads the version every few seconds in case a
 * notification was missed, and notices within a second when the database goes away and comes back.
 */
@ApplicationScoped
public class DataVersion {

    private static final Logger LOG = Logger.getLogger(DataVersion.class);
    private static final int POLL_MILLIS = 250;
    private static final long RECHECK_NANOS = 5_000_000_000L;

    private final AtomicLong version = new AtomicLong(-1);
    private final AtomicBoolean databaseUp = new AtomicBoolean(false);
    private volatile boolean running;
    private long lastComplaint;
    private Thread watcher;

    void start(@Observes @Priority(30) StartupEvent event) {
        running = true;
        try (Connection c = connect()) {
            version.set(read(c));
            databaseUp.set(true);
        } catch (SQLException e) {
            LOG.warnf("Data version not readable at start (%s); caches stay cold until the database answers", e.getMessage());
        }
        watcher = new Thread(this::watch, "data-version-listener");
        watcher.setDaemon(true);
        watcher.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (watcher != null) {
            watcher.interrupt();
        }
    }

    /** The latest data version this replica knows of; -1 before the database was ever reached. */
    public long current() {
        return version.get();
    }

    /** False while the listening connection is lost: the database is (probably) unreachable. */
    public boolean databaseUp() {
        return databaseUp.get();
    }

    private void watch() {
        while (running) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("LISTEN data_version");
                update(read(c));
                if (databaseUp.compareAndSet(false, true)) {
                    LOG.info("Database reachable again: caches follow the data version again");
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                long lastRead = System.nanoTime();
                while (running) {
                    PGNotification[] notes = pg.getNotifications(POLL_MILLIS);
                    if (notes != null) {
                        for (PGNotification n : notes) {
                            update(Long.parseLong(n.getParameter()));
                        }
                    }
                    if (System.nanoTime() - lastRead > RECHECK_NANOS) {
                        update(read(c)); // also proves the connection is alive
                        lastRead = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (databaseUp.compareAndSet(true, false)) {
                    LOG.warnf("Database unreachable (%s): serving cached responses as stale, others get 503", e.getMessage());
                } else if (System.nanoTime() - lastComplaint > 10_000_000_000L) {
                    LOG.infof("Database still unreachable: %s", e.getMessage());
                    lastComplaint = System.nanoTime();
                }
                sleep(500);
            }
        }
    }

    private void update(long seen) {
        version.accumulateAndGet(seen, Math::max);
    }

    private static long read(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select version from data_version where id = 1")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null);
        java.util.Properties props = new java.util.Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "2");
        props.setProperty("socketTimeout", "10");
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("ApplicationName", "indicator-tracker data-version listener");
        return DriverManager.getConnection(url, props);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
