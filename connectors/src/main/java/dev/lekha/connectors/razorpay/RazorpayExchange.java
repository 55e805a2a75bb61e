package dev.lekha.connectors.razorpay;

/**
 * One HTTP exchange with Razorpay as a person may see it. The Authorization header (key id and secret) is never
 * part of it; the request line names the idempotency key when one was sent.
 *
 * @param operation      what was done, e.g. {@code create-order}, {@code refund}
 * @param method         GET or POST
 * @param url            the full URL called
 * @param request        the JSON body sent (null for GET), preceded by an {@code X-Refund-Idempotency} line if any
 * @param response       the body received, or null when no answer came
 * @param httpStatus     the HTTP status, or 0 when no answer came
 * @param attempt        1 for the first try, 2.. for retries
 * @param durationMillis from sending to the end of reading the answer
 * @param outcome        SUCCESS for 2xx; TIMEOUT when the request timeout elapsed; FAILURE otherwise
 * @param error          what went wrong, or null
 */
public record RazorpayExchange(String operation, String method, String url, String request, String response,
                               int httpStatus, int attempt, long durationMillis, Outcome outcome, String error) {

    public enum Outcome { SUCCESS, FAILURE, TIMEOUT }
}
