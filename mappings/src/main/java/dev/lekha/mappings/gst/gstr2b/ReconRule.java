package dev.lekha.mappings.gst.gstr2b;

/** The matching rules, applied in this order; each pair records the one that paired it. */
public enum ReconRule {
    /** Same GSTIN, type, number as written, same date, every amount within tolerance. */
    R1_EXACT,
    /** Same GSTIN and type, number equal after normalisation, dates within 10 days. */
    R2_NORMALISED_NUMBER,
    /** Same GSTIN and type, number differs, dates within 10 days, every amount within tolerance. */
    R3_AMOUNTS,
    /** Same PAN with another GSTIN, same type, number equal after normalisation. */
    R4_SAME_PAN,
    /** Paired by a person (a manual match or an accepted pair no rule finds any more). */
    MANUAL,
    /** Not paired. */
    NONE
}
