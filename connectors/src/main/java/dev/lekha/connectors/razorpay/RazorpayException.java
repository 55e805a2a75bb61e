package dev.lekha.connectors.razorpay;

/**
 * A call to Razorpay failed. Subclasses say how the caller must react: fix the request
 * ({@link RazorpayBadRequestException}), fix the key id/secret ({@link RazorpayAuthenticationException}), or try
 * again later ({@link RazorpayUnavailableException}).
 */
public abstract class RazorpayException extends RuntimeException {

    private final int httpStatus;
    private final RazorpayError error;

    protected RazorpayException(String message, int httpStatus, RazorpayError error, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.error = error;
    }

    /** The HTTP status Razorpay answered with, or 0 when no answer came. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Razorpay's error body, or null when there was none. */
    public RazorpayError error() {
        return error;
    }
}
