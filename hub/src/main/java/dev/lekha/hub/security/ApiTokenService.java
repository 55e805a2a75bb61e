package dev.lekha.hub.security;

import dev.lekha.domain.audit.AuditEntryHash;
import dev.lekha.domain.audit.AuditRecord;
import dev.lekha.domain.audit.AuditTrail;
import dev.lekha.domain.security.ApiToken;
import dev.lekha.domain.security.ApiTokens;
import dev.lekha.domain.security.Role;
import dev.lekha.domain.security.SecurityEventKind;
import dev.lekha.domain.security.SecurityEvents;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes API tokens. A secret is {@code lekha_} followed by 32 random bytes in
 * URL-safe Base64; only its SHA-256 (hex) is stored, and it is returned once, by {@link #issue}.
 */
@Service
public class ApiTokenService {

    static final String SECRET_PREFIX = "lekha_";
    private static final int PREFIX_LENGTH = 12;
    /** last_used_at is written at most this often per token, so busy machines do not write on every call. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final SecurityEvents securityEvents;
    private final SecureRandom random = new SecureRandom();

    public ApiTokenService(ApiTokens tokens, AuditTrail audit, SecurityEvents securityEvents) {
        this.tokens = tokens;
        this.audit = audit;
        this.securityEvents = securityEvents;
    }

    /** A token and its secret, which is shown to the person who asked for it and then forgotten. */
    public record IssuedToken(ApiToken token, String secret) {
        @Override
        public String toString() {
            return "IssuedToken[" + token.prefix() + "…]";
        }
    }

    /**
     * Issues a token for one company and one role; audited as {@code TOKEN_ISSUED}.
     *
     * @param expiresAt null for a token that does not expire
     * @throws IllegalArgumentException when the name is blank or the expiry is not in the future
     */
    @Transactional
    public IssuedToken issue(String name, Role role, long companyId, Instant expiresAt) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String actor = CurrentActor.name();
        ApiToken token = tokens.save(new ApiToken(name, AuditEntryHash.sha256Hex(secret), displayPrefix(secret), role,
                companyId, actor, Instant.now(), expiresAt));
        audit.record(new AuditRecord(actor, "TOKEN_ISSUED", "token:" + token.name(), companyId,
                "id=" + token.id() + " role=" + role + " prefix=" + token.prefix()
                        + " expires=" + (expiresAt == null ? "never" : expiresAt),
                CurrentActor.remoteAddress()));
        return new IssuedToken(token, secret);
    }

    /**
     * Revokes a token at once; audited as {@code TOKEN_REVOKED}.
     *
     * @throws NoSuchElementException when there is no token with that id
     */
    @Transactional
    public void revoke(long tokenId) {
        ApiToken token = tokens.findById(tokenId)
                .orElseThrow(() -> new NoSuchElementException("no API token with id " + tokenId));
        token.revoke(Instant.now());
        audit.record(new AuditRecord(CurrentActor.name(), "TOKEN_REVOKED", "token:" + token.name(),
                token.companyId(), "id=" + token.id() + " prefix=" + token.prefix(), CurrentActor.remoteAddress()));
    }

    /** Every token, newest first. */
    @Transactional(readOnly = true)
    public List<ApiToken> all() {
        return tokens.findAllByOrderByCreatedAtDesc();
    }

    /**
     * The principal behind a presented secret; records when it was last used.
     *
     * @throws BadCredentialsException when the token is unknown, revoked or expired (recorded as a
     *                                 {@code TOKEN_REJECTED} security event)
     */
    @Transactional
    public ApiTokenPrincipal authenticate(String secret, String remoteAddress) {
        Instant now = Instant.now();
        ApiToken token = tokens.findByTokenHash(AuditEntryHash.sha256Hex(secret)).orElse(null);
        if (token == null) {
            throw rejected(displayPrefix(secret), "unknown API token", remoteAddress,
                    "The API token is not valid: check that it was copied whole, or issue a new one on the Users screen.");
        }
        if (token.revokedAt() != null) {
            throw rejected(token.prefix(), "revoked API token '" + token.name() + "'", remoteAddress,
                    "API token '" + token.name() + "' was revoked at " + token.revokedAt() + "; issue a new one.");
        }
        if (!token.isActiveAt(now)) {
            throw rejected(token.prefix(), "expired API token '" + token.name() + "'", remoteAddress,
                    "API token '" + token.name() + "' expired at " + token.expiresAt() + "; issue a new one.");
        }
        if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
            token.markUsed(now);
        }
        return new ApiTokenPrincipal(token.id(), token.name(), token.role(), token.companyId());
    }

    private BadCredentialsException rejected(String source, String detail, String remoteAddress, String message) {
        securityEvents.record(SecurityEventKind.TOKEN_REJECTED, source, detail, remoteAddress);
        return new BadCredentialsException(message);
    }

    /** The first characters of a secret, safe to show and to log. */
    static String displayPrefix(String secret) {
        if (secret == null) {
            return "";
        }
        // never more than half of a presented secret, so a short wrong secret is not recorded whole
        return secret.substring(0, Math.min(PREFIX_LENGTH, secret.length() / 2));
    }
}
