package org.indicatortracker.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A signed-in browser (see {@code workspace.Sessions}). Only the SHA-256 of the cookie's token is stored; deleting
 * the row ends the session on every replica at its next request.
 */
@Entity
@Table(name = "user_session")
public class BrowserSession extends PanacheEntityBase {

    @Id
    @Column(name = "token_hash")
    public String tokenHash;

    @Column(name = "user_id")
    public long userId;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "client_address")
    public String clientAddress;

    @Column(name = "user_agent")
    public String userAgent;

    /** Opened through the identity provider (single sign-on) rather than with a password. */
    @Column(name = "single_sign_on")
    public boolean singleSignOn;

    /** Ends every session of an account (sign-out everywhere, disabled account, new password). */
    public static long endAll(long userId) {
        return delete("userId", userId);
    }

    /** Ends every session of an account but one (an admin who changes their own password stays signed in). */
    public static long endAllExcept(long userId, String keepTokenHash) {
        return keepTokenHash == null ? endAll(userId) : delete("userId = ?1 and tokenHash <> ?2", userId, keepTokenHash);
    }

    /** Sessions of an account not yet past their maximum age. */
    public static long live(long userId, Instant startedAfter) {
        return count("userId = ?1 and createdAt > ?2", userId, startedAfter);
    }
}
