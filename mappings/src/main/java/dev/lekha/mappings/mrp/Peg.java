package dev.lekha.mappings.mrp;

import dev.lekha.domain.mrp.DemandKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Part of a planned order's quantity traced to the independent demand it serves, down the levels: a component's order
 * made for a parent's order carries the parent order's pegs (scaled by quantity per and scrap) with {@code viaOrder}
 * naming that parent order.
 *
 * @param demandKind   SALES_ORDER or FORECAST; null when the quantity serves a parent order's surplus (lot sizing,
 *                     safety stock) rather than a demand
 * @param demandRef    the sales order or forecast reference; null with a null kind
 * @param endItemCode  the item the demand is for; null with a null kind
 * @param demandDate   the demand's due date; null with a null kind
 * @param quantity     of this order's item
 * @param viaOrder     the parent planned order this quantity goes into; null for the item's own demand
 */
public record Peg(DemandKind demandKind, String demandRef, String endItemCode, LocalDate demandDate,
                  BigDecimal quantity, String viaOrder) {
}
