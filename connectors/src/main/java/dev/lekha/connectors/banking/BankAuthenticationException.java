package dev.lekha.connectors.banking;

/** The bank's SFTP server refused our user, password or key. Retrying will not help until the credentials change. */
public class BankAuthenticationException extends BankSftpException {

    public BankAuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
