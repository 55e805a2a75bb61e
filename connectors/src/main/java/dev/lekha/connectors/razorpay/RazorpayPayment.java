package dev.lekha.connectors.razorpay;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A payment. {@code status}: created, authorized, captured, refunded, failed. {@code fee} includes {@code tax}
 * (GST on Razorpay's fee), as Razorpay reports it; both null until captured.
 */
public record RazorpayPayment(String id, BigDecimal amount, String currency, String status, String orderId,
                              String method, BigDecimal amountRefunded, boolean captured, BigDecimal fee,
                              BigDecimal tax, String email, String contact, Map<String, String> notes,
                              String errorCode, String errorDescription, Instant createdAt) {
}
