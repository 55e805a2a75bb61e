package dev.lekha.connectors.nic.sandbox;

import dev.lekha.connectors.nic.IrpInvoice;
import dev.lekha.connectors.nic.IrpInvoice.Item;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** A hand-built schema 1.1 invoice a test adjusts field by field; valid as built. */
final class SampleInvoice {

    String sellerGstin;
    String sellerStcd;
    int sellerPin;
    String buyerGstin;
    String buyerPos;
    String buyerStcd;
    Integer buyerPin;
    String supTyp = "B2B";
    String igstOnIntra = "N";
    String docTyp = "INV";
    String docNo;
    String docDt;
    final List<Item> items = new ArrayList<>();
    BigDecimal assValOverride;
    BigDecimal totInvValOverride;
    BigDecimal rndOffAmt;
    IrpInvoice.EwbDtls ewbDtls;

    SampleInvoice(String sellerGstin, String buyerGstin, String docNo, String docDt) {
        this.sellerGstin = sellerGstin;
        this.sellerStcd = sellerGstin.substring(0, 2);
        this.sellerPin = 193502;
        this.buyerGstin = buyerGstin;
        this.buyerPos = buyerGstin.substring(0, 2);
        this.buyerStcd = buyerPos;
        this.buyerPin = 171001;
        this.docNo = docNo;
        this.docDt = docDt;
    }

    boolean interState() {
        return !sellerStcd.equals(buyerPos);
    }

    /** Adds an item with GST placed by the state codes (IGST inter-state, CGST+SGST intra-state). */
    SampleInvoice item(String slNo, String hsn, boolean service, String assAmt, String rate) {
        BigDecimal value = new BigDecimal(assAmt);
        BigDecimal tax = value.multiply(new BigDecimal(rate)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal half = tax.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
        boolean inter = interState();
        return add(item(slNo, hsn, service, value, value, BigDecimal.ZERO, new BigDecimal(rate), inter ? tax : BigDecimal.ZERO,
                inter ? BigDecimal.ZERO : half, inter ? BigDecimal.ZERO : half, value.add(inter ? tax : half.add(half))));
    }

    SampleInvoice add(Item item) {
        items.add(item);
        return this;
    }

    static Item item(String slNo, String hsn, boolean service, BigDecimal totAmt, BigDecimal assAmt, BigDecimal discount,
                     BigDecimal rate, BigDecimal igst, BigDecimal cgst, BigDecimal sgst, BigDecimal totItemVal) {
        return new Item(slNo, "Sample product " + slNo, service ? "Y" : "N", hsn, BigDecimal.ONE, null, "NOS", totAmt, totAmt,
                discount, null, assAmt, rate, igst, cgst, sgst, null, null, null, null, null, null, null, totItemVal);
    }

    IrpInvoice build() {
        BigDecimal ass = BigDecimal.ZERO;
        BigDecimal igst = BigDecimal.ZERO;
        BigDecimal cgst = BigDecimal.ZERO;
        BigDecimal sgst = BigDecimal.ZERO;
        for (Item i : items) {
            ass = ass.add(i.assAmt());
            igst = igst.add(i.igstAmt());
            cgst = cgst.add(i.cgstAmt());
            sgst = sgst.add(i.sgstAmt());
        }
        BigDecimal total = ass.add(igst).add(cgst).add(sgst).add(rndOffAmt == null ? BigDecimal.ZERO : rndOffAmt);
        return new IrpInvoice("1.1",
                new IrpInvoice.TranDtls("GST", supTyp, "N", null, igstOnIntra),
                new IrpInvoice.DocDtls(docTyp, docNo, docDt),
                new IrpInvoice.SellerDtls(sellerGstin, "Lekha Sample Traders", null, "12 Residency Road", null, "Srinagar",
                        sellerPin, sellerStcd, null, null),
                new IrpInvoice.BuyerDtls(buyerGstin, "Sample Buyer Pvt Ltd", null, buyerPos, "5 Mall Road", null, "Shimla",
                        buyerPin, buyerStcd, null, null),
                null, null, List.copyOf(items),
                new IrpInvoice.ValDtls(assValOverride != null ? assValOverride : ass, cgst, sgst, igst, null, null, null, null,
                        rndOffAmt, totInvValOverride != null ? totInvValOverride : total, null),
                null, null, null, ewbDtls);
    }
}
