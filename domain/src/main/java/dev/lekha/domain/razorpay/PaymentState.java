package dev.lekha.domain.razorpay;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A Razorpay payment as an event or the API showed it (rupees). {@code receipt} is the order's receipt when the
 * event carried the order ({@code order.paid}), else null; {@code notes} are the payment's notes.
 */
public record PaymentState(String paymentId, String orderId, String status, BigDecimal amount, String currency,
                           BigDecimal fee, BigDecimal tax, BigDecimal amountRefunded, String method, String receipt,
                           Map<String, String> notes, Instant createdAt) {

    public PaymentState {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        currency = currency == null ? "INR" : currency;
        notes = notes == null ? Map.of() : Map.copyOf(notes);
    }
}
