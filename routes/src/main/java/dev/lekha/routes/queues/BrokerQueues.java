package dev.lekha.routes.queues;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.springframework.boot.artemis.autoconfigure.ArtemisConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Declares the Lekha queues on the embedded Artemis broker, each with its dead-letter queue
 * {@code DLQ.<queue>} and bounded, growing redelivery ({@link QueueSettings}). An external broker
 * needs the same address settings in its {@code broker.xml} (see ops/).
 */
@Component
public class BrokerQueues implements ArtemisConfigurationCustomizer {

    private final QueueSettings settings;

    public BrokerQueues(QueueSettings settings) {
        this.settings = settings;
    }

    @Override
    public void customize(Configuration configuration) {
        for (String queue : LekhaQueues.ALL) {
            String dlq = LekhaQueues.deadLetterQueue(queue);
            configuration.addAddressConfiguration(anycastQueue(queue));
            configuration.addAddressConfiguration(anycastQueue(dlq));
            configuration.addAddressSetting(queue, new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(dlq))
                    .setMaxDeliveryAttempts(settings.maxDeliveries())
                    .setRedeliveryDelay(settings.redeliveryDelay().toMillis())
                    .setRedeliveryMultiplier(settings.redeliveryMultiplier())
                    .setMaxRedeliveryDelay(settings.maxRedeliveryDelay().toMillis()));
        }
    }

    private static CoreAddressConfiguration anycastQueue(String name) {
        return new CoreAddressConfiguration()
                .setName(name)
                .addRoutingType(RoutingType.ANYCAST)
                .addQueueConfiguration(QueueConfiguration.of(name).setRoutingType(RoutingType.ANYCAST).setDurable(true));
    }
}
