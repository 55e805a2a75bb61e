package dev.lekha.domain.razorpay;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** A Razorpay refund (rupees). */
public record RefundState(String refundId, String paymentId, String status, BigDecimal amount, Instant createdAt) {

    public RefundState {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
    }
}
