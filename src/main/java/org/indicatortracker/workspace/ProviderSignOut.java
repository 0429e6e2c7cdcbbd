package org.indicatortracker.workspace;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.indicatortracker.system.Lang;
import org.jboss.logging.Logger;

/**
 * Where a browser signs out at the identity provider after leaving a session that single sign-on opened (OpenID
 * Connect RP-initiated logout): the provider's {@code end_session_endpoint} with this client's id and the sign-in page
 * as {@code post_logout_redirect_uri}, which has to be registered at the provider. Without it, the next person at a
 * shared computer would be signed straight back in by "sign in with single sign-on".
 */
@ApplicationScoped
public class ProviderSignOut {

    private static final Logger LOG = Logger.getLogger(ProviderSignOut.class);
    /** Where the provider sends the browser back to; also the address to register at the provider. */
    static final String SIGNED_OUT = "/workspace/sign-in.html?signedOut=1";

    @ConfigProperty(name = SingleSignOn.ENABLED, defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "quarkus.oidc.client-id")
    Optional<String> clientId;

    @Inject
    Instance<OidcConfigurationMetadata> provider;

    /**
     * The provider's sign-out address (coming back to the sign-in page in the request's language), or empty when
     * single sign-on is off or the provider publishes none.
     */
    public Optional<String> address(RoutingContext rc) {
        if (!enabled) {
            return Optional.empty();
        }
        String endSession;
        try {
            endSession = provider.get().getEndSessionUri();
        } catch (RuntimeException e) {
            LOG.warnf("Signed out locally only: the identity provider's metadata is not available (%s)", e.getMessage());
            return Optional.empty();
        }
        if (endSession == null || endSession.isBlank()) {
            return Optional.empty();
        }
        String back = URI.create(rc.request().absoluteURI()).resolve(SIGNED_OUT + (Lang.EN.equals(Lang.of(rc.request())) ? "&lang=en" : "")).toString();
        return Optional.of(endSession + (endSession.contains("?") ? "&" : "?")
                + "client_id=" + encode(clientId.orElse("")) + "&post_logout_redirect_uri=" + encode(back));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
