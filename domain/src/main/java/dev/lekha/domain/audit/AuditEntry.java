package dev.lekha.domain.audit;

import java.time.Instant;

/**
 * One stored entry of the audit chain, as read back from the database.
 *
 * @param id         contiguous from 1
 * @param occurredAt truncated to microseconds (what every supported database keeps)
 * @param prevHash   the hash of entry {@code id - 1}, or 64 zeros for the first entry
 * @param hash       SHA-256 hex over {@link AuditEntryHash#canonical(AuditEntry)}
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String target, Long companyId,
                         String detail, String remoteAddress, String prevHash, String hash) {
}
