package dev.lekha.domain.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in to the screens (form login) or calls the API with HTTP Basic. The password
 * is kept only as a BCrypt hash. {@link #companyIds()} restricts the companies the user sees; an
 * empty set means every company.
 */
@Entity
@Table(name = "app_user")
public class AppUser {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,99}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 20, nullable = false)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_company", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "company_id", nullable = false)
    private Set<Long> companyIds = new HashSet<>();

    protected AppUser() {
    }

    /**
     * A new, enabled user.
     *
     * @param username     lower-cased; 2–100 of a-z, 0-9, '.', '_', '@', '-', starting with a letter or digit
     * @param displayName  shown on screens; must not be blank
     * @param passwordHash the BCrypt hash, never the password itself
     * @param roles        at least one
     * @param companyIds   the companies the user is restricted to; empty for all
     * @param now          the creation time
     * @throws IllegalArgumentException when a value is missing or malformed, saying which
     */
    public AppUser(String username, String displayName, String passwordHash, Collection<Role> roles,
                   Collection<Long> companyIds, Instant now) {
        this.username = normalizeUsername(username);
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("display name of user '" + this.username + "' must not be blank");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("user '" + this.username + "' needs at least one role");
        }
        this.displayName = displayName.strip();
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.enabled = true;
        this.roles = EnumSet.copyOf(roles);
        this.companyIds = companyIds == null ? new HashSet<>() : new HashSet<>(companyIds);
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /**
     * The canonical form of a username: trimmed and lower-cased.
     *
     * @throws IllegalArgumentException when it is not 2–100 of a-z, 0-9, '.', '_', '@', '-'
     */
    public static String normalizeUsername(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(u).matches()) {
            throw new IllegalArgumentException("username '" + username + "' is not valid: use 2-100 characters"
                    + " a-z, 0-9, '.', '_', '@' or '-', starting with a letter or digit");
        }
        return u;
    }

    /** True while {@link #lockedUntil()} is in the future of {@code now}. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed login; after {@code maxFailures} consecutive failures the account is locked
     * until {@code now + lockDuration} and the counter starts again from zero.
     *
     * @return true when this failure locked the account
     */
    public boolean registerFailedLogin(Instant now, int maxFailures, java.time.Duration lockDuration) {
        failedAttempts++;
        if (failedAttempts >= maxFailures) {
            failedAttempts = 0;
            lockedUntil = now.plus(lockDuration);
            return true;
        }
        return false;
    }

    /** A successful login resets the failure counter. */
    public void registerSuccessfulLogin(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long id() { return id; }
    public String username() { return username; }
    public String displayName() { return displayName; }
    public String passwordHash() { return passwordHash; }
    public boolean enabled() { return enabled; }
    public int failedAttempts() { return failedAttempts; }
    public Instant lockedUntil() { return lockedUntil; }
    public Instant createdAt() { return createdAt; }
    public Instant lastLoginAt() { return lastLoginAt; }
    public Set<Role> roles() { return Collections.unmodifiableSet(roles); }
    /** Empty means every company. */
    public Set<Long> companyIds() { return Collections.unmodifiableSet(companyIds); }
}
