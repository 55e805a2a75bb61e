package dev.lekha.hub.security;

import dev.lekha.domain.security.AppUser;
import dev.lekha.domain.security.Role;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in person: username, roles as {@code ROLE_*} authorities, and the companies they are
 * restricted to (empty: every company), as loaded at sign-in.
 */
public final class UserPrincipal implements UserDetails, CredentialsContainer {

    private final String username;
    private String passwordHash;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final List<GrantedAuthority> authorities;
    private final Set<Long> companyIds;

    UserPrincipal(AppUser user) {
        this.username = user.username();
        this.passwordHash = user.passwordHash();
        this.enabled = user.enabled();
        this.lockedUntil = user.lockedUntil();
        this.authorities = user.roles().stream().sorted().map(UserPrincipal::authority).toList();
        this.companyIds = Set.copyOf(user.companyIds());
    }

    static GrantedAuthority authority(Role role) {
        return new SimpleGrantedAuthority("ROLE_" + role.name());
    }

    /** The companies this user is restricted to; empty means every company. */
    public Set<Long> companyIds() {
        return companyIds;
    }

    /** When the lock ends, or null when not locked. */
    public Instant lockedUntil() {
        return lockedUntil;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "UserPrincipal[" + username + "]";
    }
}
