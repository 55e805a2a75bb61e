package dev.lekha.connectors.razorpay;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code POST /v1/orders} needs. {@code receipt} is our reference (Lekha puts the sales document number there:
 * that is how a payment is linked back to its invoice); Razorpay allows at most 40 characters.
 */
public record NewOrder(BigDecimal amount, String currency, String receipt, Map<String, String> notes) {

    public NewOrder {
        Objects.requireNonNull(amount, "amount");
        currency = currency == null ? "INR" : currency;
        notes = notes == null ? Map.of() : Map.copyOf(notes);
    }
}
