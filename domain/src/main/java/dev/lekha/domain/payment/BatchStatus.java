package dev.lekha.domain.payment;

/**
 * DRAFT -> APPROVED -> FILE_WRITTEN -> SENT, then from the bank's acknowledgements: ACKNOWLEDGED (some lines still
 * unanswered), PARTLY_PAID (all answered, some rejected), PAID (all paid) or REJECTED (all rejected).
 */
public enum BatchStatus {
    DRAFT,
    APPROVED,
    FILE_WRITTEN,
    SENT,
    ACKNOWLEDGED,
    PARTLY_PAID,
    PAID,
    REJECTED
}
