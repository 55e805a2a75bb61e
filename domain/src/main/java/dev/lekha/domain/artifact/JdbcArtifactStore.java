package dev.lekha.domain.artifact;

import dev.lekha.domain.outbox.Outbox;
import dev.lekha.domain.outbox.OutboxMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records artifacts in the {@code artifact} table and keeps their bytes in the configured
 * {@link ArtifactContentStorage}. The row and the {@code artifact.created} outbox event are written
 * in the caller's transaction; if it rolls back, the stored bytes are removed again.
 */
@Component
public class JdbcArtifactStore implements ArtifactStore {

    private static final String COLUMNS = "id, company_id, kind, period, file_name, content_type, job_execution_id,"
            + " sha256, size_bytes, created_at";

    private static final RowMapper<StoredArtifact> ROWS = JdbcArtifactStore::toArtifact;

    private final JdbcTemplate jdbc;
    private final ArtifactContentStorage storage;
    private final Outbox outbox;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    public JdbcArtifactStore(JdbcTemplate jdbc, ArtifactContentStorage storage, Outbox outbox,
                             ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.outbox = outbox;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    @Transactional
    public StoredArtifact store(NewArtifact artifact, ContentWriter writer) {
        Instant now = clock.instant();
        String key = storageKey(artifact, now);
        ArtifactContentStorage.WrittenContent written;
        try {
            written = storage.write(key, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store artifact " + artifact.kind() + " '" + artifact.fileName()
                    + "' for company " + artifact.companyId() + ": " + e.getMessage(), e);
        }
        removeContentIfRolledBack(key);
        long id = insert(artifact, written, key, now);
        StoredArtifact stored = new StoredArtifact(id, artifact.companyId(), artifact.kind(), artifact.period(),
                artifact.fileName(), artifact.contentType(), artifact.jobExecutionId(), written.sha256(),
                written.sizeBytes(), now);
        outbox.publish(new OutboxMessage(artifact.companyId(), "artifact.created", "artifact", Long.toString(id),
                eventBody(stored)));
        return stored;
    }

    @Override
    public Optional<StoredArtifact> find(long id) {
        return jdbc.query("select " + COLUMNS + " from artifact where id = ?", ROWS, id).stream().findFirst();
    }

    @Override
    public InputStream open(long id) throws IOException {
        List<String> keys = jdbc.queryForList("select storage_key from artifact where id = ?", String.class, id);
        if (keys.isEmpty()) {
            throw new IOException("No artifact with id " + id);
        }
        return storage.open(keys.get(0));
    }

    @Override
    public List<StoredArtifact> search(Long companyId, String kind, String period) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from artifact where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (companyId != null) {
            sql.append(" and company_id = ?");
            args.add(companyId);
        }
        if (kind != null && !kind.isBlank()) {
            sql.append(" and kind = ?");
            args.add(kind);
        }
        if (period != null && !period.isBlank()) {
            sql.append(" and period = ?");
            args.add(period);
        }
        sql.append(" order by created_at desc, id desc");
        return jdbc.query(sql.toString(), ROWS, args.toArray());
    }

    @Override
    public List<StoredArtifact> forJobExecution(long jobExecutionId) {
        return jdbc.query("select " + COLUMNS + " from artifact where job_execution_id = ? order by id", ROWS,
                jobExecutionId);
    }

    private long insert(NewArtifact a, ArtifactContentStorage.WrittenContent written, String key, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into artifact (company_id, kind, period, file_name, content_type,"
                    + " job_execution_id, sha256, size_bytes, storage_key, created_at) values (?,?,?,?,?,?,?,?,?,?)",
                    new String[] {"id"});
            ps.setLong(1, a.companyId());
            ps.setString(2, a.kind());
            ps.setString(3, a.period());
            ps.setString(4, a.fileName());
            ps.setString(5, a.contentType());
            ps.setObject(6, a.jobExecutionId());
            ps.setString(7, written.sha256());
            ps.setLong(8, written.sizeBytes());
            ps.setString(9, key);
            ps.setTimestamp(10, Timestamp.from(now));
            return ps;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    private void removeContentIfRolledBack(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        storage.delete(key);
                    } catch (IOException e) {
                        throw new UncheckedIOException("Could not remove unrecorded artifact content " + key, e);
                    }
                }
            }
        });
    }

    private String eventBody(StoredArtifact a) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("artifactId", a.id());
        body.put("companyId", a.companyId());
        body.put("kind", a.kind());
        body.put("period", a.period());
        body.put("fileName", a.fileName());
        body.put("sha256", a.sha256());
        body.put("sizeBytes", a.sizeBytes());
        body.put("jobExecutionId", a.jobExecutionId());
        return json.writeValueAsString(body);
    }

    static String storageKey(NewArtifact a, Instant now) {
        ZonedDateTime at = now.atZone(ZoneOffset.UTC);
        return a.companyId() + "/" + safe(a.kind()) + "/" + at.getYear() + "/"
                + String.format("%02d", at.getMonthValue()) + "/" + UUID.randomUUID() + "-" + safe(a.fileName());
    }

    private static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.startsWith(".") ? "_" + cleaned.substring(1) : cleaned;
    }

    private static StoredArtifact toArtifact(ResultSet rs, int row) throws SQLException {
        long jobExecutionId = rs.getLong("job_execution_id");
        Long jobExecution = rs.wasNull() ? null : jobExecutionId;
        return new StoredArtifact(rs.getLong("id"), rs.getLong("company_id"), rs.getString("kind"),
                rs.getString("period"), rs.getString("file_name"), rs.getString("content_type"), jobExecution,
                rs.getString("sha256"), rs.getLong("size_bytes"), rs.getTimestamp("created_at").toInstant());
    }
}
