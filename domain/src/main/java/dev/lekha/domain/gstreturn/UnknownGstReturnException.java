package dev.lekha.domain.gstreturn;

/** No return with that id (for the caller's companies). */
public class UnknownGstReturnException extends RuntimeException {

    public UnknownGstReturnException(long id) {
        super("No GST return " + id);
    }
}
