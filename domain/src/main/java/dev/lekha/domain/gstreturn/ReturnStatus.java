package dev.lekha.domain.gstreturn;

import java.util.Set;

/**
 * Where a return version stands. The path is DRAFT → PENDING_REVIEW → READY_TO_FILE → FILED; a reviewer
 * may send a pending or ready return back to DRAFT; any version not yet filed becomes SUPERSEDED when a
 * newer version of the same return is generated. FILED and SUPERSEDED are final.
 */
public enum ReturnStatus {
    DRAFT, PENDING_REVIEW, READY_TO_FILE, FILED, SUPERSEDED;

    /** Whether a person may move a return from this status to {@code next}. */
    public boolean canMoveTo(ReturnStatus next) {
        return switch (this) {
            case DRAFT -> next == PENDING_REVIEW;
            case PENDING_REVIEW -> Set.of(READY_TO_FILE, DRAFT).contains(next);
            case READY_TO_FILE -> Set.of(FILED, DRAFT).contains(next);
            case FILED, SUPERSEDED -> false;
        };
    }

    public boolean isFinal() {
        return this == FILED || this == SUPERSEDED;
    }
}
