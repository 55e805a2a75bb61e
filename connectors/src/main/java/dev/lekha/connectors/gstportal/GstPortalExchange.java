package dev.lekha.connectors.gstportal;

/**
 * One HTTP exchange with the portal as a person may see it: plain (decrypted) JSON both ways with every
 * secret masked as {@code "****"}: {@code app_key}, {@code otp}, {@code sek}, {@code rek}, {@code auth_token},
 * {@code hmac} and the OTP half of {@code sid}; PANs (in {@code sid} and the EVCOTP URL) keep only their first and
 * last two characters. Headers are not recorded (they carry the client secret and the auth token).
 *
 * @param gstin          the taxpayer GSTIN
 * @param operation      what was done
 * @param method         GET, POST or PUT
 * @param url            the URL called (query included, PAN masked)
 * @param requestJson    masked request (the envelope with {@code data} replaced by its plain JSON), or null for GET
 * @param responseJson   masked response, or null when no answer came
 * @param httpStatus     the HTTP status, 0 when no answer came
 * @param durationMillis from sending to the end of reading
 * @param outcome        SUCCESS for {@code status_cd 1}; TIMEOUT; FAILURE otherwise
 * @param error          what went wrong, or null
 */
public record GstPortalExchange(String gstin, GstPortalOperation operation, String method, String url,
                                String requestJson, String responseJson, int httpStatus, long durationMillis,
                                Outcome outcome, String error) {

    public enum Outcome { SUCCESS, FAILURE, TIMEOUT }
}
