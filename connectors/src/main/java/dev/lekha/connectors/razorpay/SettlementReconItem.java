package dev.lekha.connectors.razorpay;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of the settlement reconciliation report ({@code GET /v1/settlements/recon/combined}): a payment, refund,
 * transfer, adjustment... and what it added to ({@code credit}) or took from ({@code debit}) the settlement.
 * For a payment, credit = amount - fee; {@code fee} includes {@code tax}. Rupees, converted exactly from paise.
 */
public record SettlementReconItem(String entityId, String type, BigDecimal debit, BigDecimal credit, BigDecimal amount,
                                  String currency, BigDecimal fee, BigDecimal tax, boolean onHold, boolean settled,
                                  Instant createdAt, Instant settledAt, String settlementId, String description,
                                  String notes, String paymentId, String settlementUtr, String orderId,
                                  String orderReceipt, String method) {
}
