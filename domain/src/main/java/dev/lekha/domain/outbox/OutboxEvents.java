package dev.lekha.domain.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The relay's side of the outbox: read what is waiting, oldest first, and record the outcome of each
 * publish attempt. Each method joins a surrounding transaction or runs in its own.
 */
@Component
public class OutboxEvents {

    /** Longest stored error text ({@code last_error varchar(2000)}). */
    public static final int MAX_ERROR_LENGTH = 2000;

    private final JdbcTemplate jdbc;

    public OutboxEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Up to {@code limit} unpublished events, oldest (lowest id) first; never null. */
    @Transactional(readOnly = true)
    public List<PendingOutboxEvent> oldestUnpublished(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return jdbc.query("""
                select id, company_id, event_type, aggregate_type, aggregate_id, payload, created_at, attempts, last_error
                  from outbox_event
                 where published_at is null
                 order by id
                 fetch first ? rows only""", OutboxEvents::pending, limit);
    }

    /** Marks the event published at {@code at}; returns false when it was already published or does not exist. */
    @Transactional
    public boolean markPublished(long id, Instant at) {
        return jdbc.update("update outbox_event set published_at = ? where id = ? and published_at is null",
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC), id) == 1;
    }

    /** Counts a failed attempt and keeps its error (cut to {@value #MAX_ERROR_LENGTH} characters). */
    @Transactional
    public void markFailed(long id, String error) {
        String text = error == null ? "" : error;
        if (text.length() > MAX_ERROR_LENGTH) {
            text = text.substring(0, MAX_ERROR_LENGTH);
        }
        jdbc.update("update outbox_event set attempts = attempts + 1, last_error = ? where id = ?", text, id);
    }

    /** How many events wait to be published. */
    @Transactional(readOnly = true)
    public long countUnpublished() {
        Long n = jdbc.queryForObject("select count(*) from outbox_event where published_at is null", Long.class);
        return n == null ? 0 : n;
    }

    private static PendingOutboxEvent pending(ResultSet rs, int row) throws SQLException {
        long companyId = rs.getLong("company_id");
        Long company = rs.wasNull() ? null : companyId;
        OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
        return new PendingOutboxEvent(rs.getLong("id"), company, rs.getString("event_type"),
                rs.getString("aggregate_type"), rs.getString("aggregate_id"), rs.getString("payload"),
                created.toInstant(), rs.getInt("attempts"), rs.getString("last_error"));
    }
}
