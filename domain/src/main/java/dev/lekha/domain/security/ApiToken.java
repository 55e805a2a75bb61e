package dev.lekha.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A machine credential for {@code Authorization: Bearer <secret>}. Only the SHA-256 (hex) of the
 * secret is stored; the secret itself is shown once when issued. A token carries one role and is
 * scoped to exactly one company.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 20)
    private String prefix;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    /**
     * @param name      what the token is for (e.g. "erp-prod"); must not be blank
     * @param tokenHash SHA-256 hex of the secret
     * @param prefix    the first characters of the secret, for recognising it on screen
     * @param expiresAt null for no expiry
     */
    public ApiToken(String name, String tokenHash, String prefix, Role role, long companyId, String createdBy,
                    Instant createdAt, Instant expiresAt) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("API token name must not be blank");
        }
        if (expiresAt != null && !expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("API token '" + name + "' would expire at " + expiresAt
                    + ", which is not in the future; choose a later expiry or none");
        }
        this.name = name.strip();
        this.tokenHash = Objects.requireNonNull(tokenHash, "tokenHash");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.role = Objects.requireNonNull(role, "role");
        this.companyId = companyId;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = expiresAt;
    }

    /** Usable: not revoked and not expired at {@code now}. */
    public boolean isActiveAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public void markUsed(Instant now) {
        lastUsedAt = now;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String tokenHash() { return tokenHash; }
    public String prefix() { return prefix; }
    public Role role() { return role; }
    public long companyId() { return companyId; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant expiresAt() { return expiresAt; }
    public Instant lastUsedAt() { return lastUsedAt; }
    public Instant revokedAt() { return revokedAt; }
}
