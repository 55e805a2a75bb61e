package dev.lekha.connectors.gstportal;

/**
 * The OTP was not accepted: wrong ({@code AUTH4034} "Invalid OTP") or no longer usable ({@code AUTH4033}
 * "Invalid Session": expired, or no OTP was requested for this app_key). The person may type it again, or
 * request a new one ({@link GstPortalClient#requestOtp}) when {@link #expired()}.
 */
public class GstPortalOtpException extends GstPortalRejectedException {

    private final boolean expired;

    public GstPortalOtpException(String message, String errorCode, String portalMessage, boolean expired) {
        super(message, errorCode, portalMessage);
        this.expired = expired;
    }

    /** True when a new OTP must be requested first. */
    public boolean expired() {
        return expired;
    }
}
