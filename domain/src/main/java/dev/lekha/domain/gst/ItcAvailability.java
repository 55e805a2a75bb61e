package dev.lekha.domain.gst;

/**
 * Input tax credit of one GSTIN for one return period, in the rows of GSTR-3B table 4, as the
 * GSTR-2B reconciliation establishes it: credit is available only for purchases in the books that
 * the supplier reported (matched with a 2B document whose {@code itcavl} is {@code Y}).
 *
 * <p>Table 4 rows (GSTR-3B, Form GST RET-3B as notified under rule 61(5) of the CGST Rules):
 * 4A(1) import of goods, 4A(2) import of services, 4A(3) inward supplies liable to reverse charge
 * (other than 1 and 2), 4A(4) inward supplies from ISD, 4A(5) all other ITC; 4B(1) reversed as per
 * rules 38, 42 and 43 of the CGST Rules and section 17(5), 4B(2) reversed, others; 4D(1) ITC reclaimed
 * which was reversed under 4B(2) in an earlier period, 4D(2) ineligible ITC under section 16(4) and ITC
 * restricted by place-of-supply rules (table as amended by Notification 14/2022-Central Tax, 5 July 2022;
 * portal JSON {@code itc_elg.itc_inelg} rows {@code RUL} and {@code OTH}).
 * Net ITC (4C) is {@link #net()}. Never null fields.
 */
public record ItcAvailability(TaxHeads importOfGoods, TaxHeads importOfServices, TaxHeads inwardReverseCharge,
                              TaxHeads inwardFromIsd, TaxHeads allOtherItc,
                              TaxHeads reversedRules38_42_43AndSection17_5, TaxHeads reversedOthers,
                              TaxHeads reclaimedAfterReversal, TaxHeads ineligibleSection16_4AndPos) {

    public static final ItcAvailability NONE = new ItcAvailability(TaxHeads.ZERO, TaxHeads.ZERO, TaxHeads.ZERO,
            TaxHeads.ZERO, TaxHeads.ZERO, TaxHeads.ZERO, TaxHeads.ZERO, TaxHeads.ZERO, TaxHeads.ZERO);

    public ItcAvailability {
        importOfGoods = orZero(importOfGoods);
        importOfServices = orZero(importOfServices);
        inwardReverseCharge = orZero(inwardReverseCharge);
        inwardFromIsd = orZero(inwardFromIsd);
        allOtherItc = orZero(allOtherItc);
        reversedRules38_42_43AndSection17_5 = orZero(reversedRules38_42_43AndSection17_5);
        reversedOthers = orZero(reversedOthers);
        reclaimedAfterReversal = orZero(reclaimedAfterReversal);
        ineligibleSection16_4AndPos = orZero(ineligibleSection16_4AndPos);
    }

    /** 4A: the sum of rows 4A(1) to 4A(5). */
    public TaxHeads available() {
        return importOfGoods.plus(importOfServices).plus(inwardReverseCharge).plus(inwardFromIsd).plus(allOtherItc);
    }

    /** 4B: the sum of rows 4B(1) and 4B(2). */
    public TaxHeads reversed() {
        return reversedRules38_42_43AndSection17_5.plus(reversedOthers);
    }

    /** 4C: net ITC available = 4A − 4B. */
    public TaxHeads net() {
        return available().minus(reversed());
    }

    private static TaxHeads orZero(TaxHeads heads) {
        return heads == null ? TaxHeads.ZERO : heads;
    }
}
