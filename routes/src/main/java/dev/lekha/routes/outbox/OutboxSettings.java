package dev.lekha.routes.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox relay ({@code lekha.outbox.*}).
 *
 * @param enabled      whether this node relays (every node may: rows are claimed one by one)
 * @param pollInterval how often unpublished events are looked for
 * @param batchSize    events relayed per poll at most
 * @param maxAttempts  an event that failed this many times is left for a person to look at
 */
@ConfigurationProperties("lekha.outbox")
public record OutboxSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("100") int batchSize,
        @DefaultValue("20") int maxAttempts) {
}
