package dev.lekha.hub.security;

import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * {@link CompanyScope} from the current {@link Authentication}: an API token sees its one company; a
 * user sees the companies their account is restricted to, or every company when unrestricted (a
 * person signed in some other way, with a plain {@link UserDetails} principal such as Spring
 * Security's test users, carries no restriction and sees every company; roles still apply).
 * Nobody signed in (anonymous, or no security context at all) sees nothing: background work that
 * acts for a company (jobs, queue consumers) carries the company id itself and does not ask here.
 */
@Component
class AuthenticatedCompanyScope implements CompanyScope {

    @Override
    public boolean canSee(long companyId) {
        Set<Long> visible = visibleCompanyIds();
        return visible == null || visible.contains(companyId);
    }

    @Override
    public Set<Long> visibleCompanyIds() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return Set.of();
        }
        if (auth.getPrincipal() instanceof ApiTokenPrincipal token) {
            return Set.of(token.companyId());
        }
        if (auth.getPrincipal() instanceof UserPrincipal user) {
            return user.companyIds().isEmpty() ? null : user.companyIds();
        }
        if (auth.getPrincipal() instanceof UserDetails) {
            return null;
        }
        return Set.of();
    }

    @Override
    public void check(long companyId) {
        if (!canSee(companyId)) {
            throw new AccessDeniedException("You may not see company " + companyId
                    + ": your account or API token is scoped to other companies.");
        }
    }
}
