package dev.lekha.connectors.razorpay;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** An order (rupees converted from paise); {@code status} is created, attempted or paid. */
public record RazorpayOrder(String id, BigDecimal amount, BigDecimal amountPaid, BigDecimal amountDue, String currency,
                            String receipt, String status, int attempts, Map<String, String> notes, Instant createdAt) {
}
