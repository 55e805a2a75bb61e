package dev.lekha.connectors.gstportal;

/** What {@link GstPortalClient} does, with the short name used in exchange records. */
public enum GstPortalOperation {
    OTP_REQUEST("otp-request"),
    AUTH_TOKEN("auth-token"),
    REFRESH_TOKEN("refresh-token"),
    SAVE_RETURN("save-return"),
    RETURN_STATUS("return-status"),
    SUBMIT_RETURN("submit-return"),
    OFFSET_LIABILITY("offset-liability"),
    EVC_OTP("evc-otp"),
    FILE_RETURN("file-return"),
    GET_GSTR2B("get-gstr2b");

    private final String label;

    GstPortalOperation(String label) {
        this.label = label;
    }

    /** e.g. {@code save-return}; never null. */
    public String label() {
        return label;
    }
}
