package org.indicatortracker.workspace;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.indicatortracker.account.AccountIdentity;
import org.indicatortracker.account.BrowserSession;
import org.indicatortracker.account.SignInThrottle;
import org.indicatortracker.account.UserAccount;

/**
 * The database side of browser sessions. A session is valid while its row exists, it is younger than
 * {@code indicators.session.max-age} and its account is enabled; every replica asks here on every request that needs
 * the identity, so ending a session takes effect everywhere at once.
 */
@ApplicationScoped
@Transactional
public class Sessions {

    @Inject
    SessionConfig config;

    @Inject
    SessionCookie cookies;

    /**
     * Signs a browser in as an account (after a password or single sign-on check): a new session row and its cookie
     * on the response. Returns the session's token.
     */
    public String start(RoutingContext rc, long userId, boolean singleSignOn) {
        String token = cookies.newToken();
        BrowserSession s = new BrowserSession();
        s.tokenHash = SessionCookie.hash(token);
        s.userId = userId;
        s.createdAt = Instant.now();
        s.clientAddress = cut(SignInThrottle.clientAddress(rc), 64);
        s.userAgent = cut(rc.request().getHeader(HttpHeaders.USER_AGENT), 300);
        s.singleSignOn = singleSignOn;
        s.persist();
        cookies.issue(rc, token);
        return token;
    }

    /** The identity of a live session, or empty when it ended, expired or its account was disabled. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<SecurityIdentity> identity(String tokenHash) {
        BrowserSession s = BrowserSession.findById(tokenHash);
        if (s == null || s.createdAt.isBefore(Instant.now().minus(config.maxAge()))) {
            return Optional.empty();
        }
        return UserAccount.byId(s.userId).filter(u -> u.enabled).map(u -> AccountIdentity.of(u, tokenHash));
    }

    /** Ends one session; true when it had been opened through single sign-on. */
    public boolean close(String tokenHash) {
        BrowserSession s = BrowserSession.findById(tokenHash);
        if (s == null) {
            return false;
        }
        s.delete();
        return s.singleSignOn;
    }

    public long purgeExpired() {
        return BrowserSession.delete("createdAt < ?1", Instant.now().minus(config.maxAge()));
    }

    private static String cut(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() > max ? text.substring(0, max) : text;
    }
}
