package dev.lekha.mappings.gst.gstr3b;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.gst.TaxHeads;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The period's advances of one GSTIN ({@code gst_advance}, migration V8) summed by kind and place of supply.
 * Tax on an advance received without an invoice is due in the period it is received (section 13 CGST Act,
 * for services) and is reported in GSTR-1 table 11A; once an invoice adjusts it (table 11B) the tax is taken
 * back, since the invoice carries it. GSTR-3B 3.1(a) therefore adds {@link Kind#RECEIVED} and subtracts
 * {@link Kind#ADJUSTED} (as the GST portal's auto-population of 3.1(a) from GSTR-1 table 11 does).
 *
 * @param kind          received or adjusted; never null
 * @param placeOfSupply two-digit state code; never null
 * @param amount        the advance, excluding tax
 */
public record AdvanceTotals(Kind kind, String placeOfSupply, BigDecimal amount, TaxHeads tax) {

    public AdvanceTotals {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(placeOfSupply, "placeOfSupply must not be null");
        amount = Money.orZero(amount);
        tax = tax == null ? TaxHeads.ZERO : tax;
    }

    /** {@code gst_advance.kind}. */
    public enum Kind {
        /** Received in the period without an invoice (GSTR-1 11A). */
        RECEIVED,
        /** Adjusted against an invoice of the period (GSTR-1 11B). */
        ADJUSTED
    }
}
