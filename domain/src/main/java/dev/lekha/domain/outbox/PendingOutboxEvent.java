package dev.lekha.domain.outbox;

import java.time.Instant;

/**
 * An outbox row not yet published, as the relay reads it.
 *
 * @param attempts how many publish attempts have failed so far
 */
public record PendingOutboxEvent(long id, Long companyId, String eventType, String aggregateType, String aggregateId,
                                 String payloadJson, Instant createdAt, int attempts, String lastError) {
}
