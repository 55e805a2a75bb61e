package dev.lekha.routes.payment;

/** Writing or delivering a batch's file failed; the batch keeps the reason and can be sent again. */
public class PaymentDeliveryException extends RuntimeException {

    public PaymentDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
