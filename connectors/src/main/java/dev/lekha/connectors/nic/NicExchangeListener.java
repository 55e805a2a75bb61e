package dev.lekha.connectors.nic;

/**
 * Told about every HTTP exchange {@link NicClient} has with the IRP, once per exchange (a login and a
 * repeated call are exchanges of their own), after it ended, on the calling thread. Used to record what
 * was sent so a person can see it. The exchange never contains the password, client secret, AppKey, SEK
 * or auth token. A listener that throws does not fail the call (the error is logged), but it should
 * return quickly.
 */
@FunctionalInterface
public interface NicExchangeListener {

    /** A listener that records nothing. */
    NicExchangeListener NONE = exchange -> { };

    /** @param exchange never null */
    void exchanged(NicExchange exchange);
}
