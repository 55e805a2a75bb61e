package dev.lekha.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns Spring Security's authentication events into audit entries and lockout counting, for form
 * login and HTTP Basic alike. API tokens are not logins: their rejections are security events
 * (see {@link ApiTokenService}).
 */
@Component
class LoginAuditor {

    private final UserAccounts accounts;

    LoginAuditor(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (auth.getPrincipal() instanceof UserPrincipal user) {
            accounts.loginSucceeded(user.getUsername(), how(), remoteAddress(auth));
        }
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication auth = event.getAuthentication();
        if (auth instanceof ApiTokenAuthentication) {
            return;
        }
        boolean wrongPassword = event.getException() instanceof BadCredentialsException;
        accounts.loginFailed(auth.getName(), wrongPassword, event.getException().getMessage(), how(),
                remoteAddress(auth));
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        if (auth.getPrincipal() instanceof UserPrincipal user) {
            accounts.loggedOut(user.getUsername(), remoteAddress(auth));
        }
    }

    private static String remoteAddress(Authentication auth) {
        if (auth.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return CurrentActor.remoteAddress();
    }

    private static String how() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            if ((request.getContextPath() + "/login").equals(request.getRequestURI()) && "POST".equals(request.getMethod())) {
                return "form login";
            }
            return "HTTP Basic on " + request.getMethod() + " " + request.getRequestURI();
        }
        return "login";
    }
}
