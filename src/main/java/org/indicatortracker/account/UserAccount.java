package org.indicatortracker.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.annotations.CreationTimestamp;

/**
 * A person who may change data. Passwords are stored as bcrypt hashes (modular crypt format); roles are a
 * comma-separated list of {@code editor} and {@code admin}. An account with neither role can sign in but change
 * nothing, like the anonymous public (the {@code viewer}). An editor may be limited to regions.
 */
@Entity
@Table(name = "app_user")
public class UserAccount extends PanacheEntityBase {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    public String roles;

    public boolean enabled = true;

    /** Codes of the regions an editor may change (and the regions below them); empty means every region. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_region", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "region_code")
    public Set<String> regions = new TreeSet<>();

    @CreationTimestamp
    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** Creates an account; the password must pass {@link Passwords#problem(String)}. */
    public static UserAccount create(String username, String password, String roles) {
        String problem = Passwords.problem(password);
        if (problem != null) {
            throw new IllegalArgumentException("The password " + problem + ".");
        }
        UserAccount user = new UserAccount();
        user.username = username;
        user.passwordHash = Passwords.hash(password);
        user.roles = normalizeRoles(Arrays.asList(roles.split(",")));
        user.persist();
        return user;
    }

    /** User names are matched without regard to case. */
    public static Optional<UserAccount> byUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResultOptional();
    }

    public static Optional<UserAccount> byId(long id) {
        return findByIdOptional(id);
    }

    public static List<UserAccount> ordered() {
        return list("order by lower(username)");
    }

    /** Enabled admins other than the given account: the last one may not be disabled or demoted. */
    public static long otherEnabledAdmins(long exceptId) {
        return count("enabled = true and id <> ?1 and (roles like ?2)", exceptId, "%" + ADMIN + "%");
    }

    /** The roles as a set; {@code admin} always brings {@code editor} with it. */
    public Set<String> roleSet() {
        Set<String> set = new TreeSet<>();
        for (String role : (roles == null ? "" : roles).split(",")) {
            String r = role.trim();
            if (r.equals(EDITOR) || r.equals(ADMIN)) {
                set.add(r);
            }
        }
        if (set.contains(ADMIN)) {
            set.add(EDITOR);
        }
        return set;
    }

    public boolean isAdmin() {
        return roleSet().contains(ADMIN);
    }

    /** Stored form of a role list: known roles only, sorted, admin implying editor ("admin,editor"). */
    public static String normalizeRoles(List<String> requested) {
        Set<String> set = new LinkedHashSet<>();
        for (String role : requested) {
            String r = role == null ? "" : role.trim().toLowerCase(java.util.Locale.ROOT);
            if (r.equals(ADMIN)) {
                set.add(ADMIN);
                set.add(EDITOR);
            } else if (r.equals(EDITOR)) {
                set.add(EDITOR);
            }
        }
        return set.stream().sorted().collect(Collectors.joining(","));
    }
}
