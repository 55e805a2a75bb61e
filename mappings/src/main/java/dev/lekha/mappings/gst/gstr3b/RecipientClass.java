package dev.lekha.mappings.gst.gstr3b;

/**
 * Who received an outward supply, as GSTR-3B table 3.2 distinguishes them. The job derives it in SQL
 * for each sales document, in this order:
 *
 * <ol>
 *   <li>{@link #UNREGISTERED}: no buyer GSTIN ({@code sales_document.buyer_gstin} is null);</li>
 *   <li>{@link #UIN_HOLDER}: the buyer's identifier is a Unique Identity Number (UN bodies, embassies,
 *       notified persons, rule 46/section 25(9) CGST Act): a UIN has the GSTIN's 15-character shape with
 *       {@code UN} (or {@code ON}) at positions 13–14, e.g. {@code 0717UNO00157UNO}
 *       (the GST portal offline tool's UIN pattern {@code [0-9]{4}[A-Z]{3}[0-9]{5}[UO]N[A-Z0-9]});</li>
 *   <li>{@link #COMPOSITION}: the buyer's GSTIN is listed in {@code gst_composition_taxpayer}
 *       (migration V11) for the company, with the document date inside its effective dates. Lekha
 *       keeps that list because nothing on an invoice says a buyer is a composition taxpayer; a
 *       finance user records it from the GST portal's "Search Taxpayer" (taxpayer type
 *       "Composition"), with the date the buyer opted in (and out);</li>
 *   <li>{@link #REGISTERED}: anyone else with a GSTIN (not reported in 3.2).</li>
 * </ol>
 */
public enum RecipientClass {
    REGISTERED,
    UNREGISTERED,
    COMPOSITION,
    UIN_HOLDER
}
