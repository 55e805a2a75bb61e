package dev.lekha.connectors.nic;

/**
 * One HTTP exchange with the IRP as a person may see it: the plain (decrypted) JSON both ways with the
 * secrets masked. For {@code auth} the request is {@code {"UserName":…,"Password":"****","AppKey":"****",
 * "ForceRefreshAccessToken":…}} and the response has {@code AuthToken} and {@code Sek} as {@code "****"};
 * for business calls the request is the payload before encryption (null for GET) and the response is the
 * IRP's envelope with {@code Data} replaced by its decrypted JSON. Headers are not recorded (they carry
 * the client secret and the token).
 *
 * @param gstin         the taxpayer GSTIN the call was made for
 * @param operation     what was done
 * @param method        GET or POST
 * @param url           the full URL called
 * @param requestJson   masked plain request, or null
 * @param responseJson  masked plain response (or the raw body when it could not be read), or null when
 *                      no answer came
 * @param httpStatus    the HTTP status, or 0 when no answer came
 * @param durationMillis from sending to the end of reading the answer
 * @param outcome       SUCCESS for {@code Status 1}; TIMEOUT when the request timeout elapsed; FAILURE otherwise
 * @param error         what went wrong (IRP error codes and messages, HTTP status, exception text), or null
 */
public record NicExchange(String gstin, NicOperation operation, String method, String url, String requestJson,
                          String responseJson, int httpStatus, long durationMillis, Outcome outcome, String error) {

    public enum Outcome { SUCCESS, FAILURE, TIMEOUT }
}
