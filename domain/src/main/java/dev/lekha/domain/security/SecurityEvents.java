package dev.lekha.domain.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records security events (bad webhook signatures, rejected tokens, locked accounts) in
 * {@code security_event}. Each is written in a transaction of its own (REQUIRES_NEW): the request
 * that triggered it is usually being refused and may roll back, and the event must survive that.
 */
@Service
public class SecurityEvents {

    private final JdbcTemplate jdbc;

    public SecurityEvents(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * @param kind          must not be null
     * @param source        where it came from (webhook path, username, token prefix); must not be null
     * @param detail        what happened, never a secret; cut to 2000 characters
     * @param remoteAddress may be null
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(SecurityEventKind kind, String source, String detail, String remoteAddress) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        jdbc.update("insert into security_event (occurred_at, kind, source, detail, remote_address)"
                        + " values (?, ?, ?, ?, ?)",
                OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC), kind.name(), cut(source, 200),
                cut(detail, 2000), cut(remoteAddress, 64));
    }

    /** The newest events first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<SecurityEvent> recent(int limit) {
        return jdbc.query("select id, occurred_at, kind, source, detail, remote_address from security_event"
                        + " order by id desc offset 0 rows fetch next ? rows only",
                (rs, n) -> new SecurityEvent(rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        SecurityEventKind.valueOf(rs.getString("kind")), rs.getString("source"),
                        rs.getString("detail"), rs.getString("remote_address")), limit);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
