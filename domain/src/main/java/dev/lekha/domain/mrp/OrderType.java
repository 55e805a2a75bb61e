package dev.lekha.domain.mrp;

/** A planned or scheduled order: a manufacturing order (made here) or a purchase order (bought). */
public enum OrderType {
    MANUFACTURING, PURCHASE
}
