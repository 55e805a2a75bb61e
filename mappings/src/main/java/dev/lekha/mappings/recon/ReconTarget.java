package dev.lekha.mappings.recon;

/** What a bank line can be matched to. */
public enum ReconTarget {
    /** A customer's invoice or debit note: money in. */
    SALES_DOCUMENT,
    /** A supplier's bill: money out. */
    PURCHASE_INVOICE,
    /** A Razorpay settlement paid into the bank: money in. */
    RAZORPAY_SETTLEMENT,
    /** A journal entry already posted to the bank account (either way). */
    JOURNAL_ENTRY
}
