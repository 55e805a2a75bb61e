package dev.lekha.connectors.gstportal;

/**
 * The portal answered {@code status_cd 0} with an error of its own (e.g. {@code RET191106} "Error in JSON structure",
 * {@code AUTH113} "Invalid Return Period"): the request was understood and refused; sending it again unchanged
 * will be refused again.
 */
public class GstPortalRejectedException extends GstPortalException {

    private final String errorCode;
    private final String portalMessage;

    public GstPortalRejectedException(String message, String errorCode, String portalMessage) {
        super(message, null);
        this.errorCode = errorCode;
        this.portalMessage = portalMessage;
    }

    /** The portal's {@code error_cd}, e.g. {@code RET191106}; never null. */
    public String errorCode() {
        return errorCode;
    }

    /** The portal's own {@code message}; may be null. */
    public String portalMessage() {
        return portalMessage;
    }
}
