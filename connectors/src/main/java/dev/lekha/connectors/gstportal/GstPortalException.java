package dev.lekha.connectors.gstportal;

/** Base of every failure {@link GstPortalClient} reports; each subclass is a kind the caller treats differently. */
public abstract class GstPortalException extends RuntimeException {

    protected GstPortalException(String message, Throwable cause) {
        super(message, cause);
    }
}
