package org.indicatortracker.workspace;

import io.quarkus.runtime.Startup;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The session cookie: a random token, encrypted and given an idle expiry by Quarkus's {@link PersistentLoginManager}
 * (AES-256-GCM with a key derived from {@code quarkus.http.auth.session.encryption-key}). Every replica shares the
 * key, so any replica can read the cookie; whether the session still exists is asked of the database
 * ({@link Sessions}). The CSRF token of a session is derived from its token with a second key, so it needs no storage.
 */
@Startup
@ApplicationScoped
public class SessionCookie {

    private static final Logger LOG = Logger.getLogger(SessionCookie.class);
    private static final String GENERATED_KEY_PROPERTY = "indicator-tracker.generated-session-key";
    static final String PATH = "/api/";
    static final int MIN_KEY_LENGTH = 32;

    @Inject
    SessionConfig config;

    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> configuredKey;

    private final SecureRandom random = new SecureRandom();
    private PersistentLoginManager manager;
    private SecretKeySpec csrfKey;

    /** A cookie that decrypted and has not idled out; {@code renewal} tells the manager whether to re-issue it. */
    public record Restored(String token, PersistentLoginManager.RestoreResult renewal) {
    }

    @PostConstruct
    void init() {
        String key = configuredKey.filter(k -> !k.isBlank()).orElseGet(SessionCookie::generatedKey);
        if (key.length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("INDICATORS_SESSION_KEY (quarkus.http.auth.session.encryption-key) must have at least "
                    + MIN_KEY_LENGTH + " characters; generate one with: openssl rand -base64 32");
        }
        manager = new PersistentLoginManager(key, config.cookieName(), config.idleTimeout().toMillis(),
                config.renewAfter().toMillis(), true, CookieSameSite.STRICT.name(), PATH, -1, null);
        csrfKey = new SecretKeySpec(sha256(("csrf-token:" + key).getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
    }

    /** Without a configured key every replica (and every restart) makes its own: sessions then stay on one process. */
    private static String generatedKey() {
        String key = System.getProperty(GENERATED_KEY_PROPERTY);
        if (key == null) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            key = Base64.getEncoder().encodeToString(bytes);
            System.setProperty(GENERATED_KEY_PROPERTY, key);
            LOG.warn("INDICATORS_SESSION_KEY is not set: using a key made for this process only. Sign-ins end when it "
                    + "stops and do not carry over to other replicas; set the same INDICATORS_SESSION_KEY on every replica.");
        }
        return key;
    }

    public String cookieName() {
        return config.cookieName();
    }

    /** A fresh session token: 256 random bits. */
    public String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The cookie's session token, if the request has a cookie that decrypts and has not idled out. */
    public Optional<Restored> read(RoutingContext rc) {
        PersistentLoginManager.RestoreResult result = manager.restore(rc);
        if (result == null || result.getPrincipal() == null || result.getPrincipal().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Restored(result.getPrincipal(), result));
    }

    public void issue(RoutingContext rc, String token) {
        manager.save(token, rc, config.cookieName(), null, secure(rc));
    }

    /** Re-issues the cookie with a later expiry when it is due (at most once per {@code renew-after}). */
    public void renew(RoutingContext rc, Restored restored) {
        manager.save(restored.token(), rc, config.cookieName(), restored.renewal(), secure(rc));
    }

    public void clear(RoutingContext rc) {
        rc.response().addCookie(Cookie.cookie(config.cookieName(), "").setPath(PATH).setMaxAge(0)
                .setHttpOnly(true).setSameSite(CookieSameSite.STRICT).setSecure(secure(rc)));
    }

    /** The CSRF token of a session: HMAC-SHA256 of its token, so it can be checked without a database read. */
    public String csrfToken(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(csrfKey);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison of a sent CSRF token with the session's. */
    public boolean csrfMatches(String token, String sent) {
        return sent != null && MessageDigest.isEqual(csrfToken(token).getBytes(StandardCharsets.US_ASCII),
                sent.trim().getBytes(StandardCharsets.US_ASCII));
    }

    /** What the database keeps of a token. */
    public static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.UTF_8)));
    }

    private boolean secure(RoutingContext rc) {
        return config.forceSecureCookie() || rc.request().isSSL();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
