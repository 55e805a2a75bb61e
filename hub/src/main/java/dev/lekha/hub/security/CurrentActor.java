package dev.lekha.hub.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is acting, for audit entries: a username, {@code token:<name>}, or {@code system}. */
public final class CurrentActor {

    private CurrentActor() {
    }

    /** The current caller's audit name; {@code system} when nobody is signed in (jobs, queues). */
    public static String name() {
        return name(SecurityContextHolder.getContext().getAuthentication());
    }

    static String name(Authentication auth) {
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return "system";
        }
        if (auth.getPrincipal() instanceof ApiTokenPrincipal token) {
            return token.actor();
        }
        return auth.getName();
    }

    /** The client address of the current HTTP request, or null outside a request. */
    public static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
