package dev.lekha.domain.gstreturn;

/** An acknowledgement reference number that is not in the portal's format (the caller answers 400). */
public class InvalidArnException extends RuntimeException {

    public InvalidArnException(String message) {
        super(message);
    }
}
