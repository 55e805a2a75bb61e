package dev.lekha.domain.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.testsupport.LekhaIntegrationTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@LekhaIntegrationTest
class OutboxIT {

    @Autowired Outbox outbox;
    @Autowired OutboxEvents events;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;

    @Test
    void publishesOnlyInsideATransactionAndRollsBackWithIt() {
        OutboxMessage message = new OutboxMessage(null, "job.completed", "job_run", "41", "{\"runId\":41}");
        assertThatThrownBy(() -> outbox.publish(message)).isInstanceOf(IllegalTransactionStateException.class);

        long before = count();
        tx.executeWithoutResult(status -> {
            outbox.publish(message);
            status.setRollbackOnly();
        });
        assertThat(count()).isEqualTo(before);

        Long id = tx.execute(status -> outbox.publish(message));
        assertThat(count()).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select payload from outbox_event where id = ?", String.class, id))
                .isEqualTo("{\"runId\":41}");
    }

    @Test
    void theRelayReadsOldestFirstAndRecordsOutcomes() {
        drainEarlierEvents();
        long first = tx.execute(s -> outbox.publish(new OutboxMessage(null, "job.failed", "job_run", "1", "{\"n\":1}")));
        long second = tx.execute(s -> outbox.publish(new OutboxMessage(null, "job.failed", "job_run", "2", "{\"n\":2}")));
        long third = tx.execute(s -> outbox.publish(new OutboxMessage(null, "job.failed", "job_run", "3", "{\"n\":3}")));

        List<PendingOutboxEvent> pending = events.oldestUnpublished(2);
        assertThat(pending).extracting(PendingOutboxEvent::id).containsExactly(first, second);
        assertThat(pending.get(0).payloadJson()).isEqualTo("{\"n\":1}");
        assertThat(pending.get(0).attempts()).isZero();
        assertThat(pending.get(0).companyId()).isNull();

        events.markFailed(first, "broker down: " + "x".repeat(2500));
        assertThat(events.markPublished(second, Instant.parse("2026-11-23T06:00:00Z"))).isTrue();
        assertThat(events.markPublished(second, Instant.parse("2026-11-23T06:00:01Z"))).isFalse();

        List<PendingOutboxEvent> left = events.oldestUnpublished(10);
        assertThat(left).extracting(PendingOutboxEvent::id).containsExactly(first, third);
        assertThat(left.get(0).attempts()).isEqualTo(1);
        assertThat(left.get(0).lastError()).hasSize(2000).startsWith("broker down: xxx");
        assertThat(events.countUnpublished()).isEqualTo(2);
    }

    private void drainEarlierEvents() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        for (PendingOutboxEvent e : events.oldestUnpublished(10_000)) {
            events.markPublished(e.id(), at);
        }
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from outbox_event", Long.class);
    }
}
