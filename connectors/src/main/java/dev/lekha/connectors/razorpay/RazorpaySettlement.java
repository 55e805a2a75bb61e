package dev.lekha.connectors.razorpay;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A settlement: money Razorpay paid into the merchant's bank account. {@code fees} includes {@code tax} (Razorpay's
 * convention), so {@code amount} = credits - debits of its items and the fees are already taken out.
 * {@code status}: created, processed, failed.
 */
public record RazorpaySettlement(String id, BigDecimal amount, String status, BigDecimal fees, BigDecimal tax,
                                 String utr, Instant createdAt) {
}
