package dev.lekha.connectors.gstportal;

/**
 * Told about every HTTP exchange of {@link GstPortalClient}, once each (a retry is an exchange of its own), on
 * the calling thread. A listener that throws does not fail the call.
 */
@FunctionalInterface
public interface GstPortalExchangeListener {

    GstPortalExchangeListener NONE = exchange -> { };

    /** @param exchange never null, never holding a secret */
    void exchanged(GstPortalExchange exchange);
}
