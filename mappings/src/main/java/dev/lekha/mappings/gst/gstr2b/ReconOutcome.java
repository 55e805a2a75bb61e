package dev.lekha.mappings.gst.gstr2b;

/** What the reconciliation concluded about a purchase invoice, a 2B document, or a pair of them. */
public enum ReconOutcome {
    /** Same supplier, type, number, date and amounts (rule R1). */
    EXACT_MATCH,
    /** Very probably the same document written differently (rules R2-R4): a person should accept or reject it. */
    SUGGESTED_MATCH,
    /** Paired, but amounts, place of supply or reverse charge differ: the differences are listed. */
    MISMATCH,
    /** In the books, not reported by the supplier: no ITC until the supplier reports it. */
    MISSING_IN_2B,
    /** Reported by the supplier, not in the books. */
    MISSING_IN_BOOKS,
    /** Paired by a person. */
    MANUAL_MATCH
}
