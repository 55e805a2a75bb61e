package dev.lekha.hub.deadletters;

import dev.lekha.hub.dashboard.DeadLetterCount;
import dev.lekha.routes.queues.DeadLetters;
import org.springframework.stereotype.Component;

/** Dead letters for the dashboard: every message on the Lekha queues' {@code DLQ.<queue>}s, from the broker. */
@Component
public class BrokerDeadLetterCount implements DeadLetterCount {

    private final DeadLetters deadLetters;

    public BrokerDeadLetterCount(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public long deadLetters() {
        return deadLetters.count();
    }
}
