package dev.lekha.connectors.gstportal;

/**
 * The portal refused the API login itself: client id/secret, the GST username, or the app_key encryption (a
 * wrong or outdated GSTN public key, {@code TEC4002}). Fix configuration; asking for another OTP will not help.
 */
public class GstPortalAuthException extends GstPortalRejectedException {

    public GstPortalAuthException(String message, String errorCode, String portalMessage) {
        super(message, errorCode, portalMessage);
    }
}
