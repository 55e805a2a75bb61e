package dev.lekha.mappings.rfm;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of an {@code orders} drop, checked.
 *
 * @param row           the spreadsheet row (header = 1)
 * @param companyGstin  one of the company's GSTINs, saying whose customers these are
 * @param orderId       the shop's or ERP's order (or return) number, unique per company
 * @param orderDate     the day of the order or return
 * @param customerKey   the customer's id in the source system: orders are grouped per customer by it
 * @param customerName  may be null
 * @param customerPhone digits with an optional leading {@code +}; may be null
 * @param customerEmail may be null
 * @param netAmount     rupees, scale 2: zero or more for an order, below zero for a return
 * @param isReturn      true for a return
 */
public record OrderHistoryRow(int row, String companyGstin, String orderId, LocalDate orderDate, String customerKey,
                              String customerName, String customerPhone, String customerEmail, BigDecimal netAmount,
                              boolean isReturn) {
}
