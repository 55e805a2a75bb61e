package dev.lekha.domain.outbox;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as a row in {@code outbox_event}, written with the caller's connection so it commits or
 * rolls back with the caller's change. Refuses to run outside a transaction (the event could then be
 * sent for a change that never committed).
 */
@Component
class JdbcOutbox implements Outbox {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    JdbcOutbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long publish(OutboxMessage message) {
        Objects.requireNonNull(message, "message must not be null");
        require(message.eventType(), "eventType");
        require(message.aggregateType(), "aggregateType");
        require(message.aggregateId(), "aggregateId");
        require(message.payloadJson(), "payloadJson");
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement("""
                    insert into outbox_event (company_id, event_type, aggregate_type, aggregate_id, payload,
                                              created_at, attempts)
                    values (?, ?, ?, ?, ?, ?, 0)""", new String[] {"id"});
            ps.setObject(1, message.companyId());
            ps.setString(2, message.eventType());
            ps.setString(3, message.aggregateType());
            ps.setString(4, message.aggregateId());
            ps.setString(5, message.payloadJson());
            ps.setObject(6, now);
            return ps;
        }, keys);
        return Objects.requireNonNull(keys.getKey(), "the database returned no id for the outbox row").longValue();
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("outbox message " + field + " must not be blank");
        }
    }
}
