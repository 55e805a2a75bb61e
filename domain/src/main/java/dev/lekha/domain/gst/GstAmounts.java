package dev.lekha.domain.gst;

import dev.lekha.domain.common.Money;
import java.math.BigDecimal;

/** The GST on an amount, split into its heads, in rupees at scale 2. Never null fields. */
public record GstAmounts(BigDecimal igst, BigDecimal cgst, BigDecimal sgst) {

    public static final GstAmounts NONE = new GstAmounts(Money.ZERO, Money.ZERO, Money.ZERO);

    public GstAmounts {
        igst = Money.orZero(igst);
        cgst = Money.orZero(cgst);
        sgst = Money.orZero(sgst);
    }

    public BigDecimal total() {
        return igst.add(cgst).add(sgst);
    }

    public GstAmounts plus(GstAmounts other) {
        return new GstAmounts(igst.add(other.igst), cgst.add(other.cgst), sgst.add(other.sgst));
    }

    /** e.g. {@code IGST 0.00, CGST 90.00, SGST 90.00}. */
    @Override
    public String toString() {
        return "IGST " + igst.toPlainString() + ", CGST " + cgst.toPlainString() + ", SGST " + sgst.toPlainString();
    }
}
