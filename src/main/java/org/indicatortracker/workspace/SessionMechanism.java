package org.indicatortracker.workspace;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.BaseAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates browser requests by the session cookie. A request with an {@code Authorization} header is left to
 * HTTP Basic (scripts), so it never rides on the cookie. A cookie whose session has ended makes the request
 * anonymous (and the cookie is cleared): public reads keep working, changes get a 401. This mechanism never
 * redirects.
 */
@ApplicationScoped
public class SessionMechanism implements HttpAuthenticationMechanism {

    @Inject
    SessionCookie cookies;

    /** A session token from the cookie, to be checked against {@code user_session}. */
    public static final class SessionRequest extends BaseAuthenticationRequest {
        private final String tokenHash;

        SessionRequest(String token) {
            this.tokenHash = SessionCookie.hash(token);
        }

        public String tokenHash() {
            return tokenHash;
        }
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext rc, IdentityProviderManager identityProviderManager) {
        if (rc.request().headers().contains(HttpHeaders.AUTHORIZATION)) {
            return Uni.createFrom().nullItem();
        }
        Optional<SessionCookie.Restored> restored = cookies.read(rc);
        if (restored.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        SessionRequest request = new SessionRequest(restored.get().token());
        HttpSecurityUtils.setRoutingContextAttribute(request, rc);
        return identityProviderManager.authenticate(request)
                .onItem().invoke(identity -> cookies.renew(rc, restored.get()))
                .onFailure(AuthenticationFailedException.class).recoverWithUni(() -> {
                    cookies.clear(rc);
                    return Uni.createFrom().nullItem();
                });
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, cookies.cookieName()));
    }
}
