package dev.lekha.hub.security;

import java.util.Set;

/**
 * Which companies the current caller may see. Human users see every company unless their account
 * is restricted; API tokens are scoped to exactly one company. Every endpoint and screen that
 * returns company data asks this first.
 */
public interface CompanyScope {

    /** True when the current caller may see {@code companyId}'s data. */
    boolean canSee(long companyId);

    /** The ids the caller may see, or null when unrestricted. */
    Set<Long> visibleCompanyIds();

    /**
     * Throws {@link org.springframework.security.access.AccessDeniedException} (→ 403) unless the
     * caller may see {@code companyId}.
     */
    void check(long companyId);
}
