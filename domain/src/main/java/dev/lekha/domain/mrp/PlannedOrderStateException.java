package dev.lekha.domain.mrp;

/** A confirm or cancel of a planned order that is not PLANNED (already decided), or not the company's. */
public class PlannedOrderStateException extends RuntimeException {

    public PlannedOrderStateException(String message) {
        super(message);
    }
}
