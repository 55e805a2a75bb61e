package dev.lekha.mappings.mrp;

import dev.lekha.domain.mrp.OrderType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An order MRP proposes: to be released on {@code releaseDate} (lead time before {@code dueDate}) so that
 * {@code quantity} arrives at the start of the bucket that needs it.
 *
 * @param number        unique in the plan ({@code MRP-000001}, in planning order)
 * @param receiptBucket the bucket it is received in
 * @param releaseBucket the bucket it is released in; negative when past due (shown in bucket 0 of the record)
 * @param estimatedCost quantity × unit cost, rounded to paise
 * @param pastDue       the release date is before the planning date
 * @param pegs          the demands it serves, in due-date order
 */
public record PlannedOrder(String number, String itemCode, OrderType type, BigDecimal quantity, LocalDate releaseDate,
                           LocalDate dueDate, int releaseBucket, int receiptBucket, BigDecimal estimatedCost,
                           boolean pastDue, List<Peg> pegs) {
}
