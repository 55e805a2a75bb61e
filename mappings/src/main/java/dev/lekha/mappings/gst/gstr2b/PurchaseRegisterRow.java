package dev.lekha.mappings.gst.gstr2b;

import dev.lekha.domain.invoice.DocumentType;
import dev.lekha.domain.purchase.ItcEligibility;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One purchase invoice (or credit/debit note) of the purchase register, as read from its row.
 * Amounts in rupees at scale 2; {@code total} is the invoice value (the sum of taxable value and taxes,
 * or the sheet's own total column, which then agrees with that sum).
 *
 * @param row          the spreadsheet row it came from (header = row 1)
 * @param companyGstin  our GSTIN that received it (shape-checked only: sandbox companies have test GSTINs)
 */
public record PurchaseRegisterRow(int row, String companyGstin, String supplierGstin, String supplierName, DocumentType documentType,
                                  String documentNumber, LocalDate documentDate, String placeOfSupply,
                                  boolean reverseCharge, BigDecimal taxableValue, BigDecimal igst, BigDecimal cgst,
                                  BigDecimal sgst, BigDecimal cess, BigDecimal total, ItcEligibility itcEligibility) {
}
