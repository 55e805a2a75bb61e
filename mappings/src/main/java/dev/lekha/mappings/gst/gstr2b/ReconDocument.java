package dev.lekha.mappings.gst.gstr2b;

import dev.lekha.domain.gst.FinancialYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One side of a reconciliation: a purchase invoice from the books, or a document the supplier reported
 * (GSTR-2B). Amounts in rupees at scale 2.
 *
 * @param id            the row id on its side (purchase invoice id, or GSTR-2B document id)
 * @param supplierGstin may be null for a 2B bill of entry from overseas (it then never matches)
 * @param documentType  {@code INV}, {@code CRN}, {@code DBN} (2B may also hold {@code ISDI}, {@code ISDC}, {@code BOE})
 * @param placeOfSupply 2-digit state code, may be null
 */
public record ReconDocument(long id, String supplierGstin, String documentType, String number, LocalDate date,
                            String placeOfSupply, boolean reverseCharge, BigDecimal taxableValue, BigDecimal igst,
                            BigDecimal cgst, BigDecimal sgst, BigDecimal cess) {

    public ReconDocument {
        Objects.requireNonNull(documentType, "documentType must not be null");
        Objects.requireNonNull(number, "number must not be null");
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(taxableValue, "taxableValue must not be null");
        Objects.requireNonNull(igst, "igst must not be null");
        Objects.requireNonNull(cgst, "cgst must not be null");
        Objects.requireNonNull(sgst, "sgst must not be null");
        Objects.requireNonNull(cess, "cess must not be null");
    }

    /** A purchase register row as the books side. */
    public static ReconDocument ofBooks(long id, PurchaseRegisterRow row) {
        return new ReconDocument(id, row.supplierGstin(), row.documentType().name(), row.documentNumber(),
                row.documentDate(), row.placeOfSupply(), row.reverseCharge(), row.taxableValue(), row.igst(),
                row.cgst(), row.sgst(), row.cess());
    }

    /** A GSTR-2B document as the supplier's side. */
    public static ReconDocument ofPortal(long id, Gstr2bDocument doc) {
        return new ReconDocument(id, doc.supplierGstin(), doc.documentType(), doc.number(), doc.date(),
                doc.placeOfSupply(), doc.reverseCharge(), doc.taxableValue(), doc.igst(), doc.cgst(), doc.sgst(),
                doc.cess());
    }

    public FinancialYear financialYear() {
        return FinancialYear.of(date);
    }

    /** The PAN part of the supplier GSTIN (characters 3-12), or null. */
    public String pan() {
        return supplierGstin == null || supplierGstin.length() < 12 ? null : supplierGstin.substring(2, 12);
    }

    public BigDecimal totalTax() {
        return igst.add(cgst).add(sgst).add(cess);
    }

    /** e.g. {@code INV 42 of 27AAACL1234C1Z5 dated 2024-05-01}. */
    public String describe() {
        return documentType + " " + number + " of " + supplierGstin + " dated " + date;
    }
}
