package dev.lekha.routes.queues;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Redelivery of queue messages ({@code lekha.queues.*}). A message whose consumer fails is redelivered
 * after {@code redeliveryDelay}, then that delay times {@code redeliveryMultiplier} each time, at most
 * {@code maxRedeliveryDelay}; after {@code maxDeliveries} deliveries it goes to {@code DLQ.<queue>}.
 *
 * @param maxDeliveries        deliveries before dead-lettering (the first one included)
 * @param redeliveryDelay      wait before the first redelivery
 * @param redeliveryMultiplier growth of the wait per redelivery
 * @param maxRedeliveryDelay   longest wait between deliveries
 * @param concurrentConsumers  consumers per queue on this node
 */
@ConfigurationProperties("lekha.queues")
public record QueueSettings(
        @DefaultValue("5") int maxDeliveries,
        @DefaultValue("1s") Duration redeliveryDelay,
        @DefaultValue("2.0") double redeliveryMultiplier,
        @DefaultValue("60s") Duration maxRedeliveryDelay,
        @DefaultValue("1") int concurrentConsumers) {

    public QueueSettings {
        if (maxDeliveries < 1) {
            throw new IllegalArgumentException("lekha.queues.max-deliveries must be at least 1, was " + maxDeliveries);
        }
    }
}
