package dev.lekha.domain.gstreturn;

import java.time.Instant;

/** A step in a return's history: who moved it from what to what, when, and why. {@code from} is null at creation. */
public record GstReturnEvent(long id, long returnId, ReturnStatus from, ReturnStatus to, String actor,
                             Instant occurredAt, String note) {
}
