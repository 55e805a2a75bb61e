package dev.lekha.mappings.recon;

/**
 * The matching rules, applied in this order; the first that decides a line wins. Confidences are
 * documented in docs/reconciliation.md and set in {@link BankReconciliation}.
 */
public enum ReconRule {
    /** The line's UTR or a reference / document number in its narration names the item(s). */
    R1_REFERENCE,
    /** Exactly one open item of the right direction has the line's amount within the date window. */
    R2_AMOUNT_DATE,
    /** One line pays several items of one party (subset sum), or part of one item of that party. */
    R3_SPLIT,
    /** The party named in the narration (fuzzy) has an item of the line's amount, or within the tolerance. */
    R4_PARTY_NAME,
    /** Decided by a person on the screen. */
    MANUAL
}
