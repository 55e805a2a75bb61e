package dev.lekha.domain.gst;

/** A GST value (GSTIN, PAN, state code, period, financial year) is malformed; the message says what and how to fix it. */
public class InvalidGstValueException extends IllegalArgumentException {

    public InvalidGstValueException(String message) {
        super(message);
    }
}
