package dev.lekha.connectors.gstportal.sandbox;

/**
 * The error codes the sandbox answers with, each with where it was taken from. GSTN's own error-code list sits
 * behind the developer portal's login; the codes below are those quoted by public sources:
 * <ul>
 *   <li>[IC] india-compliance {@code api_classes/taxpayer_base.py} and {@code taxpayer_returns.py}
 *       (resilient-tech/india-compliance on GitHub);</li>
 *   <li>[SB] developer.sandbox.co.in "GSTN Error Codes" and its GSTR status / GSTR-2B API pages (a GSP relaying
 *       GSTN's codes).</li>
 * </ul>
 * Codes starting {@code LKSBX} are the sandbox's own, for situations no public source names a code for.
 */
public final class GstPortalErrorCodes {

    private GstPortalErrorCodes() {
    }

    /** [SB] */
    public static final String HEADER_MISSING = "RET11400";
    public static final String HEADER_MISSING_MSG = "Header Value Missing";
    /** [SB] wrong clientid / client-secret. */
    public static final String API_AUTH_FAILED = "RET11401";
    public static final String API_AUTH_FAILED_MSG = "API Authentication Failed";
    /** [SB] the token's user may not act for the header GSTIN. */
    public static final String UNAUTHORIZED_USER = "RET11402";
    public static final String UNAUTHORIZED_USER_MSG = "Unauthorized User";
    /** [SB] */
    public static final String INVALID_PARAMETERS = "RET11405";
    public static final String INVALID_PARAMETERS_MSG = "Invalid API Request Parameters";
    /** [SB] */
    public static final String INVALID_AUTH_TOKEN = "RET11407";
    public static final String INVALID_AUTH_TOKEN_MSG = "AuthToken is invalid";
    /** [SB] */
    public static final String INVALID_USERNAME = "RET11409";
    public static final String INVALID_USERNAME_MSG = "Username is not Valid";
    /** [SB] */
    public static final String INVALID_GSTIN = "RET11410";
    public static final String INVALID_GSTIN_MSG = "Invalid GSTIN";
    /** [SB] data that does not decrypt, or whose hmac does not match (the hmac use is assumed). */
    public static final String CORRUPTED_PAYLOAD = "RET12505";
    public static final String CORRUPTED_PAYLOAD_MSG = "Corrupted API Payload Data";
    /** [SB] */
    public static final String ALREADY_SUBMITTED = "RET12521";
    public static final String ALREADY_SUBMITTED_MSG = "GSTR1 is already submitted for the current period";
    /** [SB] */
    public static final String INVALID_RETURN_PERIOD = "AUTH113";
    public static final String INVALID_RETURN_PERIOD_MSG = "Invalid Return Period";
    /** [SB] */
    public static final String ALREADY_FILED = "AUTH117";
    public static final String ALREADY_FILED_MSG = "Return is already filed for the current period";
    /** [SB] */
    public static final String INVALID_USER = "AUTH4032";
    public static final String INVALID_USER_MSG = "Invalid USER";
    /** [IC] "Invalid Session": no OTP requested, or it expired. */
    public static final String INVALID_SESSION = "AUTH4033";
    public static final String INVALID_SESSION_MSG = "Invalid Session";
    /** [IC] */
    public static final String INVALID_OTP = "AUTH4034";
    public static final String INVALID_OTP_MSG = "Invalid OTP";
    /** [SB] */
    public static final String INVALID_ACTION = "AUTH4035";
    public static final String INVALID_ACTION_MSG = "Invalid Request Action";
    /** [IC] */
    public static final String SESSION_EXPIRED = "AUTH4038";
    public static final String SESSION_EXPIRED_MSG = "Session Expired";
    /** [IC] app_key not encrypted with the portal's current public key (message assumed). */
    public static final String INVALID_PUBLIC_KEY = "TEC4002";
    public static final String INVALID_PUBLIC_KEY_MSG = "Invalid public key used for encryption";
    /** [SB] */
    public static final String NOT_AUTHORISED_SIGNATORY = "OTP0010";
    public static final String NOT_AUTHORISED_SIGNATORY_MSG =
            "User does not have authorized signatory for Given Pan number and GSTIN";
    /** [SB] */
    public static final String JSON_STRUCTURE = "RET191106";
    public static final String JSON_STRUCTURE_MSG = "Error in JSON structure";
    /** [SB] */
    public static final String INVALID_POS = "RET191114";
    public static final String INVALID_POS_MSG = "Invalid POS";
    /** [SB] */
    public static final String RATE_NOT_IN_LIST = "RET191175";
    public static final String RATE_NOT_IN_LIST_MSG = "Enter GST rate as per the rate list";
    /** [SB] example error_report entry of the status API. */
    public static final String DUPLICATE_INVOICE = "RET100";
    public static final String DUPLICATE_INVOICE_MSG = "Duplicate Invoice";
    /** [SB][IC] */
    public static final String GSTR2B_NOT_AVAILABLE = "RET2B1023";
    public static final String GSTR2B_NOT_AVAILABLE_MSG = "GSTR-2B is not generated for the return period";
    /** sandbox's own: submit, offset or file out of order. */
    public static final String OUT_OF_ORDER = "LKSBX001";
    /** sandbox's own: RETFILE without st=EVC and a PAN|OTP sid. */
    public static final String SIGNATURE_MISSING = "LKSBX002";
    public static final String SIGNATURE_MISSING_MSG = "Only EVC filing is simulated: send st=EVC and sid=<PAN>|<OTP>";
}
