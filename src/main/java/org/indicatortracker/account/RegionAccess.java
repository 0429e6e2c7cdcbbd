package org.indicatortracker.account;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.indicatortracker.region.Region;
import org.indicatortracker.system.ApiException;
import org.indicatortracker.system.Problem;

/**
 * Editors limited to regions (a city's planners) may change figures of their regions and of the regions below them
 * only. Admins and editors without a limit may change every region. Records without a region (a national source
 * document) need an editor without a limit.
 */
public final class RegionAccess {

    /** Guards against a parent cycle in bad data; real hierarchies are four levels deep. */
    private static final int MAX_DEPTH = 16;

    private RegionAccess() {
    }

    /** Throws a 403 problem when the identity may not change data of this region. */
    public static void requireEditable(SecurityIdentity identity, String regionCode) {
        if (!mayEdit(identity, regionCode)) {
            Set<String> allowed = AccountIdentity.regions(identity);
            String what = regionCode == null ? "records without a region" : "region " + regionCode;
            throw new ApiException(Problem.of(403, "Forbidden", "Your account may change data of "
                    + String.join(", ", new java.util.TreeSet<>(allowed)) + " and the regions below them only, not of "
                    + what + "."));
        }
    }

    public static boolean mayEdit(SecurityIdentity identity, String regionCode) {
        if (identity == null || identity.isAnonymous()) {
            return false;
        }
        if (identity.hasRole(UserAccount.ADMIN)) {
            return true;
        }
        return covers(AccountIdentity.regions(identity), regionCode,
                code -> Region.byCode(code).map(r -> r.parentCode).orElse(null));
    }

    /**
     * Whether a limit covers a region: no limit covers everything; otherwise the region or one of its ancestors must
     * be listed. A null region is covered only without a limit.
     *
     * @param parentOf the parent code of a region, null at the top
     */
    static boolean covers(Set<String> allowed, String regionCode, UnaryOperator<String> parentOf) {
        if (allowed.isEmpty()) {
            return true;
        }
        Set<String> seen = new HashSet<>();
        String code = regionCode;
        for (int depth = 0; code != null && depth < MAX_DEPTH && seen.add(code); depth++) {
            if (allowed.contains(code)) {
                return true;
            }
            code = parentOf.apply(code);
        }
        return false;
    }
}
