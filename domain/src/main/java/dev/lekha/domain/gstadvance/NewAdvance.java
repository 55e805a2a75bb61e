package dev.lekha.domain.gstadvance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An advance as the ERP reports it, before validation.
 *
 * @param supplierGstin the registration that received (or adjusted) the advance
 * @param kind          {@code RECEIVED} (GSTR-1 table 11A, tax paid on an advance without an invoice in the period)
 *                      or {@code ADJUSTED} (table 11B, an earlier advance set off against this period's invoice)
 * @param reference     the receipt voucher number (unique per GSTIN and kind)
 * @param date          the receipt or adjustment date; its month is the return period
 * @param placeOfSupply two-digit state code
 * @param gstRate       rate in percent, a GST slab in force on the date
 * @param amount        the advance excluding tax, more than zero
 * @param cess          cess on it; null means none
 */
public record NewAdvance(String supplierGstin, String kind, String reference, LocalDate date, String placeOfSupply,
                         BigDecimal gstRate, BigDecimal amount, BigDecimal cess) {
}
