package org.indicatortracker.account;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.util.Set;

/**
 * The security identity of a signed-in account, built the same way for HTTP Basic and for browser sessions. Besides
 * the name and roles it carries the account id, the editor's region limit and, for a session, which session it is.
 */
public final class AccountIdentity {

    public static final String ACCOUNT_ID = "indicators.account-id";
    /** {@code Set<String>} of region codes; empty means every region. */
    public static final String REGIONS = "indicators.regions";
    /** SHA-256 of the session token, present only when the request rides on a browser session. */
    public static final String SESSION = "indicators.session";

    private AccountIdentity() {
    }

    /** Builds the identity from an account loaded in a transaction (its regions are read here). */
    public static SecurityIdentity of(UserAccount user, String sessionHash) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username))
                .addRoles(user.roleSet())
                .addAttribute(ACCOUNT_ID, user.id)
                .addAttribute(REGIONS, Set.copyOf(user.regions));
        if (sessionHash != null) {
            builder.addAttribute(SESSION, sessionHash);
        }
        return builder.build();
    }

    public static Long accountId(SecurityIdentity identity) {
        return identity == null ? null : identity.getAttribute(ACCOUNT_ID);
    }

    public static Set<String> regions(SecurityIdentity identity) {
        Set<String> regions = identity == null ? null : identity.getAttribute(REGIONS);
        return regions == null ? Set.of() : regions;
    }

    public static String sessionHash(SecurityIdentity identity) {
        return identity == null ? null : identity.getAttribute(SESSION);
    }
}
