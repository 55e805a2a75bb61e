package dev.lekha.hub.dashboard;

/**
 * How many messages wait on the dead-letter queues ({@code DLQ.<queue>}). Supplied by the module that
 * owns the broker; the dashboard and the {@code lekha.dead.letters} gauge show "n/a" while no bean
 * implements it.
 */
@FunctionalInterface
public interface DeadLetterCount {

    /** Messages currently on all dead-letter queues together. */
    long deadLetters();
}
