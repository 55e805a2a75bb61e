package dev.lekha.routes.queues;

import java.util.List;

/** The queues of CONTRACTS.md and the naming of their dead-letter queues. */
public final class LekhaQueues {

    public static final String INVOICES_IN = "lekha.invoices.in";
    public static final String JOBS_LAUNCH = "lekha.jobs.launch";
    public static final String NOTIFICATIONS_OUT = "lekha.notifications.out";
    public static final String EVENTS_OUT = "lekha.events.out";

    /** Every Lekha queue; each has a {@code DLQ.<queue>}. */
    public static final List<String> ALL = List.of(INVOICES_IN, JOBS_LAUNCH, NOTIFICATIONS_OUT, EVENTS_OUT);

    static final String DEAD_LETTER_PREFIX = "DLQ.";

    private LekhaQueues() {
    }

    /** {@code DLQ.<queue>}. */
    public static String deadLetterQueue(String queue) {
        return DEAD_LETTER_PREFIX + queue;
    }

    /** Throws unless {@code queue} is one of {@link #ALL}. */
    public static String requireKnown(String queue) {
        if (!ALL.contains(queue)) {
            throw new IllegalArgumentException("Unknown queue '" + queue + "': expected one of " + ALL);
        }
        return queue;
    }
}
