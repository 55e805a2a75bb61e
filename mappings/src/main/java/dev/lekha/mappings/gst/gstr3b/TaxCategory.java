package dev.lekha.mappings.gst.gstr3b;

/**
 * How a sales or purchase line is taxed ({@code tax_category} of {@code sales_document_line} and
 * {@code purchase_invoice_line}, migration V8). Zero-rated exports and SEZ supplies are
 * {@link #TAXABLE}: they are told apart by the document's supply type.
 */
public enum TaxCategory {
    /** Taxed at its rate (which may be zero for zero-rated supplies). */
    TAXABLE,
    /** Nil-rated (a 0% rate notified under section 9 of the CGST Act). */
    NIL,
    /** Exempt under section 11 of the CGST Act. */
    EXEMPT,
    /** Outside GST (e.g. alcoholic liquor for human consumption, petroleum crude; section 9(1) and 9(2)). */
    NON_GST
}
