package dev.lekha.hub.support;

import dev.lekha.hub.security.CompanyScope;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/** A {@link CompanyScope} whose visible companies a test sets; null (the default) means all. */
public class SettableCompanyScope implements CompanyScope {

    private volatile Set<Long> visible;

    public void setVisible(Set<Long> companyIds) {
        this.visible = companyIds == null ? null : Set.copyOf(companyIds);
    }

    @Override
    public boolean canSee(long companyId) {
        Set<Long> v = visible;
        return v == null || v.contains(companyId);
    }

    @Override
    public Set<Long> visibleCompanyIds() {
        return visible;
    }

    @Override
    public void check(long companyId) {
        if (!canSee(companyId)) {
            throw new AccessDeniedException("Company " + companyId + " is not visible to this caller");
        }
    }
}
