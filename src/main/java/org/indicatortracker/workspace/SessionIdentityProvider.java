package org.indicatortracker.workspace;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.indicatortracker.workspace.SessionMechanism.SessionRequest;

/** Turns a session token into the account's identity, if the session still exists (see {@link Sessions}). */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionRequest> {

    @Inject
    Sessions sessions;

    @Override
    public Class<SessionRequest> getRequestType() {
        return SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.identity(request.tokenHash())
                .orElseThrow(AuthenticationFailedException::new));
    }
}
