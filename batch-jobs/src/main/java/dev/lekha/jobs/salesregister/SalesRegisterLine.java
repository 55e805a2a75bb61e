package dev.lekha.jobs.salesregister;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One sales document (invoice, credit or debit note) as a row of the sales register. Amounts in rupees, scale 2. */
public record SalesRegisterLine(long salesDocumentId, String supplierGstin, String docType, String docNumber,
                                LocalDate docDate, String returnPeriod, String supplyType, boolean reverseCharge,
                                String placeOfSupply, String buyerGstin, String buyerName, BigDecimal taxableValue,
                                BigDecimal igst, BigDecimal cgst, BigDecimal sgst, BigDecimal cess,
                                BigDecimal otherCharges, BigDecimal roundOff, BigDecimal totalValue) {
}
