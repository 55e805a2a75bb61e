package dev.lekha.domain.outbox;

/**
 * An event for {@code lekha.events.out}.
 *
 * @param companyId     the company it concerns; may be null for hub-wide events
 * @param eventType     e.g. {@code invoice.received}, {@code job.completed}, {@code artifact.created}
 * @param aggregateType what it is about, e.g. {@code sales_document}, {@code job_run}
 * @param aggregateId   the id of that thing
 * @param payloadJson   the event body (JSON object); the relay adds {@code messageId} and {@code type}
 */
public record OutboxMessage(Long companyId, String eventType, String aggregateType, String aggregateId,
                            String payloadJson) {
}
