package dev.lekha.connectors.banking;

/**
 * A file from the bank whose signature is missing, made with a key that is not the bank's, or does not match the
 * content. Such a file must not be trusted at all.
 */
public class PgpSignatureException extends PgpException {

    public PgpSignatureException(String message) {
        super(message);
    }
}
