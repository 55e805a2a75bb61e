package dev.lekha.connectors.nic.sandbox;

/**
 * The IRP error codes and messages the sandbox answers with. Sources, so a reader can check them:
 * <ul>
 *   <li>[V] vital errors: einvoice1.gst.gov.in/others/geterrorcodes (vital list), mirrored at
 *       perione.in/docs/error-codes/einvoice, whitebooks.in/blog/?p=1718, faq.bookkeeperapp.net;</li>
 *   <li>[I] invoice errors: einvoice1.gst.gov.in/others/geterrorcodes/INV,
 *       einvoice6.gst.gov.in/content/kb/troubleshooting-common-errors,
 *       einv-apisandbox.nic.in/einv_web_test/Others/ResolutionErrors;</li>
 *   <li>[IC] messages seen in real IRP responses quoted by resilient-tech/india-compliance
 *       (PR #400: 2283, PR #459: 9999, PR #1093: 3028);</li>
 *   <li>[SB] developer.sandbox.co.in cancel API (2230 "IRN cannot be cancelled as EWB is active",
 *       2270 "More than 24 hrs old"), whose exact IRP wording is given here as the IRP phrases it;</li>
 *   <li>[E] e-way bill errors returned through the e-invoice API: cleartax.in/s/e-way-bill-error-code-list;</li>
 *   <li>[S] sandbox's own choice where no public list gives the code; documented so that it is not
 *       mistaken for the IRP's.</li>
 * </ul>
 * Messages with {@code {0}}/{@code {1}} are templates filled with {@link java.text.MessageFormat}-style
 * positional values by {@link #format(String, Object...)}.
 */
public final class IrpErrorCodes {

    private IrpErrorCodes() {
    }

    // --- vital [V]
    public static final String HEADER_GSTIN_REQUIRED = "1004";
    public static final String HEADER_GSTIN_REQUIRED_MSG = "Header GSTIN is required";
    public static final String INVALID_TOKEN = "1005";
    public static final String INVALID_TOKEN_MSG = "Invalid Token";
    public static final String USER_NAME_REQUIRED = "1006";
    public static final String USER_NAME_REQUIRED_MSG = "User Name is required";
    /** Wrong formation of the auth request payload. */
    public static final String AUTH_FAILED = "1007";
    public static final String AUTH_FAILED_MSG = "Authentication failed. Pls. inform the helpdesk";
    public static final String INVALID_LOGIN = "1008";
    public static final String INVALID_LOGIN_MSG = "Invalid login credentials";
    public static final String INVALID_CLIENT = "1010";
    public static final String INVALID_CLIENT_MSG = "Invalid Client-ID/Client-Secret";
    public static final String CLIENT_ID_REQUIRED = "1011";
    public static final String CLIENT_ID_REQUIRED_MSG = "Client Id is required";
    public static final String CLIENT_SECRET_REQUIRED = "1012";
    public static final String CLIENT_SECRET_REQUIRED_MSG = "Client Secret is required";
    /** The auth payload could not be decrypted with the portal's public key. */
    public static final String PASSWORD_DECRYPTION_FAILED = "1013";
    public static final String PASSWORD_DECRYPTION_FAILED_MSG = "Decryption of password failed";
    /** The GSTIN is inactive or not enabled for e-invoicing. */
    public static final String INACTIVE_USER = "1014";
    public static final String INACTIVE_USER_MSG = "Inactive User";
    public static final String INVALID_GSTIN_FOR_USER = "1015";
    public static final String INVALID_GSTIN_FOR_USER_MSG = "Invalid GSTIN for this user";
    public static final String APP_KEY_DECRYPTION_FAILED = "1016";
    public static final String APP_KEY_DECRYPTION_FAILED_MSG = "Decryption of App Key failed";
    public static final String DATA_NOT_AVAILABLE = "3001";
    public static final String DATA_NOT_AVAILABLE_MSG = "Requested data is not available";

