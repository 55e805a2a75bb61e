package dev.lekha.routes.outbox;

import dev.lekha.routes.queues.LekhaQueues;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes committed outbox events to {@code lekha.events.out} as
 * {@code {"messageId":"outbox-<id>","type":…,"companyId":…,"occurredAt":…,"data":{…}}}.
 *
 * <p>Each event is claimed with {@code update … set published_at = ? where id = ? and published_at is null}
 * and sent inside that database transaction: several nodes may relay at once and each event is
 * claimed by one; if the send fails the claim rolls back and the failure is counted in
 * {@code attempts}/{@code last_error}. A crash between send and commit can send an event twice, so
 * subscribers deduplicate by {@code messageId}.
 */
@Service
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcTemplate jdbc;
    private final JmsTemplate jms;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final OutboxSettings settings;
    private final Clock clock;

    public OutboxRelay(JdbcTemplate jdbc, JmsTemplate jms, JsonMapper json, PlatformTransactionManager transactions,
                OutboxSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.jms = jms;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
        this.clock = clock;
    }

    /** Relays up to one batch of unpublished events; returns how many this node published. */
    public int relayPending() {
        List<PendingEvent> pending = jdbc.query("""
                select id, company_id, event_type, aggregate_type, aggregate_id, payload, created_at
                from outbox_event where published_at is null and attempts < ?
                order by id fetch first %d rows only""".formatted(settings.batchSize()),
                (rs, n) -> new PendingEvent(rs.getLong("id"), (Long) rs.getObject("company_id", Long.class),
                        rs.getString("event_type"), rs.getString("aggregate_type"), rs.getString("aggregate_id"),
                        rs.getString("payload"), rs.getObject("created_at", OffsetDateTime.class)),
                settings.maxAttempts());
        int published = 0;
        for (PendingEvent event : pending) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> publish(event)))) {
                    published++;
                }
            } catch (RuntimeException e) {
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                jdbc.update("update outbox_event set attempts = attempts + 1, last_error = ? where id = ?",
                        error.length() > 2000 ? error.substring(0, 2000) : error, event.id());
                log.warn("Outbox event {} ({}) not published: {}", event.id(), event.type(), error);
            }
        }
        return published;
    }

    private boolean publish(PendingEvent event) {
        int claimed = jdbc.update("update outbox_event set published_at = ? where id = ? and published_at is null",
                Timestamp.from(clock.instant()), event.id());
        if (claimed == 0) {
            return false;
        }
        String message = envelope(event);
        jms.send(LekhaQueues.EVENTS_OUT, session -> {
            var text = session.createTextMessage(message);
            text.setStringProperty("lekhaMessageId", "outbox-" + event.id());
            text.setStringProperty("lekhaEventType", event.type());
            return text;
        });
        return true;
    }

    String envelope(PendingEvent event) {
        ObjectNode root = json.createObjectNode();
        root.put("messageId", "outbox-" + event.id());
        root.put("type", event.type());
        if (event.companyId() == null) {
            root.putNull("companyId");
        } else {
            root.put("companyId", event.companyId());
        }
        root.put("aggregateType", event.aggregateType());
        root.put("aggregateId", event.aggregateId());
        Instant occurredAt = event.createdAt() == null ? null : event.createdAt().toInstant();
        root.put("occurredAt", occurredAt == null ? null : occurredAt.toString());
        JsonNode data = event.payload() == null || event.payload().isBlank()
                ? json.createObjectNode() : json.readTree(event.payload());
        root.set("data", data);
        return json.writeValueAsString(root);
    }

    record PendingEvent(long id, Long companyId, String type, String aggregateType, String aggregateId,
                        String payload, OffsetDateTime createdAt) {
    }
}
