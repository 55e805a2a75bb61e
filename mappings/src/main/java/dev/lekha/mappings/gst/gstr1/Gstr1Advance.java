package dev.lekha.mappings.gst.gstr1;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An advance received (table 11A, {@code at}) or adjusted against an invoice (table 11B, {@code txpd}), from
 * {@code gst_advance}: amount without tax and the tax split by the place of supply.
 *
 * @param adjusted false for RECEIVED, true for ADJUSTED
 */
public record Gstr1Advance(boolean adjusted, String reference, LocalDate date, String placeOfSupply,
                           BigDecimal rate, Gstr1Amounts amounts) {
}
