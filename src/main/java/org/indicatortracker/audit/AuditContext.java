package org.indicatortracker.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import org.hibernate.Session;

/**
 * Tells the audit triggers (V31) who is changing figures and how, for the current transaction only
 * ({@code set_config(..., true)}): the database records it next to every old → new change.
 *
 * <p>Entity writes are stamped automatically ({@link AuditInterceptor}: actor = the signed-in user, via = {@code api});
 * set-based writes and workflows call {@link #stamp} first to say {@code import}, {@code publication}, ... and which
 * run or publication it was. Without any stamp the trigger records the database user, so nothing escapes the trail.
 */
@ApplicationScoped
public class AuditContext {

    /** Ways a change reaches the figures, as stored in {@code figure_audit.via}. */
    public static final String VIA_API = "api";
    public static final String VIA_IMPORT = "import";
    public static final String VIA_PUBLICATION = "publication";
    public static final String VIA_WITHDRAWAL = "withdrawal";
    public static final String VIA_EXTRACTION = "extraction";
    public static final String VIA_SYSTEM = "system";

    private static final String STAMPED = AuditContext.class.getName() + ".stamped";
    private static final int MAX_ACTOR = 100;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Session session;

    /** Stamps the current transaction; later stamps in the same transaction replace earlier ones. */
    public void stamp(EntityManager em, String via, String ref) {
        write(em.unwrap(Session.class), actor(), via, ref);
    }

    /** The same, on the current transaction's session. */
    public void stamp(String via, String ref) {
        write(session, actor(), via, ref);
    }

    /** Stamps the transaction with the default attribution unless something stamped it already. */
    void ensureStamped(Session session) {
        if (isStamped()) {
            return;
        }
        write(session, actor(), hasRequest() ? VIA_API : VIA_SYSTEM, null);
    }

    /** The user making the change, or {@code system} for work without a signed-in user (start-up, jobs). */
    public String actor() {
        if (!hasRequest()) {
            return "system";
        }
        CurrentIdentityAssociation association = Arc.container().instance(CurrentIdentityAssociation.class).get();
        SecurityIdentity identity = association == null ? null : association.getIdentity();
        if (identity == null || identity.isAnonymous()) {
            return "anonymous";
        }
        String name = identity.getPrincipal().getName();
        return name.length() > MAX_ACTOR ? name.substring(0, MAX_ACTOR) : name;
    }

    private boolean isStamped() {
        return transactions.getTransactionKey() != null && transactions.getResource(STAMPED) != null;
    }

    private void write(Session session, String actor, String via, String ref) {
        session.doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("select set_config('indicators.actor', ?, true), "
                    + "set_config('indicators.via', ?, true), set_config('indicators.ref', coalesce(?, ''), true)")) {
                ps.setString(1, actor);
                ps.setString(2, via);
                ps.setString(3, ref);
                ps.executeQuery().close();
            }
        });
        if (transactions.getTransactionKey() != null) {
            transactions.putResource(STAMPED, via);
        }
    }

    private static boolean hasRequest() {
        return Arc.container() != null && Arc.container().requestContext().isActive();
    }
}
