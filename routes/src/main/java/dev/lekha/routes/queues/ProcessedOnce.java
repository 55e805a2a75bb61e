package dev.lekha.routes.queues;

import dev.lekha.domain.messaging.ProcessedMessage;
import dev.lekha.domain.messaging.ProcessedMessages;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a consumer's effect at most once per {@code messageId}: the effect and the
 * {@code processed_message} row commit in one database transaction. A message seen again (sent twice,
 * or redelivered after the database committed but before the broker did) is skipped. Two nodes
 * racing on the same id: the unique key fails one transaction, which rolls back and is redelivered,
 * then skipped.
 */
@Component
public class ProcessedOnce {

    private final ProcessedMessages processed;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public ProcessedOnce(ProcessedMessages processed, PlatformTransactionManager transactionManager, Clock clock) {
        this.processed = processed;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Runs {@code effect} unless {@code consumer} already processed {@code messageId}.
     *
     * @return the effect's result, or null when the message had already been processed
     */
    public <T> T run(String consumer, String messageId, Supplier<T> effect) {
        return transaction.execute(status -> {
            if (processed.existsByConsumerAndMessageId(consumer, messageId)) {
                return null;
            }
            T result = effect.get();
            processed.saveAndFlush(new ProcessedMessage(consumer, messageId, clock.instant()));
            return result;
        });
    }

    /** True when {@code consumer} has processed {@code messageId}. */
    public boolean wasProcessed(String consumer, String messageId) {
        return processed.existsByConsumerAndMessageId(consumer, messageId);
    }
}
