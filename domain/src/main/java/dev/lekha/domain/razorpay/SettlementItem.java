package dev.lekha.domain.razorpay;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of Razorpay's settlement reconciliation report: a payment, refund, transfer, adjustment... in a
 * settlement. Rupees; {@code fee} includes {@code tax}.
 *
 * @param row where it came from (e.g. {@code row 7} of a dropped file, or {@code API item 3}), for error messages
 */
public record SettlementItem(String row, String settlementId, String entityId, String entityType, BigDecimal amount,
                             BigDecimal credit, BigDecimal debit, BigDecimal fee, BigDecimal tax, String paymentId,
                             String orderId, String orderReceipt, String settlementUtr, Instant createdAt,
                             Instant settledAt, String method, String description) {
}
