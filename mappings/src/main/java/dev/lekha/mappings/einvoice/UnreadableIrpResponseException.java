package dev.lekha.mappings.einvoice;

/**
 * The IRP answered "success" with content Lekha cannot use (a missing field, a date not in its own
 * format). Not the document's fault and not transient: the exchange must be looked at by a person;
 * the IRN may well exist on the IRP.
 */
public class UnreadableIrpResponseException extends RuntimeException {

    public UnreadableIrpResponseException(String message) {
        super(message);
    }

    public UnreadableIrpResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
