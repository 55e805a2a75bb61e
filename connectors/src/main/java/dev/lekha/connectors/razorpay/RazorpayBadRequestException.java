package dev.lekha.connectors.razorpay;

/**
 * Razorpay refused the request as it is (HTTP 400, 404, 409...: {@code BAD_REQUEST_ERROR}, an unknown id, an
 * invalid amount). Sending it again unchanged will fail again; the message names Razorpay's field and reason.
 */
public class RazorpayBadRequestException extends RazorpayException {

    public RazorpayBadRequestException(String message, int httpStatus, RazorpayError error) {
        super(message, httpStatus, error, null);
    }
}
