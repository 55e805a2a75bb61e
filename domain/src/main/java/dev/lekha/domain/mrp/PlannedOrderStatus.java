package dev.lekha.domain.mrp;

/** A planned order is PLANNED by a run, then CONFIRMED (to be released as a real order) or CANCELLED by a person. */
public enum PlannedOrderStatus {
    PLANNED, CONFIRMED, CANCELLED
}
