package dev.lekha.domain.mrp;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An open purchase or manufacturing order already released, due on a date. A receipt due before the planning date is
 * counted in the first bucket.
 */
public record ScheduledReceipt(String itemCode, String reference, OrderType type, LocalDate dueDate,
                               BigDecimal quantity) {
}
