package dev.lekha.connectors.razorpay;

/**
 * Razorpay could not be reached or did not answer usably: timeout, connection refused, HTTP 429 or 5xx after the
 * bounded retries, an unreadable answer, or the circuit breaker open. Transient: try again later. After a timeout
 * Razorpay may nevertheless have done what was asked (refunds carry an idempotency key for that reason).
 */
public class RazorpayUnavailableException extends RazorpayException {

    private final boolean timedOut;

    public RazorpayUnavailableException(String message, int httpStatus, RazorpayError error, boolean timedOut,
                                        Throwable cause) {
        super(message, httpStatus, error, cause);
        this.timedOut = timedOut;
    }

    /** True when no answer came in time (the request may have been processed). */
    public boolean timedOut() {
        return timedOut;
    }
}
