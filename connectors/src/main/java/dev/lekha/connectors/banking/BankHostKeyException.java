package dev.lekha.connectors.banking;

/**
 * The server presented a host key other than the pinned one: possibly not the bank. Nothing was sent. Check the
 * fingerprint with the bank before changing {@code lekha.banking.sftp.host-key-fingerprint}.
 */
public class BankHostKeyException extends BankSftpException {

    private final String presentedFingerprint;

    public BankHostKeyException(String host, String expected, String presented) {
        super("the SFTP server " + host + " presented host key " + presented + ", not the pinned " + expected
                + "; nothing was sent");
        this.presentedFingerprint = presented;
    }

    public String presentedFingerprint() {
        return presentedFingerprint;
    }
}
