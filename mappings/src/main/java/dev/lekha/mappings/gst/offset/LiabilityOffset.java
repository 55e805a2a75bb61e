package dev.lekha.mappings.gst.offset;

import dev.lekha.domain.common.Money;
import dev.lekha.domain.gst.TaxHeads;
import java.math.BigDecimal;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pays a GSTR-3B's liability: input tax credit set off head by head in the order the law prescribes, the rest in
 * cash, as the portal's RETOFFSET takes it.
 *
 * <p>The order (CGST Act s.49(5) as amended from 1 Feb 2019, s.49A, and rule 88A of the CGST Rules):
 * <ol>
 *   <li>IGST credit first against IGST; what is left against CGST and SGST in any order and proportion
 *       (rule 88A) — Lekha gives it first to whichever head its own credit cannot cover, so that no cash is paid
 *       while credit that could have paid it is carried forward; and s.49A requires the IGST credit to be used
 *       up before CGST or SGST credit is used, so any IGST credit still left goes to the remaining CGST and SGST;</li>
 *   <li>CGST credit against CGST, then IGST; never SGST (s.49(5)(b), (e));</li>
 *   <li>SGST credit against SGST, then IGST; never CGST (s.49(5)(c), (f));</li>
 *   <li>cess credit only against cess (s.11 of the Compensation Cess Act);</li>
 *   <li>tax on inward supplies under reverse charge, tax an e-commerce operator pays under s.9(5) (3.1.1(i)),
 *       interest and late fee in cash only (s.49(4) allows the electronic credit ledger only for output tax).</li>
 * </ol>
 * Pure: amounts in, amounts out.
 */
public final class LiabilityOffset {

    private LiabilityOffset() {
    }

    /**
     * How each credit head was used, and what was paid in cash.
     *
     * @param igstForIgst   IGST credit against IGST ({@code pditc.i_pdi})
     * @param igstForCgst   IGST credit against CGST ({@code i_pdc})
     * @param igstForSgst   IGST credit against SGST ({@code i_pds})
     * @param cgstForIgst   CGST credit against IGST ({@code c_pdi})
     * @param cgstForCgst   CGST credit against CGST ({@code c_pdc})
     * @param sgstForIgst   SGST credit against IGST ({@code s_pdi})
     * @param sgstForSgst   SGST credit against SGST ({@code s_pds})
     * @param cessForCess   cess credit against cess ({@code cs_pdcs})
     * @param cashTax       tax paid in cash per head: forward-charge tax not covered by credit plus all reverse-charge
     *                      tax ({@code pdcash ipd/cpd/spd/cspd})
     * @param cashInterest  interest, in cash
     * @param cashLateFee   late fee, in cash (CGST and SGST heads only)
     * @param creditLeft    credit carried forward per head
     */
    public record Payment(BigDecimal igstForIgst, BigDecimal igstForCgst, BigDecimal igstForSgst,
                          BigDecimal cgstForIgst, BigDecimal cgstForCgst, BigDecimal sgstForIgst,
                          BigDecimal sgstForSgst, BigDecimal cessForCess, TaxHeads cashTax, TaxHeads cashInterest,
                          TaxHeads cashLateFee, TaxHeads creditLeft) {

        public BigDecimal totalCash() {
            return cashTax.total().add(cashInterest.total()).add(cashLateFee.total());
        }
    }

    /**
     * @param forwardCharge tax on outward supplies (3.1(a) and (b)); never negative
     * @param reverseCharge tax on inward supplies liable to reverse charge (3.1(d)); paid in cash
     * @param netCredit     net ITC available (4C); a negative head (more reversed than available) is added to the
     *                      liability of that head, as the portal does
     * @param interest      interest (5.1)
     * @param lateFee       late fee (5.1)
     */
    public static Payment pay(TaxHeads forwardCharge, TaxHeads reverseCharge, TaxHeads netCredit, TaxHeads interest,
                              TaxHeads lateFee) {
        Objects.requireNonNull(forwardCharge, "forwardCharge");
        TaxHeads credit = positive(netCredit);
        TaxHeads owed = forwardCharge.plus(negativePart(netCredit));
        BigDecimal li = owed.igst();
        BigDecimal lc = owed.cgst();
        BigDecimal ls = owed.sgst();
        BigDecimal lx = owed.cess();
        BigDecimal i = credit.igst();
        BigDecimal c = credit.cgst();
        BigDecimal s = credit.sgst();
        BigDecimal x = credit.cess();

        BigDecimal iI = i.min(li);
        i = i.subtract(iI);
        li = li.subtract(iI);
        // IGST credit first where the head's own credit falls short, then (s.49A) whatever is left
        BigDecimal iC = i.min(lc.subtract(c).max(Money.ZERO));
        i = i.subtract(iC);
        BigDecimal iS = i.min(ls.subtract(s).max(Money.ZERO));
        i = i.subtract(iS);
        BigDecimal moreC = i.min(lc.subtract(iC));
        iC = iC.add(moreC);
        i = i.subtract(moreC);
        BigDecimal moreS = i.min(ls.subtract(iS));
        iS = iS.add(moreS);
        i = i.subtract(moreS);
        lc = lc.subtract(iC);
        ls = ls.subtract(iS);

        BigDecimal cC = c.min(lc);
        c = c.subtract(cC);
        lc = lc.subtract(cC);
        BigDecimal cI = c.min(li);
        c = c.subtract(cI);
        li = li.subtract(cI);

        BigDecimal sS = s.min(ls);
        s = s.subtract(sS);
        ls = ls.subtract(sS);
        BigDecimal sI = s.min(li);
        s = s.subtract(sI);
        li = li.subtract(sI);

        BigDecimal xX = x.min(lx);
        x = x.subtract(xX);
        lx = lx.subtract(xX);

        TaxHeads cash = new TaxHeads(li, lc, ls, lx).plus(orZero(reverseCharge));
        return new Payment(iI, iC, iS, cI, cC, sI, sS, xX, cash, orZero(interest), orZero(lateFee),
                new TaxHeads(i, c, s, x));
    }

