package dev.lekha.domain.rfm;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An order or return to store, as read from an {@code orders} drop.
 *
 * @param source       where it came from, for messages ({@code orders.csv row 7})
 * @param companyGstin one of the company's GSTINs
 * @param netAmount    zero or more for an order, below zero for a return
 */
public record IncomingOrder(String source, String companyGstin, String orderId, LocalDate orderDate, String customerKey,
                            String customerName, String customerPhone, String customerEmail, BigDecimal netAmount,
                            boolean isReturn) {
}
