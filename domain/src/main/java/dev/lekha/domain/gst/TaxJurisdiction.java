package dev.lekha.domain.gst;

/** Whether a supply bears central plus state tax, or integrated tax. */
public enum TaxJurisdiction {
    /** Supplier and place of supply in the same state: CGST + SGST/UTGST, each half the rate. */
    INTRA_STATE,
    /** Different states, SEZ or export: IGST at the full rate. */
    INTER_STATE
}
