package dev.lekha.domain.payment;

/** An action not allowed in the batch's state, or by this user (four eyes: the creator cannot approve). */
public class PaymentBatchStateException extends RuntimeException {

    public PaymentBatchStateException(String message) {
        super(message);
    }
}
