package dev.lekha.connectors.razorpay;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** A refund. {@code status}: pending, processed, failed. */
public record RazorpayRefund(String id, String paymentId, BigDecimal amount, String currency, String status,
                             String receipt, Map<String, String> notes, String speedProcessed, Instant createdAt) {
}
