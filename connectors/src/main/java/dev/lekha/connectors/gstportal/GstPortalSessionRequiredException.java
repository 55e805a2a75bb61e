package dev.lekha.connectors.gstportal;

/**
 * There is no usable portal session for the GSTIN (never authenticated, expired, or the portal dropped it):
 * a person must authenticate with an OTP ({@link GstPortalClient#requestOtp} then
 * {@link GstPortalClient#authenticate}) before the call can be made. Nothing was sent for the call itself.
 */
public class GstPortalSessionRequiredException extends GstPortalException {

    private final String gstin;

    public GstPortalSessionRequiredException(String gstin, String why) {
        super("No GST portal session for GSTIN " + gstin + " (" + why + "): request an OTP and authenticate first",
                null);
        this.gstin = gstin;
    }

    /** The GSTIN that needs a session. */
    public String gstin() {
        return gstin;
    }
}
