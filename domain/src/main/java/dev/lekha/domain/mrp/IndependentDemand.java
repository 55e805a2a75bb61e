package dev.lekha.domain.mrp;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Demand from outside the bills of materials: an open sales order, a forecast, or a minimum stock. Demand due before
 * the planning date is counted in the first bucket; demand after the horizon is left out.
 *
 * @param reference the sales order or forecast's own reference (shown in pegging)
 */
public record IndependentDemand(String itemCode, DemandKind kind, String reference, LocalDate dueDate,
                                BigDecimal quantity) {
}
