package dev.lekha.connectors.gstportal;

/**
 * A portal answer failed the integrity check: its {@code hmac} does not match the decrypted data, or its
 * {@code rek}/{@code data} do not decrypt under the session key. The answer was altered on the way (or is
 * not the portal's) and must not be used; the exchange is recorded for investigation.
 */
public class GstPortalIntegrityException extends GstPortalException {

    /** The answer as it may be recorded (secrets masked), set by the client before the exchange is recorded. */
    transient String logged;

    public GstPortalIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }

    GstPortalIntegrityException withLogged(String maskedAnswer) {
        this.logged = maskedAnswer;
        return this;
    }
}
