package dev.lekha.domain.security;

/**
 * What a user or API token may do. ADMIN implies every other role; FINANCE and COMPLIANCE each
 * imply VIEWER (the hub's role hierarchy says so; the database stores only the granted role).
 */
public enum Role {
    /** Users, tokens, settings, and everything the other roles may do. */
    ADMIN,
    /** Launch and restart jobs, fix rejected inputs, download finance artifacts. */
    FINANCE,
    /** Download returns and evidence, read and verify the audit log. */
    COMPLIANCE,
    /** Read-only screens and API. */
    VIEWER
}
