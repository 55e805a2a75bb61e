package dev.lekha.mappings.gst.gstr1;

/** A line's GST treatment ({@code sales_document_line.tax_category}): only TAXABLE lines reach b2b..exp. */
public enum TaxCategory {
    TAXABLE, NIL, EXEMPT, NON_GST
}
