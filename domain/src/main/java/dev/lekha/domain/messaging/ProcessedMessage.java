package dev.lekha.domain.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A queue message a consumer has already acted on. Written in the same transaction as the effect,
 * so a redelivered or re-sent message (same {@code messageId}) has no second effect.
 */
@Entity
@Table(name = "processed_message")
public class ProcessedMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String consumer;

    @Column(name = "message_id", nullable = false, length = 200)
    private String messageId;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    protected ProcessedMessage() {
    }

    public ProcessedMessage(String consumer, String messageId, Instant processedAt) {
        this.consumer = consumer;
        this.messageId = messageId;
        this.processedAt = processedAt;
    }

    public Long getId() { return id; }
    public String getConsumer() { return consumer; }
    public String getMessageId() { return messageId; }
    public Instant getProcessedAt() { return processedAt; }
}
