package dev.lekha.domain.gst;

import dev.lekha.domain.common.Money;
import java.math.BigDecimal;

/**
 * Tax in the four heads the GST returns report (IGST, CGST, SGST/UTGST, cess), in rupees at scale 2.
 * Never null fields: a missing head is zero.
 */
public record TaxHeads(BigDecimal igst, BigDecimal cgst, BigDecimal sgst, BigDecimal cess) {

    public static final TaxHeads ZERO = new TaxHeads(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

    public TaxHeads {
        igst = Money.orZero(igst);
        cgst = Money.orZero(cgst);
        sgst = Money.orZero(sgst);
        cess = Money.orZero(cess);
    }

    public TaxHeads plus(TaxHeads other) {
        return new TaxHeads(igst.add(other.igst), cgst.add(other.cgst), sgst.add(other.sgst), cess.add(other.cess));
    }

    public TaxHeads minus(TaxHeads other) {
        return new TaxHeads(igst.subtract(other.igst), cgst.subtract(other.cgst), sgst.subtract(other.sgst),
                cess.subtract(other.cess));
    }

    public BigDecimal total() {
        return igst.add(cgst).add(sgst).add(cess);
    }
}
