package dev.lekha.domain.gstr2b;

import dev.lekha.domain.purchase.ItcEligibility;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A purchase invoice (or credit/debit note) from the purchase register, as read from its row.
 *
 * @param source       where it came from, for messages, e.g. {@code row 7}
 * @param companyGstin our GSTIN that received it
 * @param documentType {@code INV}, {@code CRN} or {@code DBN}
 */
public record IncomingPurchaseInvoice(String source, String companyGstin, String supplierGstin, String supplierName,
                                      String documentType, String documentNumber, LocalDate documentDate,
                                      String placeOfSupply, boolean reverseCharge, BigDecimal taxableValue,
                                      BigDecimal igst, BigDecimal cgst, BigDecimal sgst, BigDecimal cess,
                                      BigDecimal total, ItcEligibility itcEligibility) {
}
