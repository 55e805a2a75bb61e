package dev.lekha.connectors.banking;

/** A PGP message that cannot be read: not for our key, damaged, failing its integrity check, or a bad key file. */
public class PgpException extends RuntimeException {

    public PgpException(String message) {
        super(message);
    }

    public PgpException(String message, Throwable cause) {
        super(message, cause);
    }
}
