package dev.lekha.hub.security;

import dev.lekha.domain.audit.AuditRecord;
import dev.lekha.domain.audit.AuditTrail;
import dev.lekha.domain.security.AppUser;
import dev.lekha.domain.security.AppUsers;
import dev.lekha.domain.security.Role;
import dev.lekha.domain.security.SecurityEventKind;
import dev.lekha.domain.security.SecurityEvents;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts: sign-in lookup, the lockout rule, and the admin actions of the Users screen. Every
 * change is written to the audit trail in the same transaction.
 */
@Service
public class UserAccounts implements UserDetailsService {

    /** Shortest password accepted for a new or reset password. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    private static final DateTimeFormatter LOCK_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'IST'").withZone(ZoneId.of("Asia/Kolkata"));

    private final AppUsers users;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final SecurityEvents securityEvents;
    private final SecuritySettings settings;

    public UserAccounts(AppUsers users, PasswordEncoder passwordEncoder, AuditTrail audit,
                        SecurityEvents securityEvents, SecuritySettings settings) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.securityEvents = securityEvents;
        this.settings = settings;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String canonical;
        try {
            canonical = AppUser.normalizeUsername(username);
        } catch (IllegalArgumentException e) {
            throw new UsernameNotFoundException("no such user");
        }
        return users.findByUsername(canonical).map(UserPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /**
     * Checks run before the password is compared: a locked account is refused even with the right
     * password, and the message says until when.
     */
    UserDetailsChecker accountStatusChecks() {
        return user -> {
            UserPrincipal p = (UserPrincipal) user;
            if (!p.isAccountNonLocked()) {
                throw new LockedException("Account '" + p.getUsername() + "' is locked after "
                        + settings.lockout().maxFailures() + " failed logins until "
                        + LOCK_TIME.format(p.lockedUntil())
                        + ". Try again after that, or ask an administrator to unlock it.");
            }
            if (!p.isEnabled()) {
                throw new DisabledException("Account '" + p.getUsername()
                        + "' is disabled. Ask an administrator to enable it.");
            }
        };
    }

    /** Records a successful sign-in (form or HTTP Basic): resets the failure counter, audits LOGIN_SUCCESS. */
    @Transactional
    public void loginSucceeded(String username, String how, String remoteAddress) {
        users.findForUpdate(username).ifPresent(u -> u.registerSuccessfulLogin(Instant.now()));
        audit.record(new AuditRecord(username, "LOGIN_SUCCESS", username, null, how, remoteAddress));
    }

    /**
     * Records a failed sign-in: audits LOGIN_FAILURE; a wrong password counts towards the lockout,
     * and the failure that reaches {@code lekha.security.lockout.max-failures} locks the account,
     * audits LOGIN_LOCKED and records a LOGIN_LOCKED security event.
     *
     * @param wrongPassword true for a wrong password or unknown user; false when refused for another
     *                      reason (already locked, disabled), which does not count
     */
    @Transactional
    public void loginFailed(String typedUsername, boolean wrongPassword, String reason, String how,
                            String remoteAddress) {
        String actor = canonicalOrRaw(typedUsername);
        Optional<AppUser> user = wrongPassword ? findForUpdate(actor) : Optional.empty();
        String detail = how + ": " + (user.isEmpty() && wrongPassword ? "wrong username or password" : reason);
        if (user.isPresent()) {
            AppUser u = user.get();
            boolean lockedNow = u.registerFailedLogin(Instant.now(), settings.lockout().maxFailures(),
                    settings.lockout().duration());
            audit.record(new AuditRecord(actor, "LOGIN_FAILURE", actor, null, how + ": wrong password",
                    remoteAddress));
            if (lockedNow) {
                String lockDetail = "locked until " + u.lockedUntil() + " after "
                        + settings.lockout().maxFailures() + " consecutive failed logins";
                audit.record(new AuditRecord(actor, "LOGIN_LOCKED", actor, null, lockDetail, remoteAddress));
                securityEvents.record(SecurityEventKind.LOGIN_LOCKED, actor, lockDetail, remoteAddress);
            }
        } else {
            audit.record(new AuditRecord(actor, "LOGIN_FAILURE", actor, null, detail, remoteAddress));
        }
    }

    /** Audits a sign-out from the screens as LOGOUT. */
    @Transactional
    public void loggedOut(String username, String remoteAddress) {
        audit.record(new AuditRecord(username, "LOGOUT", username, null, null, remoteAddress));
    }

    private Optional<AppUser> findForUpdate(String username) {
        try {
            return users.findForUpdate(AppUser.normalizeUsername(username));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String canonicalOrRaw(String typed) {
        try {
            return AppUser.normalizeUsername(typed);
        } catch (IllegalArgumentException e) {
            String raw = typed == null ? "" : typed.strip();
            return raw.isEmpty() ? "(blank)" : raw.length() > 100 ? raw.substring(0, 100) : raw;
        }
    }

    /** Every user, by username. */
    @Transactional(readOnly = true)
    public List<AppUser> all() {
        return users.findAllByOrderByUsername();
    }

    /** True when no user exists yet (a fresh installation). */
    @Transactional(readOnly = true)
    public boolean none() {
        return users.count() == 0;
    }

    /**
     * Creates an enabled user; audited as USER_CREATED.
     *
     * @param companyIds empty for every company
     * @throws IllegalArgumentException when the username is malformed or taken, the password too
     *                                  short, or no role is given
     */
    @Transactional
    public AppUser create(String username, String displayName, String password, Collection<Role> roles,
                          Collection<Long> companyIds) {
        String canonical = AppUser.normalizeUsername(username);
        if (users.findByUsername(canonical).isPresent()) {
            throw new IllegalArgumentException("username '" + canonical + "' is already taken; choose another");
        }
        checkPassword(password);
        AppUser user = users.save(new AppUser(canonical, displayName, passwordEncoder.encode(password), roles,
                companyIds, Instant.now()));
        audit.record(new AuditRecord(CurrentActor.name(), "USER_CREATED", canonical, null,
                "roles=" + user.roles() + " companies=" + (user.companyIds().isEmpty() ? "all" : user.companyIds()),
                CurrentActor.remoteAddress()));
        return user;
    }

    /** Enables or disables a user; audited as USER_ENABLED / USER_DISABLED. */
    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        AppUser user = byId(userId);
        user.setEnabled(enabled);
        audit.record(new AuditRecord(CurrentActor.name(), enabled ? "USER_ENABLED" : "USER_DISABLED",
                user.username(), null, null, CurrentActor.remoteAddress()));
    }

    /** Lifts a lockout and resets the failure counter; audited as USER_UNLOCKED. */
    @Transactional
    public void unlock(long userId) {
        AppUser user = byId(userId);
        user.unlock();
        audit.record(new AuditRecord(CurrentActor.name(), "USER_UNLOCKED", user.username(), null, null,
                CurrentActor.remoteAddress()));
    }

    /** Sets a new password (and unlocks); audited as USER_PASSWORD_RESET, without the password. */
    @Transactional
    public void resetPassword(long userId, String newPassword) {
        AppUser user = byId(userId);
        checkPassword(newPassword);
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        user.unlock();
        audit.record(new AuditRecord(CurrentActor.name(), "USER_PASSWORD_RESET", user.username(), null, null,
                CurrentActor.remoteAddress()));
    }

    private AppUser byId(long userId) {
        return users.findById(userId).orElseThrow(() -> new NoSuchElementException("no user with id " + userId));
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("the password must have at least " + MIN_PASSWORD_LENGTH
                    + " characters");
        }
    }
}
