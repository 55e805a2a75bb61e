package dev.lekha.connectors.banking;

/** The bank's SFTP server could not be reached or an operation on it failed (try again later). */
public class BankSftpException extends RuntimeException {

    public BankSftpException(String message, Throwable cause) {
        super(message, cause);
    }

    public BankSftpException(String message) {
        super(message);
    }
}
