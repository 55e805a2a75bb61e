package dev.lekha.domain.outbox;

/**
 * Records an event that must reach another system, in the caller's transaction; a relay publishes
 * it afterwards (to {@code lekha.events.out}) so the event is sent if and only if the change commits.
 */
public interface Outbox {

    /** Adds the event to the outbox; must be called inside a transaction. Returns the outbox row id. */
    long publish(OutboxMessage message);
}
