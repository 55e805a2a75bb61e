package dev.lekha.mappings.mrp;

/**
 * Something a planner must look at.
 *
 * @param orderNumber the planned order concerned, null when the item is
 */
public record PlanException(Kind kind, String itemCode, String orderNumber, String message) {

    public enum Kind {
        /** A planned order should have been released before the planning date to arrive in time. */
        PAST_DUE_RELEASE,
        /** The item has no lead time: planned with none (release on the due date). */
        NO_LEAD_TIME
    }
}
