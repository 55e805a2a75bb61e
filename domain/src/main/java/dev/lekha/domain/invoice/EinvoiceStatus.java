package dev.lekha.domain.invoice;

/** Where a sales document stands with the e-invoice system (IRP). */
public enum EinvoiceStatus {
    /** No IRN needed: B2C, or the company is below the e-invoice threshold. */
    NOT_APPLICABLE,
    /** Needs an IRN and has none yet. */
    PENDING,
    /** The IRP issued an IRN. */
    GENERATED,
    /** The IRP rejected it; see the e-invoice errors. */
    FAILED,
    /** The IRN was cancelled. */
    CANCELLED
}
