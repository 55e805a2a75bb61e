package dev.lekha.domain.gstreturn;

/** A workflow step that the return's current status does not allow (the caller answers 409). */
public class GstReturnStateException extends RuntimeException {

    public GstReturnStateException(String message) {
        super(message);
    }
}
