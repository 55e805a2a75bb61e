package dev.lekha.mappings.gst.gstr1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A GSTR-1 as the portal's JSON carries it (the offline tool / GSTN "save GSTR-1" payload): one list per section,
 * field names noted on each record. Built by {@link Gstr1JsonParser}; {@link #replay(Gstr1Sink)} writes it back
 * through any {@link Gstr1Sink}. Lists are never null (empty when the section is absent).
 *
 * @param gstin supplier GSTIN ({@code gstin})
 * @param fp    return period {@code MMYYYY} ({@code fp})
 * @param hsn   the HSN summary by table ({@code data} before the split, {@code hsn_b2b}/{@code hsn_b2c} after)
 */
public record Gstr1Return(String gstin, String fp, List<B2bInvoice> b2b, List<B2bInvoice> b2ba,
                          List<B2clInvoice> b2cl, List<B2clInvoice> b2cla, List<B2csEntry> b2cs, List<B2csaEntry> b2csa,
                          List<Note> cdnr, List<Note> cdnra, List<UnregisteredNote> cdnur,
                          List<UnregisteredNote> cdnura, List<ExportInvoice> exp, List<ExportInvoice> expa,
                          List<Advance> at, List<Advance> txpd, List<NilEntry> nil, Map<HsnTable, List<HsnEntry>> hsn,
                          List<DocumentSeries> docIssue) {

    /** Writes every section, in the portal's order, to {@code sink} (without closing it). */
    public void replay(Gstr1Sink sink) {
        b2b.forEach(sink::b2b);
        b2ba.forEach(sink::b2ba);
        b2cl.forEach(sink::b2cl);
        b2cla.forEach(sink::b2cla);
        b2cs.forEach(sink::b2cs);
        b2csa.forEach(sink::b2csa);
        cdnr.forEach(sink::cdnr);
        cdnra.forEach(sink::cdnra);
        cdnur.forEach(sink::cdnur);
        cdnura.forEach(sink::cdnura);
        exp.forEach(sink::exp);
        expa.forEach(sink::expa);
        at.forEach(sink::at);
        txpd.forEach(sink::txpd);
        nil.forEach(sink::nil);
        for (HsnTable table : HsnTable.values()) {
            hsn.getOrDefault(table, List.of()).forEach(e -> sink.hsn(table, e));
        }
        docIssue.forEach(sink::docIssue);
    }

    /** The number and date an amendment replaces ({@code oinum}/{@code oidt}, {@code ont_num}/{@code ont_dt}). */
    public record Original(String number, LocalDate date) {
    }

    /** One rate-wise item: {@code {"num":n,"itm_det":{"rt","txval","iamt","camt","samt","csamt"}}}. */
    public record Item(int num, BigDecimal rate, Gstr1Amounts amounts) {
    }

    /**
     * b2b / b2ba invoice: {@code ctin}, then {@code inum, idt, val, pos, rchrg, etin?, inv_typ, itms}, with
     * {@code oinum, oidt} in b2ba and an optional {@code flag}.
     *
     * @param invoiceType {@code R}, {@code SEWP}, {@code SEWOP} or {@code DE}
     */
    public record B2bInvoice(String ctin, Original original, String number, LocalDate date, BigDecimal value,
                             String pos, boolean reverseCharge, String etin, String invoiceType, List<Item> items,
                             String flag) {
    }

    /** b2cl / b2cla invoice: {@code pos}, then {@code inum, idt, val, etin?, itms} (items carry iamt and csamt). */
    public record B2clInvoice(String pos, Original original, String number, LocalDate date, BigDecimal value,
                              String etin, List<Item> items, String flag) {
    }

    /**
     * b2cs row: {@code sply_ty} (INTRA/INTER), {@code pos}, {@code typ} (E through an e-commerce operator, OE
     * otherwise), {@code etin?}, {@code rt}, amounts.
     */
    public record B2csEntry(String supplyType, String pos, String type, String etin, BigDecimal rate,
                            Gstr1Amounts amounts) {
    }

    /**
     * b2csa row (GSTR-1 table 10): the REVISED totals of one b2cs bucket of an earlier month, {@code omon}
     * ({@code MMYYYY}), {@code sply_ty}, {@code pos}, {@code typ} (E/OE), {@code etin?} and rate-wise {@code itms}
     * {@code {"rt","txval","iamt","camt","samt","csamt"}} (no {@code num}, no {@code itm_det}); {@code diff_percent}
     * is not written (Lekha has no differential-rate supplies). Shape as the GSTN GSTR-1 B2CSA API has it
     * (developer.sandbox.co.in/docs/gstr-1-b2csa, which mirrors the GSTN "GET B2CSA" response: omon, sply_ty, etin,
     * pos, typ, diff_percent, itms with rt, txval, iamt, camt, samt, csamt).
     *
     * @param originalMonth {@code omon}: the return period whose b2cs row this revises
     * @param items         one per rate, ascending; {@link Item#num()} is not written
     */
    public record B2csaEntry(String originalMonth, String supplyType, String pos, String type, String etin,
                             List<Item> items) {
        public B2csaEntry {
            items = List.copyOf(items);
        }
    }

    /**
     * cdnr / cdnra note: {@code ctin}, then {@code ntty} (C/D), {@code nt_num, nt_dt, val, pos, rchrg, inv_typ,
     * itms}, {@code ont_num, ont_dt} in cdnra.
     */
    public record Note(String ctin, Original original, String noteType, String number, LocalDate date,
                       BigDecimal value, String pos, boolean reverseCharge, String invoiceType, List<Item> items,
                       String flag) {
    }

    /** cdnur / cdnura note: {@code typ} (B2CL, EXPWP, EXPWOP), {@code ntty, nt_num, nt_dt, val, pos?, itms}. */
    public record UnregisteredNote(String type, Original original, String noteType, String number, LocalDate date,
                                   BigDecimal value, String pos, List<Item> items, String flag) {
    }

    /**
     * exp / expa invoice: {@code exp_typ} (WPAY/WOPAY), then {@code inum, idt, val, sbpcode?, sbnum?, sbdt?, itms}
     * with items {@code {"txval","rt","iamt","csamt"}} (no {@code num}).
     */
    public record ExportInvoice(String exportType, Original original, String number, LocalDate date,
                                BigDecimal value, String portCode, String shippingBillNumber,
                                LocalDate shippingBillDate, List<Item> items, String flag) {
    }

    /** at / txpd row: {@code pos}, {@code sply_ty}, items {@code {"rt","ad_amt","iamt","camt","samt","csamt"}}. */
    public record Advance(String pos, String supplyType, List<Item> items) {
    }

    /** nil row: {@code sply_ty} (INTRB2B, INTRAB2B, INTRB2C, INTRAB2C), {@code nil_amt, expt_amt, ngsup_amt}. */
    public record NilEntry(String supplyType, BigDecimal nilRated, BigDecimal exempt, BigDecimal nonGst) {
    }

    /** The HSN summary's tables: {@code data} before the B2B/B2C split, {@code hsn_b2b}/{@code hsn_b2c} after. */
    public enum HsnTable {
        DATA("data"), B2B("hsn_b2b"), B2C("hsn_b2c");

        private final String json;

        HsnTable(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    /** HSN row: {@code num, hsn_sc, desc, uqc, qty, rt, txval, iamt, camt, samt, csamt}. */
    public record HsnEntry(int num, String hsn, String description, String uqc, BigDecimal quantity,
                           BigDecimal rate, Gstr1Amounts amounts) {
    }

    /**
     * doc_issue range: {@code doc_det[].doc_num} is the nature (1 invoices for outward supply, 4 debit notes,
     * 5 credit notes), {@code docs[]}: {@code num, from, to, totnum, cancel, net_issue}.
     */
    public record DocumentSeries(int nature, int num, String from, String to, int total, int cancelled,
                                 int netIssued) {
    }
}
