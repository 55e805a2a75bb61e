package dev.lekha.connectors.razorpay;

/**
 * Razorpay did not accept the key id/secret (HTTP 401/403). Not retried: an operator must fix
 * {@code lekha.razorpay.key-id}/{@code key-secret}.
 */
public class RazorpayAuthenticationException extends RazorpayException {

    public RazorpayAuthenticationException(String message, int httpStatus, RazorpayError error) {
        super(message, httpStatus, error, null);
    }
}
