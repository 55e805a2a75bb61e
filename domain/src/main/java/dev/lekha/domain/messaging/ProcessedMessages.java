package dev.lekha.domain.messaging;

import org.springframework.data.jpa.repository.JpaRepository;

/** Messages already consumed, per consumer. */
public interface ProcessedMessages extends JpaRepository<ProcessedMessage, Long> {

    boolean existsByConsumerAndMessageId(String consumer, String messageId);

    long countByConsumerAndMessageId(String consumer, String messageId);
}