    /** The liability of a GSTR-3B in the portal's JSON, paid by {@link #pay}. */
    public static Payment pay(JsonNode gstr3b) {
        JsonNode sup = gstr3b.path("sup_details");
        TaxHeads forward = heads(sup.path("osup_det")).plus(heads(sup.path("osup_zero")));
        // reverse-charge tax and tax an e-commerce operator pays under s.9(5) (3.1.1(i)) go in cash only
        TaxHeads reverse = heads(sup.path("isup_rev")).plus(heads(gstr3b.path("eco_dtls").path("eco_sup")));
        TaxHeads net = heads(gstr3b.path("itc_elg").path("itc_net"));
        JsonNode fees = gstr3b.path("intr_ltfee");
        return pay(forward, reverse, net, heads(fees.path("intr_details")), heads(fees.path("ltfee_details")));
    }

    /** The RETOFFSET payload: {@code pdcash} (one entry for the whole cash payment) and {@code pditc}. */
    public static ObjectNode offsetJson(Payment p, JsonMapper json) {
        ObjectNode root = json.createObjectNode();
        ObjectNode cash = root.putArray("pdcash").addObject();
        cash.put("ipd", p.cashTax().igst());
        cash.put("cpd", p.cashTax().cgst());
        cash.put("spd", p.cashTax().sgst());
        cash.put("cspd", p.cashTax().cess());
        cash.put("i_intrpd", p.cashInterest().igst());
        cash.put("c_intrpd", p.cashInterest().cgst());
        cash.put("s_intrpd", p.cashInterest().sgst());
        cash.put("cs_intrpd", p.cashInterest().cess());
        cash.put("c_lfeepd", p.cashLateFee().cgst());
        cash.put("s_lfeepd", p.cashLateFee().sgst());
        ObjectNode itc = root.putObject("pditc");
        itc.put("i_pdi", p.igstForIgst());
        itc.put("i_pdc", p.igstForCgst());
        itc.put("i_pds", p.igstForSgst());
        itc.put("c_pdi", p.cgstForIgst());
        itc.put("c_pdc", p.cgstForCgst());
        itc.put("s_pdi", p.sgstForIgst());
        itc.put("s_pds", p.sgstForSgst());
        itc.put("cs_pdcs", p.cessForCess());
        return root;
    }

    private static TaxHeads heads(JsonNode node) {
        return new TaxHeads(amount(node, "iamt"), amount(node, "camt"), amount(node, "samt"), amount(node, "csamt"));
    }

    private static BigDecimal amount(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNumber() ? Money.of(v.decimalValue()) : Money.ZERO;
    }

    private static TaxHeads positive(TaxHeads t) {
        TaxHeads h = orZero(t);
        return new TaxHeads(h.igst().max(Money.ZERO), h.cgst().max(Money.ZERO), h.sgst().max(Money.ZERO),
                h.cess().max(Money.ZERO));
    }

    private static TaxHeads negativePart(TaxHeads t) {
        TaxHeads h = orZero(t);
        return new TaxHeads(h.igst().min(Money.ZERO).negate(), h.cgst().min(Money.ZERO).negate(),
                h.sgst().min(Money.ZERO).negate(), h.cess().min(Money.ZERO).negate());
    }

    private static TaxHeads orZero(TaxHeads t) {
        return t == null ? TaxHeads.ZERO : t;
    }
}