    // --- invoice [I]
    /** The request JSON is not as per the e-invoice schema at all (cannot be read). */
    public static final String INVOICE_VALIDATION_ERROR = "2140";
    public static final String INVOICE_VALIDATION_ERROR_MSG = "Error while validating invoice";
    /** The cancel request could not be read. */
    public static final String CANCEL_ERROR = "2141";
    public static final String CANCEL_ERROR_MSG = "Error while cancelling invoice";
    public static final String NOT_USERS_INVOICE = "2143";
    public static final String NOT_USERS_INVOICE_MSG = "Invoice does not belongs to the user GSTIN";
    public static final String IRN_NOT_AVAILABLE = "2148";
    public static final String IRN_NOT_AVAILABLE_MSG = "Requested IRN data is not available";
    public static final String DUPLICATE_IRN = "2150";
    public static final String DUPLICATE_IRN_MSG = "Duplicate IRN";
    public static final String IGST_ON_INTRA = "2172";
    public static final String IGST_ON_INTRA_MSG = "For intra state transaction IGST amounts is not applicable for item - {0} and"
            + " Sl. No {1} , only CGST and SGST amounts are applicable.";
    /** [S] the mirror of 2172 for inter-state supplies; code as commonly reported, not on the pages above. */
    public static final String CGST_SGST_ON_INTER = "2173";
    public static final String CGST_SGST_ON_INTER_MSG = "For inter state transaction CGST and SGST amounts are not applicable for"
            + " item - {0} and Sl. No {1} , only IGST amount is applicable.";
    public static final String INVALID_HSN = "2176";
    public static final String INVALID_HSN_MSG = "Invalid HSN code(s)-{0}";
    public static final String TAXABLE_VALUE_MISMATCH = "2182";
    public static final String TAXABLE_VALUE_MISMATCH_MSG = "Taxable value of all items must be equal to total taxable value.";
    public static final String INVALID_TOTAL_INVOICE_VALUE = "2189";
    public static final String INVALID_TOTAL_INVOICE_VALUE_MSG = "Invalid total Invoice Value";
    public static final String ITEM_ASSESSABLE_MISMATCH = "2193";
    public static final String ITEM_ASSESSABLE_MISMATCH_MSG = "For HSN - {0} and Sl. No - {1}, AssAmt value should be equal to"
            + " (TotAmt - Discount).";
    /** [S] item total (TotItemVal) outside the ±1 tolerance; the sandbox's code, not confirmed on the pages. */
    public static final String ITEM_TOTAL_MISMATCH = "2194";
    public static final String ITEM_TOTAL_MISMATCH_MSG = "For HSN - {0} and Sl. No - {1}, TotItemVal value should be equal to"
            + " (AssAmt + GST + Cess + OthChrg).";
    /** [SB] cancel refused while the IRN's e-way bill is active. */
    public static final String CANCEL_EWB_ACTIVE = "2230";
    public static final String CANCEL_EWB_ACTIVE_MSG = "This IRN cannot be cancelled because e-way bill has been generated, you can"
            + " cancel the e-way bill and then cancel IRN";
    /** [SB] cancel refused more than 24 hours after AckDt. */
    public static final String CANCEL_TIME_CROSSED = "2270";
    public static final String CANCEL_TIME_CROSSED_MSG = "The allowed cancellation time limit is crossed, you cannot cancel the IRN";
    /** [IC] the IRP keeps IRN details for 2 days; later requests (get, or a duplicate generate) get this. */
    public static final String IRN_OLDER_THAN_2_DAYS = "2283";
    public static final String IRN_OLDER_THAN_2_DAYS_MSG = "IRN details cannot be provided as it is generated more than 2 days ago";
    /**
     * [IC] a GSTIN the IRP does not know; india-compliance reads the GSTIN right after the first hyphen of
     * the message, so the template keeps no space there.
     */
    public static final String GSTIN_NOT_PRESENT = "3028";
    public static final String GSTIN_NOT_PRESENT_MSG = "GSTIN -{0} is not present in invoice system";
    /** [IC] cancel (or e-way bill) of an IRN that is already cancelled. */
    public static final String INVOICE_NOT_ACTIVE = "9999";
    public static final String INVOICE_NOT_ACTIVE_MSG = "Invoice is not active";
    /**
     * Field-level schema violations (required field, length, pattern, range, enumeration), one entry per
     * violation, messages in the IRP's (.NET data annotation) wording. Taxpayers report 5002 for schema
     * pattern and decimal errors (faq.bookkeeperapp.net) with messages as listed by irisgst.com and
     * help.tallysolutions.com; [S] the sandbox uses it for every field-level violation.
     */
    public static final String SCHEMA_VALIDATION = "5002";

    // --- e-way bill by IRN [E]
    public static final String EWB_IRN_NOT_ACTIVE = "4000";
    public static final String EWB_IRN_NOT_ACTIVE_MSG = "The status of the IRN is not active";
    public static final String EWB_ERROR = "4001";
    public static final String EWB_ERROR_MSG = "Error while creating E-way bill";
    public static final String EWB_ALREADY_GENERATED = "4002";
    public static final String EWB_ALREADY_GENERATED_MSG = "EwayBill is already generated for this IRN";
    public static final String EWB_IRN_NOT_AVAILABLE = "4003";
    public static final String EWB_IRN_NOT_AVAILABLE_MSG = "Requested IRN data is not available";
    public static final String EWB_ONLY_SERVICES = "4009";
    public static final String EWB_ONLY_SERVICES_MSG = "E-way bill can be generated provided at least one HSN belongs to goods";

    /** Fills {@code {0}}, {@code {1}}, ... of {@code template}; never returns null. */
    public static String format(String template, Object... values) {
        String out = template;
        for (int i = 0; i < values.length; i++) {
            out = out.replace("{" + i + "}", String.valueOf(values[i]));
        }
        return out;
    }
}
