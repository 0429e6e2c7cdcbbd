package org.indicatortracker.workspace;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.account.SignInThrottle;
import org.indicatortracker.account.UserAccount;
import org.indicatortracker.system.ApiException;
import org.jboss.logging.Logger;

/**
 * Sign-in through the government's identity provider (OpenID Connect), when it is configured. The identity provider
 * only vouches for a user name: this endpoint finds the local, enabled account of that name and opens an ordinary
 * workspace session for it (same cookie, table and CSRF token as a password sign-in), so roles, region limits,
 * disabling and "sign out everywhere" work exactly as for password accounts. The OIDC session itself is ended at
 * once; its cookies are scoped to {@code /sso}, so no other path ever accepts them.
 *
 * <p>Outside {@code /api} on purpose: this is the one address that redirects (to the identity provider and back).
 */
@Path("/sso")
@Tag(name = "Session")
public class SingleSignOn {

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class);
    /** Where the browser starts single sign-on (also the redirect URI registered at the identity provider). */
    public static final String START = "/sso/start";
    /** Single sign-on is on when the OIDC tenant is: {@code INDICATORS_OIDC_ENABLED}. */
    public static final String ENABLED = "quarkus.oidc.tenant-enabled";
    static final String WORKSPACE = "/workspace/";
    static final String REFUSED = "/workspace/sign-in.html?sso=refused";
    static final String ENGLISH = "en";

    @ConfigProperty(name = ENABLED, defaultValue = "false")
    boolean enabled;

    @Inject
    SecurityIdentity identity;

    @Inject
    OidcSession oidcSession;

    @Inject
    Sessions sessions;

    @Inject
    RoutingContext rc;

    @GET
    @Path("start")
    @Operation(summary = "Single sign-on: sends the browser to the identity provider, then opens a workspace session "
            + "for the local account of the same user name (only when INDICATORS_OIDC_ENABLED=true)")
    @APIResponse(responseCode = "302", description = "To the identity provider (the first time) or back from it")
    @APIResponse(responseCode = "303", description = "Signed in: to /workspace/; no enabled local account of that "
            + "name: to the sign-in page, which says so")
    @APIResponse(responseCode = "404", description = "Single sign-on is not configured")
    public Response start(@QueryParam("lang") String lang) {
        boolean english = ENGLISH.equals(lang);
        if (!enabled || identity.isAnonymous()) {
            throw ApiException.notFound("Single sign-on is not configured here: sign in with a user name and password.");
        }
        String username = identity.getPrincipal().getName();
        String address = SignInThrottle.clientAddress(rc);
        oidcSession.logout().await().indefinitely();
        Optional<Long> account = QuarkusTransaction.requiringNew().call(() -> UserAccount.byUsername(username)
                .filter(u -> u.enabled).map(u -> u.id));
        if (account.isEmpty()) {
            LOG.warnf("Single sign-on refused for '%s' from %s: no enabled local account of that name",
                    SignInThrottle.forLog(username), address);
            return seeOther(REFUSED + (english ? "&lang=en" : ""));
        }
        sessions.start(rc, account.get(), true);
        LOG.infof("Single sign-on: account '%s' signed in from %s", SignInThrottle.forLog(username), address);
        return seeOther(WORKSPACE + (english ? "?lang=en" : ""));
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).header("Cache-Control", "no-store").build();
    }
}
