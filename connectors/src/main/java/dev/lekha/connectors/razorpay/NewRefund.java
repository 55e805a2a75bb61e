package dev.lekha.connectors.razorpay;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What {@code POST /v1/payments/:id/refund} takes.
 *
 * @param amount  rupees to refund; null refunds what is left of the payment
 * @param speed   {@code normal} or {@code optimum}; null for Razorpay's default
 * @param receipt our reference, or null
 * @param notes   may be null
 */
public record NewRefund(BigDecimal amount, String speed, String receipt, Map<String, String> notes) {

    public NewRefund {
        notes = notes == null ? Map.of() : Map.copyOf(notes);
    }
}
