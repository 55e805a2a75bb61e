package dev.lekha.domain.mrp;

import java.math.BigDecimal;

/** Quantity of an item on hand in one warehouse; planning uses the sum over warehouses. */
public record StockBalance(String itemCode, String warehouse, BigDecimal quantity) {
}
