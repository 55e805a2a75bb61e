package dev.lekha.domain.razorpay;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A Razorpay settlement (rupees). As Razorpay reports it, {@code fees} includes {@code tax} (GST on the fees), so
 * {@code amount} = payments - refunds - fees - adjustments.
 */
public record SettlementState(String settlementId, String status, BigDecimal amount, BigDecimal fees, BigDecimal tax,
                              String utr, Instant createdAt, LocalDate settledOn) {

    public SettlementState {
        Objects.requireNonNull(settlementId, "settlementId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
        fees = fees == null ? BigDecimal.ZERO : fees;
        tax = tax == null ? BigDecimal.ZERO : tax;
    }
}
