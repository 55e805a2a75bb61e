package dev.lekha.mappings.gst.gstr3b;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.gst.TaxHeads;
import dev.lekha.mappings.gst.offset.LiabilityOffset;
import java.math.BigDecimal;

/**
 * How much of a return's tax is paid in cash once input tax credit is set off, which is the base of
 * interest under the proviso to section 50(1) of the CGST Act.
 *
 * <p>Order of set-off (section 49(5) and section 49A of the CGST Act, rule 88A of the CGST Rules):
 * IGST credit first against IGST, then against CGST and SGST (rule 88A allows any order; Lekha gives it
 * first to the head whose own credit falls short, see {@link LiabilityOffset}); then CGST credit against CGST and then IGST; then SGST credit against SGST and
 * then IGST; cess credit only against cess. CGST credit never pays SGST nor the reverse.
 * Tax under reverse charge (3.1(d)) and tax an e-commerce operator pays under section 9(5)
 * (3.1.1(i)) are paid in cash only (section 49(4) allows credit only for output tax; GSTN advisory on
 * table 3.1.1). A negative net credit in a head (4C) adds to that head's tax.
 */
public final class TaxPayment {

    private TaxPayment() {
    }

    /**
     * @param outputTax tax that credit may pay (3.1(a) and 3.1(b)); negative heads count as zero
     * @param cashOnly  tax payable in cash only (3.1(d), 3.1.1(i)); negative heads count as zero
     * @param netItc    net input tax credit (4C)
     * @return the tax paid in cash per head; never negative
     */
    public static TaxHeads cash(TaxHeads outputTax, TaxHeads cashOnly, TaxHeads netItc) {
        TaxHeads output = new TaxHeads(pos(outputTax.igst()), pos(outputTax.cgst()), pos(outputTax.sgst()),
                pos(outputTax.cess()));
        TaxHeads cash = new TaxHeads(pos(cashOnly.igst()), pos(cashOnly.cgst()), pos(cashOnly.sgst()),
                pos(cashOnly.cess()));
        // one set-off for the interest base and the portal's offset, so the two can never disagree
        return LiabilityOffset.pay(output, cash, netItc, TaxHeads.ZERO, TaxHeads.ZERO).cashTax();
    }

    private static BigDecimal pos(BigDecimal amount) {
        return amount.signum() > 0 ? amount : Money.ZERO;
    }
}
