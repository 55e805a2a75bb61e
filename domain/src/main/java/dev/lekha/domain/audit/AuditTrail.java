package dev.lekha.domain.audit;

/**
 * The hash-chained audit log: every login, download and admin action. Each entry's hash covers its
 * content and the previous entry's hash, so editing or deleting a row breaks the chain and
 * {@link #verify()} says where.
 */
public interface AuditTrail {

    /** Appends an entry (in its own transaction if none is active). Returns the entry id. */
    long record(AuditRecord record);

    /** Walks the whole chain and recomputes every hash. */
    AuditChainCheck verify();
}
