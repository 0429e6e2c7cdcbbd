package org.indicatortracker.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Checks a user name and password, for HTTP Basic (scripts) and for the workspace's sign-in alike: throttled per
 * (account, client address), refused for disabled accounts, and every failure logged.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(PasswordIdentityProvider.class);

    @Inject
    SignInThrottle throttle;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        String address = SignInThrottle.clientAddress(HttpSecurityUtils.getRoutingContextAttribute(request));
        return context.runBlocking(() -> check(request.getUsername(), new String(request.getPassword().getPassword()), address));
    }

    SecurityIdentity check(String username, String password, String address) {
        SignInThrottle.Decision decision = throttle.admit(username, address);
        if (decision.admission() == SignInThrottle.Admission.BLOCKED) {
            SignInThrottledException e = new SignInThrottledException(decision.retryAfter());
            LOG.warnf("Sign-in refused without checking the password: too many failures for account '%s' from %s; retry in %d s",
                    SignInThrottle.forLog(username), address, e.retryAfterSeconds());
            throw e;
        }
        Optional<Candidate> found = QuarkusTransaction.requiringNew().call(() -> UserAccount.byUsername(username)
                .map(u -> new Candidate(u.passwordHash, u.enabled, AccountIdentity.of(u, null))));
        boolean passwordOk = Passwords.matches(password, found.map(Candidate::hash).orElse(null));
        if (!passwordOk || !found.get().enabled()) {
            String reason = found.isEmpty() ? "no such account" : !passwordOk ? "wrong password" : "account disabled";
            throttle.failed(username, address, decision);
            LOG.warnf("Sign-in failed for account '%s' from %s: %s", SignInThrottle.forLog(username), address, reason);
            throw new AuthenticationFailedException();
        }
        throttle.succeeded(username, address, decision);
        return found.get().identity();
    }

    private record Candidate(String hash, boolean enabled, SecurityIdentity identity) {
    }
}
