package dev.lekha.mappings.gst.gstr1;

import dev.lekha.domain.gst.SupplyType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A sales invoice, credit note or debit note of the supplier GSTIN, as GSTR-1 needs it.
 *
 * @param docType              {@code INV}, {@code CRN} or {@code DBN}
 * @param number               the document number (at most 16 characters on the portal)
 * @param date                 the document date
 * @param supplyType           B2B, B2C, SEZWP, SEZWOP, EXPWP, EXPWOP or DEXP
 * @param reverseCharge        tax payable by the recipient
 * @param placeOfSupply        two-digit state code, {@code 96} for exports
 * @param buyerGstin           the recipient's GSTIN; null for unregistered recipients and exports
 * @param ecommerceGstin       GSTIN of the e-commerce operator the supply went through; may be null
 * @param portCode             export port code (6 characters); may be null
 * @param shippingBillNumber   export shipping bill number; may be null
 * @param shippingBillDate     export shipping bill date; may be null
 * @param value                the document's total value ({@code val})
 * @param originalInvoiceValue for a note: the value of the invoice it adjusts (decides cdnur B2CL); may be null
 * @param cancelled            cancelled: counted only in doc_issue (or amended to zero when already filed)
 * @param lines                the lines; never empty for a reportable document
 * @param reported             how a FILED GSTR-1 reported it, when this document is to be reported as an amendment;
 *                             null for a document of the period
 */
public record Gstr1Document(String docType, String number, LocalDate date, SupplyType supplyType,
                            boolean reverseCharge, String placeOfSupply, String buyerGstin, String ecommerceGstin,
                            String portCode, String shippingBillNumber, LocalDate shippingBillDate, BigDecimal value,
                            BigDecimal originalInvoiceValue, boolean cancelled, List<Gstr1Line> lines,
                            Reported reported) {

    public Gstr1Document {
        Objects.requireNonNull(docType, "docType");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        lines = List.copyOf(lines);
    }

    /**
     * The document as an earlier, FILED GSTR-1 reported it ({@code gstr1_reported_document}).
     *
     * @param section        the section it was reported in (B2B, B2CL, B2CS, CDNR, CDNUR, EXP)
     * @param number         the number reported
     * @param date           the date reported
     * @param period         the return period it was reported in ({@code MMYYYY}); for a B2CS document the
     *                       original month whose b2cs summary it belongs to (b2csa {@code omon})
     * @param placeOfSupply  B2CS only: the place of supply reported, naming with {@code ecommerceGstin} and
     *                       {@code rates} the b2cs buckets it was reported in; null when the filing did not record
     *                       them (then only the buckets it is in now are revised)
     * @param ecommerceGstin B2CS only: the e-commerce operator reported; may be null
     * @param rates          B2CS only: the rates of its taxable lines reported; never null
     */
    public record Reported(Gstr1Section section, String number, LocalDate date, String period, String placeOfSupply,
                           String ecommerceGstin, List<BigDecimal> rates) {

        public Reported {
            rates = rates == null ? List.of() : List.copyOf(rates);
        }

        /** Reported without its b2cs buckets (every section but B2CS needs only these). */
        public Reported(Gstr1Section section, String number, LocalDate date, String period) {
            this(section, number, date, period, null, null, List.of());
        }
    }

    public boolean isNote() {
        return "CRN".equals(docType) || "DBN".equals(docType);
    }

    public boolean isCreditNote() {
        return "CRN".equals(docType);
    }

    public boolean hasTaxableLines() {
        return lines.stream().anyMatch(l -> l.category() == TaxCategory.TAXABLE);
    }
}
