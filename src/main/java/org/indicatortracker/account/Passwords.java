package org.indicatortracker.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;

/** Password rules and bcrypt hashing, in one place for the first admin, the users API and sign-in. */
public final class Passwords {

    public static final int MIN_LENGTH = 12;

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused instead. */
    public static final int MAX_BYTES = 72;

    /** Hash of a password nobody knows, checked when the account does not exist so both cases take as long. */
    private static final String DECOY = BcryptUtil.bcryptHash("decoy-password-nobody-knows");

    private Passwords() {
    }

    /** What is wrong with a new password ("needs at least 12 characters"), or null when it is acceptable. */
    public static String problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "needs at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "may be at most " + MAX_BYTES + " bytes long (about 24 Chinese or 72 Latin characters)";
        }
        if (password.isBlank()) {
            return "must not be only spaces";
        }
        return null;
    }

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password);
    }

    /** Checks a password against a stored hash; with no hash (unknown account) it still spends the same time. */
    public static boolean matches(String password, String hash) {
        if (password == null) {
            return false;
        }
        if (hash == null) {
            BcryptUtil.matches(password, DECOY);
            return false;
        }
        try {
            return BcryptUtil.matches(password, hash);
        } catch (RuntimeException malformedHash) {
            return false;
        }
    }
}
