package dev.lekha.hub.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Authenticates {@link ApiTokenAuthentication}s against the stored token hashes. */
@Component
class ApiTokenAuthenticationProvider implements AuthenticationProvider {

    private final ApiTokenService tokens;

    ApiTokenAuthenticationProvider(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        ApiTokenAuthentication presented = (ApiTokenAuthentication) authentication;
        String remote = presented.getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails d
                ? d.getRemoteAddress() : null;
        ApiTokenPrincipal principal = tokens.authenticate(presented.secret(), remote);
        return ApiTokenAuthentication.authenticated(principal, presented.getDetails());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return ApiTokenAuthentication.class.isAssignableFrom(authentication);
    }
}
