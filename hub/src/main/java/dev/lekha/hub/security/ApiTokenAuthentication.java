package dev.lekha.hub.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;

/**
 * Before authentication: the presented bearer secret. After: the {@link ApiTokenPrincipal} with
 * the token's role as its only authority.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final Object principal;
    private String secret;

    private ApiTokenAuthentication(Object principal, String secret, Collection<? extends GrantedAuthority> authorities,
                                   boolean authenticated) {
        super(authorities);
        this.principal = principal;
        this.secret = secret;
        super.setAuthenticated(authenticated);
    }

    /** A presented, not yet checked secret. */
    public static ApiTokenAuthentication unauthenticated(String secret) {
        return new ApiTokenAuthentication(ApiTokenService.displayPrefix(secret), secret, List.of(), false);
    }

    static ApiTokenAuthentication authenticated(ApiTokenPrincipal principal, Object details) {
        ApiTokenAuthentication auth = new ApiTokenAuthentication(principal, null,
                List.of(UserPrincipal.authority(principal.role())), true);
        auth.setDetails(details);
        return auth;
    }

    String secret() {
        return secret;
    }

    @Override
    public Object getCredentials() {
        return secret;
    }

    @Override
    public Object getPrincipal() {
        return principal;
    }

    @Override
    public String getName() {
        return principal instanceof ApiTokenPrincipal p ? p.actor() : "token:" + principal;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("an API token is authenticated only by ApiTokenAuthenticationProvider");
        }
        super.setAuthenticated(false);
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        secret = null;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
