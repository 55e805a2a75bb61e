package dev.lekha.mappings.gst.gstr3b;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.gst.TaxHeads;
import java.math.BigDecimal;

/**
 * How much of a return's tax is paid in cash once input tax credit is set off, which is the base of
 * interest under the proviso to section 50(1) of the CGST Act.
 *
 * <p>Order of set-off (section 49(5) and section 49A of the CGST Act, rule 88A of the CGST Rules):
 * IGST credit first against IGST, then against CGST and SGST (rule 88A allows any order; Lekha takes
 * CGST before SGST); then CGST credit against CGST and then IGST; then SGST credit against SGST and
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
        BigDecimal[] tax = {pos(outputTax.igst()).add(neg(netItc.igst())), pos(outputTax.cgst()).add(neg(netItc.cgst())),
                pos(outputTax.sgst()).add(neg(netItc.sgst())), pos(outputTax.cess()).add(neg(netItc.cess()))};
        BigDecimal[] credit = {pos(netItc.igst()), pos(netItc.cgst()), pos(netItc.sgst()), pos(netItc.cess())};
        final int i = 0;
        final int c = 1;
        final int s = 2;
        final int cess = 3;
        setOff(credit, i, tax, i);
        setOff(credit, i, tax, c);
        setOff(credit, i, tax, s);
        setOff(credit, c, tax, c);
        setOff(credit, c, tax, i);
        setOff(credit, s, tax, s);
        setOff(credit, s, tax, i);
        setOff(credit, cess, tax, cess);
        return new TaxHeads(tax[i], tax[c], tax[s], tax[cess]).plus(new TaxHeads(pos(cashOnly.igst()),
                pos(cashOnly.cgst()), pos(cashOnly.sgst()), pos(cashOnly.cess())));
    }

    private static void setOff(BigDecimal[] credit, int from, BigDecimal[] tax, int against) {
        BigDecimal used = credit[from].min(tax[against]);
        credit[from] = credit[from].subtract(used);
        tax[against] = tax[against].subtract(used);
    }

    private static BigDecimal pos(BigDecimal amount) {
        return amount.signum() > 0 ? amount : Money.ZERO;
    }

    private static BigDecimal neg(BigDecimal amount) {
        return amount.signum() < 0 ? amount.negate() : Money.ZERO;
    }
}
