package dev.lekha.domain.gstr2b;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One side of a reconciliation pair as stored: a purchase invoice or a GSTR-2B document. */
public record ReconSide(long id, String supplierGstin, String documentType, String number, LocalDate date,
                        String placeOfSupply, boolean reverseCharge, BigDecimal taxableValue, BigDecimal igst,
                        BigDecimal cgst, BigDecimal sgst, BigDecimal cess) {
}
