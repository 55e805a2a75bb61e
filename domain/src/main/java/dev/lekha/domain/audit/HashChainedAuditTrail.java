package dev.lekha.domain.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail in table {@code audit_event}, chained through the single row of
 * {@code audit_chain_head}.
 *
 * <p>Appending locks the head row ({@code select ... for update}, portable across PostgreSQL, H2
 * and Oracle), so appends from several threads or hub nodes are serialized: each takes id
 * {@code last_id + 1} and chains on {@code last_hash}, and ids stay contiguous.
 *
 * <p>{@link #record} joins the caller's transaction (propagation REQUIRED) rather than opening a new
 * one: an entry then commits if and only if the action it describes commits, so the log never claims
 * an admin action that was rolled back. Callers outside a transaction (the login listener: failed
 * logins happen in the security filter, where nothing rolls back) get a transaction of their own, so
 * failed logins always persist. The head lock is held until the caller commits, so callers should
 * audit at the end of short transactions, never inside long batch chunks.
 *
 * <p>The chain detects rows edited, deleted or inserted directly in the database; it does not stop
 * someone who rewrites every later hash and the head as well (that needs an external anchor).
 */
@Service
public class HashChainedAuditTrail implements AuditTrail {

    static final int DETAIL_MAX = 100_000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    public HashChainedAuditTrail(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(500);
    }

    @Override
    @Transactional
    public long record(AuditRecord record) {
        if (record.actor() == null || record.actor().isBlank()) {
            throw new IllegalArgumentException("audit record needs an actor (username, token:<name> or system)");
        }
        if (record.action() == null || record.action().isBlank() || record.action().length() > 60) {
            throw new IllegalArgumentException("audit record needs an action of 1-60 characters, got '"
                    + record.action() + "'");
        }
        Head head = jdbc.queryForObject(
                "select last_id, last_hash from audit_chain_head where id = 1 for update",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
        long id = head.lastId() + 1;
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEntry unsigned = new AuditEntry(id, at, cut(record.actor(), 200), record.action(),
                cut(record.target(), 500), record.companyId(), cut(record.detail(), DETAIL_MAX),
                cut(record.remoteAddress(), 64), head.lastHash(), null);
        String hash = AuditEntryHash.of(unsigned);
        jdbc.update("insert into audit_event (id, occurred_at, actor, action, target, company_id, detail,"
                        + " remote_address, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), unsigned.actor(), unsigned.action(),
                unsigned.target(), unsigned.companyId(), unsigned.detail(), unsigned.remoteAddress(),
                unsigned.prevHash(), hash);
        jdbc.update("update audit_chain_head set last_id = ?, last_hash = ? where id = 1", id, hash);
        return id;
    }

    /**
     * Reads the head first, then streams entries {@code 1..head.last_id} in id order (entries
     * appended meanwhile are left for the next check), and reports the first entry that is missing,
     * edited or out of chain, or a head that does not match the last entry.
     */
    @Override
    @Transactional(readOnly = true)
    public AuditChainCheck verify() {
        Head head = jdbc.queryForObject("select last_id, last_hash from audit_chain_head where id = 1",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
        Walk walk = new Walk();
        streaming.query("select id, occurred_at, actor, action, target, company_id, detail, remote_address,"
                + " prev_hash, hash from audit_event where id <= ? order by id", rs -> {
                    if (walk.broken == null) {
                        walk.check(read(rs));
                    }
                }, head.lastId());
        if (walk.broken != null) {
            return walk.broken;
        }
        if (walk.lastId != head.lastId()) {
            return new AuditChainCheck(false, walk.checked, walk.lastId + 1,
                    "entries " + (walk.lastId + 1) + " to " + head.lastId()
                            + " are missing: the chain head says the last entry is " + head.lastId());
        }
        if (!walk.lastHash.equals(head.lastHash())) {
            return new AuditChainCheck(false, walk.checked, head.lastId(),
                    "the chain head's hash does not match entry " + head.lastId());
        }
        return new AuditChainCheck(true, walk.checked, null, null);
    }

    static AuditEntry read(ResultSet rs) throws SQLException {
        long companyId = rs.getLong("company_id");
        Long company = rs.wasNull() ? null : companyId;
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("target"), company,
                rs.getString("detail"), rs.getString("remote_address"), rs.getString("prev_hash"),
                rs.getString("hash"));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private record Head(long lastId, String lastHash) {
    }

    /** The state of a walk along the chain. */
    private static final class Walk {
        long lastId;
        String lastHash = AuditEntryHash.GENESIS;
        long checked;
        AuditChainCheck broken;

        void check(AuditEntry e) {
            if (e.id() != lastId + 1) {
                broken = new AuditChainCheck(false, checked, e.id(), "entries " + (lastId + 1) + " to "
                        + (e.id() - 1) + " are missing (deleted) before entry " + e.id());
            } else if (!e.prevHash().equals(lastHash)) {
                broken = new AuditChainCheck(false, checked, e.id(), "entry " + e.id()
                        + " does not chain on the hash of entry " + lastId + " (prev_hash differs)");
            } else if (!AuditEntryHash.of(e).equals(e.hash())) {
                broken = new AuditChainCheck(false, checked, e.id(), "entry " + e.id()
                        + " was altered: its content no longer matches its hash");
            } else {
                checked++;
                lastId = e.id();
                lastHash = e.hash();
            }
        }
    }
}
