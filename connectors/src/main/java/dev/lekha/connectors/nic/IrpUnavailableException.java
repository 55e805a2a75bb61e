package dev.lekha.connectors.nic;

/**
 * The IRP could not be reached or did not answer usably (timeout, connection refused, HTTP 5xx, an
 * undecryptable or malformed response): transient, so the same request may be retried with backoff.
 * After a timeout the IRP may nevertheless have registered the document.
 */
public class IrpUnavailableException extends RuntimeException {

    private final boolean timedOut;

    public IrpUnavailableException(String message, boolean timedOut, Throwable cause) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    /** True when no answer came in time (the request may have been processed). */
    public boolean timedOut() {
        return timedOut;
    }
}
