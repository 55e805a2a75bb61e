package dev.lekha.connectors.gstportal;

import java.util.Optional;

/**
 * The GST portal's taxpayer API as the filing workflow uses it; {@link GstPortalClient} is the implementation
 * (the hub wraps it to reach its own sandbox). GSTINs are 15 characters, periods {@code MMYYYY}, PANs 10
 * characters; a malformed one throws {@link IllegalArgumentException} before anything is sent. Every method may
 * throw {@link GstPortalUnavailableException} (after retries); the others are listed per method.
 */
public interface GstPortal {

    /** OTPREQUEST: the portal texts an OTP to the taxpayer. Throws {@link GstPortalAuthException}. */
    void requestOtp(String gstin, String username);

    /**
     * AUTHTOKEN with the OTP the person typed; the session is then kept per GSTIN until it expires.
     * Throws {@link GstPortalOtpException} (wrong, or expired: request another) and {@link GstPortalAuthException}.
     */
    GstPortalSession authenticate(String gstin, String username, String otp);

    /** The GSTIN's live session, if any (no call is made). */
    Optional<GstPortalSession> session(String gstin);

    /** RETSAVE; returns the reference id to poll with {@link #returnStatus}. */
    String saveReturn(GstReturnType type, String gstin, String period, String returnJson);

    /** RETSTATUS of a reference id: processed, processed with errors (per document), error, in progress. */
    ReturnStatus returnStatus(String gstin, String period, String referenceId);

    /** RETSUBMIT; returns the reference id of the submission. */
    String submitReturn(GstReturnType type, String gstin, String period);

    /** RETOFFSET of a GSTR-3B; returns the reference id, or null when the portal gave none. */
    String offsetLiability(String gstin, String period, String offsetJson);

    /** EVCOTP: an OTP to the authorised signatory with {@code pan}, for filing {@code type}. */
    void requestEvcOtp(GstReturnType type, String gstin, String pan);

    /** RETFILE with EVC; returns the ARN. */
    String fileReturn(GstReturnType type, String gstin, String period, String summaryJson, String pan, String evcOtp);

    /** GET2B, every file of a split 2B. */
    Gstr2bDownload getGstr2b(String gstin, String period);
}
