package org.indicatortracker.account;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts failed sign-ins in PostgreSQL, so every replica sees the same counts. Keys are (account name as typed,
 * client address): a guesser can only slow down their own address, never lock the account's owner out.
 * <p>
 * A pair with no recent failure is not counted until a password turns out wrong, so correct sign-ins (and scripts
 * sending many requests at once) cost one read. Once a pair has a failure, every further attempt is counted
 * <em>before</em> its password is checked, in one atomic upsert, so parallel guesses cannot slip past the limit; a
 * successful sign-in deletes the count.
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    EntityManager em;

    @Inject
    SignInConfig config;

    /** What {@link #admit} decided about an attempt. */
    public enum Admission {
        /** No recent failure: go ahead; count it only if it fails. */
        UNCOUNTED,
        /** Recent failures: counted already; go ahead. */
        COUNTED,
        /** Blocked: refuse without checking the password. */
        BLOCKED
    }

    /** The decision and, when blocked, how long is left. */
    public record Decision(Admission admission, Duration retryAfter) {
    }

    /** Called before the password is checked. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Decision admit(String account, String address) {
        Number known = (Number) em.createNativeQuery("""
                        select count(*) from sign_in_throttle where account_key = :account and client_address = :address
                        and last_failure_at >= now() - :window * interval '1 second'""")
                .setParameter("account", key(account))
                .setParameter("address", address)
                .setParameter("window", config.window().toSeconds())
                .getSingleResult();
        if (known.longValue() == 0) {
            return new Decision(Admission.UNCOUNTED, Duration.ZERO);
        }
        return count(account, address)
                .map(wait -> new Decision(Admission.BLOCKED, wait))
                .orElse(new Decision(Admission.COUNTED, Duration.ZERO));
    }

    /** Called when the password was wrong (or the account unknown or disabled). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(String account, String address, Decision decision) {
        if (decision.admission() == Admission.UNCOUNTED) {
            count(account, address);
        }
    }

    /** Called when the password was right: the pair starts afresh. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void succeeded(String account, String address, Decision decision) {
        if (decision.admission() == Admission.COUNTED) {
            em.createNativeQuery("delete from sign_in_throttle where account_key = :account and client_address = :address")
                    .setParameter("account", key(account))
                    .setParameter("address", address)
                    .executeUpdate();
        }
    }

    /**
     * Adds one failure to the pair (starting again when the last one is older than the window) and sets its block,
     * in one statement that locks the row. Returns the remaining wait instead when the pair is blocked already.
     */
    private Optional<Duration> count(String account, String address) {
        List<?> counted = em.createNativeQuery("""
                        insert into sign_in_throttle as t (account_key, client_address, failures, last_failure_at)
                        values (:account, :address, 1, now())
                        on conflict (account_key, client_address) do update set
                            failures = case when t.last_failure_at < now() - :window * interval '1 second' then 1
                                            else t.failures + 1 end,
                            last_failure_at = now()
                        where t.blocked_until is null or t.blocked_until <= now()
                        returning failures""")
                .setParameter("account", key(account))
                .setParameter("address", address)
                .setParameter("window", config.window().toSeconds())
                .getResultList();
        if (counted.isEmpty()) {
            Number millis = (Number) em.createNativeQuery("""
                            select ceil(extract(epoch from blocked_until - now()) * 1000) from sign_in_throttle
                            where account_key = :account and client_address = :address""")
                    .setParameter("account", key(account))
                    .setParameter("address", address)
                    .getSingleResult();
            return Optional.of(Duration.ofMillis(Math.max(1, millis.longValue())));
        }
        int failures = ((Number) counted.get(0)).intValue();
        Duration block = config.policy().blockAfter(failures);
        if (!block.isZero()) {
            em.createNativeQuery("""
                            update sign_in_throttle set blocked_until = now() + :millis * interval '1 millisecond'
                            where account_key = :account and client_address = :address""")
                    .setParameter("millis", block.toMillis())
                    .setParameter("account", key(account))
                    .setParameter("address", address)
                    .executeUpdate();
        }
        return Optional.empty();
    }

    /** Forgets counts nobody has added to for a day (run by {@link org.indicatortracker.workspace.Housekeeping}). */
    @Transactional
    public int purgeStale() {
        return em.createNativeQuery("delete from sign_in_throttle where last_failure_at < now() - interval '1 day' "
                + "and (blocked_until is null or blocked_until < now())").executeUpdate();
    }

    /** The account part of the key: as typed, trimmed and lower-cased (unknown names are counted too). */
    static String key(String account) {
        String k = account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
        return k.length() > 100 ? k.substring(0, 100) : k;
    }

    /**
     * The client's address: the peer address, or the forwarded one when {@code quarkus.http.proxy.*} trusts the
     * proxy in front (see docs/planners.md; never trust forwarded headers from arbitrary clients).
     */
    public static String clientAddress(RoutingContext rc) {
        if (rc == null || rc.request().remoteAddress() == null) {
            return "unknown";
        }
        String host = rc.request().remoteAddress().hostAddress();
        if (host == null) {
            host = rc.request().remoteAddress().host();
        }
        host = host == null ? "unknown" : host;
        return host.length() > 64 ? host.substring(0, 64) : host;
    }

    /** A user-typed name made safe for one log line. */
    public static String forLog(String text) {
        if (text == null) {
            return "";
        }
        String cut = text.length() > 100 ? text.substring(0, 100) + "…" : text;
        StringBuilder sb = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return sb.toString();
    }
}
