package dev.lekha.mappings.salesregister;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One document in the sales register. Amounts are written as given and summed exactly; a caller
 * that wants credit notes to reduce the totals passes their amounts negative.
 *
 * @param documentType  INV, CRN or DBN
 * @param buyerName     null or blank for a walk-in buyer
 * @param buyerGstin    null or blank for an unregistered buyer
 * @param placeOfSupply two-digit state code
 * @param total         the document total (taxable value + taxes + other charges + round-off)
 * @param byRate        the document's amounts per GST rate, for the "Summary by rate" sheet; either
 *                      every row of a register has them (adding up to the row's amounts) or none does
 */
public record SalesRegisterRow(LocalDate documentDate, String documentType, String documentNumber,
                               String buyerName, String buyerGstin, String placeOfSupply, String supplyType,
                               BigDecimal taxableValue, BigDecimal igst, BigDecimal cgst, BigDecimal sgst,
                               BigDecimal cess, BigDecimal total, List<RateAmounts> byRate) {

    public SalesRegisterRow {
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(taxableValue, "taxableValue");
        Objects.requireNonNull(igst, "igst");
        Objects.requireNonNull(cgst, "cgst");
        Objects.requireNonNull(sgst, "sgst");
        Objects.requireNonNull(cess, "cess");
        Objects.requireNonNull(total, "total");
        byRate = byRate == null ? List.of() : List.copyOf(byRate);
    }

    /** A document's taxable value and taxes at one GST rate (percent, e.g. 18). */
    public record RateAmounts(BigDecimal gstRate, BigDecimal taxableValue, BigDecimal igst, BigDecimal cgst,
                              BigDecimal sgst, BigDecimal cess) {

        public RateAmounts {
            Objects.requireNonNull(gstRate, "gstRate");
            Objects.requireNonNull(taxableValue, "taxableValue");
            Objects.requireNonNull(igst, "igst");
            Objects.requireNonNull(cgst, "cgst");
            Objects.requireNonNull(sgst, "sgst");
            Objects.requireNonNull(cess, "cess");
        }
    }
}
