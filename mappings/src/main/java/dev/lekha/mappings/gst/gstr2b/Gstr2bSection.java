package dev.lekha.mappings.gst.gstr2b;

import java.util.Locale;

/**
 * The document sections of GSTR-2B ({@code data.docdata} and, IMS era, {@code data.docRejdata}), as
 * GSTN's GSTR-2B API names them: B2B invoices and their amendments, credit/debit notes from registered
 * suppliers and their amendments, Input Service Distributor documents and amendments, bills of entry for
 * imports from overseas and from SEZs, and supplies through e-commerce operators (section 9(5), from 2B
 * version 4.0) and their amendments.
 */
public enum Gstr2bSection {
    B2B, B2BA, CDNR, CDNRA, ISD, ISDA, IMPG, IMPGSEZ, ECOM, ECOMA;

    /** The key under {@code docdata}, e.g. {@code b2ba}. */
    public String jsonKey() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the sections whose documents are bills of entry (import of goods). */
    public boolean isImport() {
        return this == IMPG || this == IMPGSEZ;
    }

    /** True for the Input Service Distributor sections. */
    public boolean isIsd() {
        return this == ISD || this == ISDA;
    }
}
