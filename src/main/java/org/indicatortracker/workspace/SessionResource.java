package org.indicatortracker.workspace;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.Authenticated;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.indicatortracker.account.AccountIdentity;
import org.indicatortracker.account.BrowserSession;
import org.indicatortracker.publication.PublicationPolicy;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Problem;

/**
 * Sign-in, the current session and sign-out for the workspace in the browser. Scripts do not need this: they send
 * HTTP Basic credentials with each request.
 */
@Path("/api/v1/session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Session", description = "Browser sign-in for the planners' workspace (scripts use HTTP Basic instead)")
public class SessionResource {

    @Inject
    IdentityProviderManager identityProviderManager;

    @Inject
    SecurityIdentity identity;

    @Inject
    SessionCookie cookies;

    @Inject
    Sessions sessions;

    @Inject
    ProviderSignOut providerSignOut;

    @Inject
    PublicationPolicy publication;

    /** The current request (request-scoped); a field rather than a parameter, which OpenAPI would take for a body. */
    @Inject
    RoutingContext rc;

    @ConfigProperty(name = SingleSignOn.ENABLED, defaultValue = "false")
    boolean singleSignOn;

    @Schema(name = "SignIn", example = """
            {"username":"planner-yichun","password":"correct horse battery"}""")
    public record SignInInput(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
    }

    @Schema(name = "Session", description = "Who is signed in. csrfToken must be sent as X-CSRF-Token with every "
            + "change made on this session.")
    public record SessionView(String username, List<String> roles, List<String> regions, String csrfToken,
                              @Schema(description = "Whether publishing needs a second editor's approval "
                                      + "(published figures are then changed only through draft changes)")
                              boolean approvalRequired) {
    }

    @Schema(name = "SignInOptions", description = "How one can sign in here. singleSignOnPath is where the browser "
            + "starts single sign-on (OpenID Connect), when it is configured.")
    public record SignInOptions(boolean password, boolean singleSignOn, String singleSignOnPath) {
    }

    @GET
    @Path("options")
    @Operation(summary = "How one can sign in: a password always, single sign-on when an identity provider is configured")
    public SignInOptions options() {
        return new SignInOptions(true, singleSignOn, singleSignOn ? SingleSignOn.START : null);
    }

    @POST
    @Operation(summary = "Sign in: sets the session cookie and returns the CSRF token for later changes")
    @APIResponse(responseCode = "200", description = "Signed in")
    @APIResponse(responseCode = "401", description = "Wrong user name or password, or the account is disabled")
    @APIResponse(responseCode = "429", description = "Too many failed attempts for this account from this address; see Retry-After")
    public SessionView signIn(@Valid @NotNull SignInInput in) {
        UsernamePasswordAuthenticationRequest request = new UsernamePasswordAuthenticationRequest(in.username().trim(),
                new PasswordCredential(in.password().toCharArray()));
        HttpSecurityUtils.setRoutingContextAttribute(request, rc);
        SecurityIdentity signedIn;
        try {
            signedIn = identityProviderManager.authenticateBlocking(request);
        } catch (AuthenticationFailedException e) {
            throw new ApiException(Problem.of(401, "Sign-in failed",
                    "The user name or password is wrong, or the account is disabled."));
        }
        return view(signedIn, sessions.start(rc, AccountIdentity.accountId(signedIn), false));
    }

    @GET
    @Authenticated
    @Operation(summary = "The signed-in account (session or HTTP Basic), its roles and region limit, and the CSRF token")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public SessionView current() {
        String token = AccountIdentity.sessionHash(identity) == null ? null
                : cookies.read(rc).map(SessionCookie.Restored::token).orElse(null);
        return view(identity, token);
    }

    @Schema(name = "SignedOut", description = "Answer to signing out of a session that single sign-on opened")
    public record SignedOut(@Schema(description = "The identity provider's sign-out address: send the browser there so "
            + "that it is signed out at the provider too; the provider sends it back to the sign-in page") String providerSignOut) {
    }

    @DELETE
    @Transactional
    @Operation(summary = "Sign out: ends this session (everywhere=true: every session of the account) on every replica")
    @APIResponse(responseCode = "204", description = "Signed out (also when no session was active)")
    @APIResponse(responseCode = "200", description = "Signed out of a session that single sign-on opened: also sign out at "
            + "the identity provider (providerSignOut)")
    public Response signOut(@QueryParam("everywhere") boolean everywhere) {
        boolean viaProvider = false;
        if (!identity.isAnonymous()) {
            String hash = AccountIdentity.sessionHash(identity);
            Long account = AccountIdentity.accountId(identity);
            if (hash != null) {
                viaProvider = sessions.close(hash);
            }
            if (everywhere && account != null) {
                BrowserSession.endAll(account);
            }
        }
        cookies.clear(rc);
        Optional<String> provider = viaProvider ? providerSignOut.address(rc) : Optional.empty();
        return provider.map(address -> Response.ok(new SignedOut(address)).build()).orElseGet(() -> Response.noContent().build());
    }

    private SessionView view(SecurityIdentity id, String token) {
        return new SessionView(id.getPrincipal().getName(), id.getRoles().stream().sorted().toList(),
                AccountIdentity.regions(id).stream().sorted().toList(), token == null ? null : cookies.csrfToken(token),
                publication.approvalRequired());
    }
}
