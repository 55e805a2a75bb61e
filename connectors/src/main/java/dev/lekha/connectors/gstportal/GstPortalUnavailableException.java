package dev.lekha.connectors.gstportal;

/**
 * The portal could not be reached or did not answer usably (connection refused, HTTP other than 200, an
 * unreadable answer, the circuit breaker open): transient, retried by the client with backoff and still
 * failing. After a timeout ({@link #timedOut()}) the portal may nevertheless have processed the request
 * (check the return status before filing again).
 */
public class GstPortalUnavailableException extends GstPortalException {

    private final boolean timedOut;

    public GstPortalUnavailableException(String message, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    /** True when no answer came in time (the request may have been processed). */
    public boolean timedOut() {
        return timedOut;
    }
}
