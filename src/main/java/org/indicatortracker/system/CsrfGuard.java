package org.indicatortracker.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.indicatortracker.workspace.SessionCookie;

/**
 * Cross-site request forgery protection for every state-changing request, whatever endpoint it goes to:
 * <ul>
 * <li>a browser request marked {@code Sec-Fetch-Site: cross-site} may not change anything (this also covers Basic
 * credentials a browser might have remembered);</li>
 * <li>a request that rides on the session cookie must carry the session's token in {@code X-CSRF-Token} (the
 * synchronizer-token pattern; the token is an HMAC of the session, see {@link SessionCookie#csrfToken});</li>
 * <li>a request with an {@code Authorization} header (a script) does not ride on the cookie and needs no token;
 * neither does the sign-in itself, which has no session yet.</li>
 * </ul>
 * Refusals are 403 problem details.
 */
@ApplicationScoped
public class CsrfGuard {

    public static final String HEADER = "X-CSRF-Token";
    static final String SIGN_IN_PATH = "/api/v1/session";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    @Inject
    SessionCookie cookies;

    @Inject
    ObjectMapper json;

    void register(@Observes Filters filters) {
        filters.register(this::check, SecurityHeaders.PRIORITY - 1);
    }

    void check(RoutingContext rc) {
        if (SAFE.contains(rc.request().method())) {
            rc.next();
            return;
        }
        if ("cross-site".equalsIgnoreCase(rc.request().getHeader("Sec-Fetch-Site"))) {
            refuse(rc, "Changes cannot be sent from another web site.");
            return;
        }
        if (rc.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            rc.next();
            return;
        }
        boolean signIn = rc.request().method() == HttpMethod.POST && SIGN_IN_PATH.equals(rc.normalizedPath());
        Optional<SessionCookie.Restored> session = signIn ? Optional.empty() : cookies.read(rc);
        if (session.isPresent() && !cookies.csrfMatches(session.get().token(), rc.request().getHeader(HEADER))) {
            refuse(rc, "This change rides on your browser session but lacks its CSRF token: send the csrfToken of "
                    + "GET /api/v1/session in the " + HEADER + " header. Scripts should use HTTP Basic instead.");
            return;
        }
        rc.next();
    }

    private void refuse(RoutingContext rc, String detail) {
        String body;
        try {
            body = json.writeValueAsString(Problem.of(403, "Forbidden", detail).at(rc.normalizedPath()));
        } catch (JsonProcessingException e) {
            body = "{\"status\":403}";
        }
        rc.request().resume();
        rc.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
    }
}
