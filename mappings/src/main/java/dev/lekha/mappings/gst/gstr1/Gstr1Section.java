package dev.lekha.mappings.gst.gstr1;

/**
 * The GSTR-1 table a sales document (or the taxable part of it) is reported in. {@link #NONE}: a document
 * with only nil-rated, exempt or non-GST lines (reported in {@code nil} and {@code doc_issue} only) or a
 * cancelled one.
 */
public enum Gstr1Section {
    /** Table 4A/4B/6B/6C: to registered persons, SEZ and deemed exports. */
    B2B,
    /** Table 5: inter-state to unregistered persons above the dated threshold. */
    B2CL,
    /** Table 7: every other supply to unregistered persons, summarised. */
    B2CS,
    /** Table 9B: notes to registered persons. */
    CDNR,
    /** Table 9B: notes to unregistered persons on B2CL invoices and exports. */
    CDNUR,
    /** Table 6A: exports. */
    EXP,
    NONE
}
