package dev.lekha.domain.razorpay;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Webhook events as received ({@code webhook_event}): the raw body kept, deduplicated by the sender's event id, and
 * marked processed with an outcome once applied. Storing happens before the sender is answered, processing later.
 */
@Component
public class WebhookEvents {

    /** A stored event. */
    public record StoredEvent(long id, String provider, String eventId, String eventType, Long companyId, String rawBody,
                              boolean processed) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public WebhookEvents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores an event unless one with the same provider and event id is stored already. Call it outside a
     * transaction: each insert commits on its own, and a duplicate is simply refused by the unique key.
     *
     * @return the new row's id, or empty for a duplicate delivery
     */
    public Optional<Long> store(String provider, String eventId, String eventType, Long companyId, String rawBody) {
        Objects.requireNonNull(eventId, "eventId");
        if (!jdbc.queryForList("select id from webhook_event where provider = ? and event_id = ?", Long.class,
                provider, eventId).isEmpty()) {
            return Optional.empty();
        }
        try {
            jdbc.update("insert into webhook_event (provider, event_id, event_type, company_id, raw_body, received_at)"
                    + " values (?, ?, ?, ?, ?, ?)", provider, eventId, cut(eventType, 60), companyId, rawBody,
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException concurrentDelivery) {
            return Optional.empty();
        }
        return Optional.of(jdbc.queryForObject("select id from webhook_event where provider = ? and event_id = ?",
                Long.class, provider, eventId));
    }

    public Optional<StoredEvent> find(long id) {
        return jdbc.query("select id, provider, event_id, event_type, company_id, raw_body, processed_at from webhook_event"
                        + " where id = ?", (rs, n) -> new StoredEvent(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), (Long) rs.getObject(5, Long.class), rs.getString(6), rs.getTimestamp(7) != null), id)
                .stream().findFirst();
    }

    /** Marks the event processed with what came of it (cut to 500 characters). */
    public void markProcessed(long id, String outcome) {
        jdbc.update("update webhook_event set processed_at = ?, outcome = ? where id = ?",
                Timestamp.from(clock.instant()), cut(outcome, 500), id);
    }

    /** Records why processing failed, leaving the event pending so it is tried again. */
    public void markFailed(long id, String problem) {
        jdbc.update("update webhook_event set outcome = ? where id = ? and processed_at is null", cut("FAILED: " + problem, 500), id);
    }

    /** Events of {@code provider} received more than {@code age} ago and not processed yet, oldest first. */
    public List<Long> pending(String provider, Duration age, int limit) {
        return jdbc.queryForList("select id from webhook_event where provider = ? and processed_at is null"
                        + " and received_at < ? order by id offset 0 rows fetch next ? rows only", Long.class, provider,
                Timestamp.from(clock.instant().minus(age)), limit);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
