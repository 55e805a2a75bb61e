package dev.lekha.connectors.nic;

/**
 * No IRP API credentials are configured for a GSTIN: a set-up problem a person must fix (enter the GSTIN's
 * client id, secret, API user name and password); nothing was sent to the IRP.
 */
public class MissingNicCredentialsException extends RuntimeException {

    private final String gstin;

    public MissingNicCredentialsException(String gstin) {
        super("No IRP API credentials configured for GSTIN " + gstin
                + ": add the GSTIN's client id, client secret, API user name and password");
        this.gstin = gstin;
    }

    public String gstin() {
        return gstin;
    }
}
