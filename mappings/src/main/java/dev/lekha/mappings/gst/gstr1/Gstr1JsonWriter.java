package dev.lekha.mappings.gst.gstr1;

import dev.lekha.mappings.gst.gstr1.Gstr1Return.Advance;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2bInvoice;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2clInvoice;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2csEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2csaEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.DocumentSeries;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.ExportInvoice;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.HsnEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.HsnTable;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.Item;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.NilEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.Note;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.Original;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.UnregisteredNote;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a GSTR-1 in the GST portal's JSON (the offline tool's upload file / the GSTN "save GSTR-1" payload)
 * onto an {@link OutputStream} with Jackson's {@link JsonGenerator}: each row is written as it arrives and
 * forgotten, so memory does not grow with the number of invoices. Sections must come in {@link Gstr1Sink}'s
 * order; within b2b/b2ba/cdnr/cdnra rows must arrive grouped by {@code ctin} (b2cl by {@code pos}, exp by
 * {@code exp_typ}), and a group that reappears after another one is refused (the portal rejects a repeated
 * {@code ctin}). Empty sections are left out. Dates are {@code dd-mm-yyyy}, amounts and rates numbers with two
 * decimals.
 *
 * <p>Field names and nesting follow the GSTN GSTR-1 API / offline tool JSON as the public GST software of
 * india-compliance (resilient-tech/india-compliance, {@code gst_india/utils/gstr_1/gstr_1_json_map.py},
 * {@code sections/*.py}: {@code ctin, inv, inum, idt, val, pos, rchrg, etin, inv_typ, itms, num, itm_det, rt,
 * txval, iamt, camt, samt, csamt, sply_ty, typ, nt, ntty, nt_num, nt_dt, exp_typ, sbpcode, sbnum, sbdt,
 * nil_amt, expt_amt, ngsup_amt, ad_amt, hsn_sc, desc, uqc, qty, hsn_b2b, hsn_b2c, doc_det, doc_num, docs,
 * from, to, totnum, cancel, net_issue, flag}) and GSTR-1A/2A amendment records ({@code oinum, oidt, ont_num,
 * ont_dt}) read and write them; b2csa ({@code omon}) as {@link Gstr1Return.B2csaEntry} cites.
 */
public final class Gstr1JsonWriter implements Gstr1Sink, AutoCloseable {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Sections in the order they are written, with how each nests. */
    enum Part {
        B2B("b2b", "ctin", "inv"), B2BA("b2ba", "ctin", "inv"), B2CL("b2cl", "pos", "inv"),
        B2CLA("b2cla", "pos", "inv"), B2CS("b2cs", null, null), B2CSA("b2csa", null, null),
        CDNR("cdnr", "ctin", "nt"),
        CDNRA("cdnra", "ctin", "nt"), CDNUR("cdnur", null, null), CDNURA("cdnura", null, null),
        EXP("exp", "exp_typ", "inv"), EXPA("expa", "exp_typ", "inv"), AT("at", null, null),
        TXPD("txpd", null, null), NIL("nil", null, null), HSN("hsn", null, null), DOC_ISSUE("doc_issue", null, null);

        final String json;
        final String groupField;
        final String listField;

        Part(String json, String groupField, String listField) {
            this.json = json;
            this.groupField = groupField;
            this.listField = listField;
        }

        boolean grouped() {
            return groupField != null || this == HSN || this == DOC_ISSUE;
        }
    }

    private final JsonGenerator g;
    private Part current;
    private Object group;
    private final Set<Object> groupsSeen = new HashSet<>();
    private boolean closed;

    private Gstr1JsonWriter(OutputStream out, String gstin, String fp) {
        this.g = MAPPER.createGenerator(out, JsonEncoding.UTF8);
        g.writeStartObject();
        g.writeStringProperty("gstin", gstin);
        g.writeStringProperty("fp", fp);
    }

    /**
     * Starts the return's JSON on {@code out} (which the caller owns and closes; {@link #close()} only flushes).
     *
     * @param gstin supplier GSTIN
     * @param fp    return period {@code MMYYYY}
     */
    public static Gstr1JsonWriter open(OutputStream out, String gstin, String fp) {
        return new Gstr1JsonWriter(Objects.requireNonNull(out, "out"), gstin, fp);
    }

    @Override
    public void b2b(B2bInvoice inv) {
        enter(Part.B2B, inv.ctin());
        b2bBody(inv);
    }

    @Override
    public void b2ba(B2bInvoice inv) {
        enter(Part.B2BA, inv.ctin());
        b2bBody(inv);
    }

    private void b2bBody(B2bInvoice inv) {
        g.writeStartObject();
        flag(inv.flag());
        original("oinum", "oidt", inv.original());
        g.writeStringProperty("inum", inv.number());
        date("idt", inv.date());
        money("val", inv.value());
        g.writeStringProperty("pos", inv.pos());
        g.writeStringProperty("rchrg", inv.reverseCharge() ? "Y" : "N");
        optional("etin", inv.etin());
        g.writeStringProperty("inv_typ", inv.invoiceType());
        items(inv.items(), true);
        g.writeEndObject();
    }

    @Override
    public void b2cl(B2clInvoice inv) {
        enter(Part.B2CL, inv.pos());
        b2clBody(inv);
    }

    @Override
    public void b2cla(B2clInvoice inv) {
        enter(Part.B2CLA, inv.pos());
        b2clBody(inv);
    }

    private void b2clBody(B2clInvoice inv) {
        g.writeStartObject();
        flag(inv.flag());
        original("oinum", "oidt", inv.original());
        g.writeStringProperty("inum", inv.number());
        date("idt", inv.date());
        money("val", inv.value());
        optional("etin", inv.etin());
        items(inv.items(), false);
        g.writeEndObject();
    }

    @Override
    public void b2cs(B2csEntry e) {
        enter(Part.B2CS, null);
        g.writeStartObject();
        g.writeStringProperty("sply_ty", e.supplyType());
        g.writeStringProperty("pos", e.pos());
        g.writeStringProperty("typ", e.type());
        optional("etin", e.etin());
        money("rt", e.rate());
        amounts(e.amounts(), true, "txval");
        g.writeEndObject();
    }

    /** {@code {"omon","sply_ty","pos","typ","etin"?,"itms":[{"rt","txval","iamt","camt","samt","csamt"}]}}. */
    @Override
    public void b2csa(B2csaEntry e) {
        enter(Part.B2CSA, null);
        g.writeStartObject();
        g.writeStringProperty("omon", e.originalMonth());
        g.writeStringProperty("sply_ty", e.supplyType());
        g.writeStringProperty("pos", e.pos());
        g.writeStringProperty("typ", e.type());
        optional("etin", e.etin());
        g.writeName("itms");
        g.writeStartArray();
        for (Item item : e.items()) {
            g.writeStartObject();
            money("rt", item.rate());
            amounts(item.amounts(), true, "txval");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    public void cdnr(Note n) {
        enter(Part.CDNR, n.ctin());
        noteBody(n);
    }

    @Override
    public void cdnra(Note n) {
        enter(Part.CDNRA, n.ctin());
        noteBody(n);
    }

    private void noteBody(Note n) {
        g.writeStartObject();
        flag(n.flag());
        original("ont_num", "ont_dt", n.original());
        g.writeStringProperty("ntty", n.noteType());
        g.writeStringProperty("nt_num", n.number());
        date("nt_dt", n.date());
        money("val", n.value());
        g.writeStringProperty("pos", n.pos());
        g.writeStringProperty("rchrg", n.reverseCharge() ? "Y" : "N");
        g.writeStringProperty("inv_typ", n.invoiceType());
        items(n.items(), true);
        g.writeEndObject();
    }

    @Override
    public void cdnur(UnregisteredNote n) {
        enter(Part.CDNUR, null);
        unregisteredNoteBody(n);
    }

    @Override
    public void cdnura(UnregisteredNote n) {
        enter(Part.CDNURA, null);
        unregisteredNoteBody(n);
    }

    private void unregisteredNoteBody(UnregisteredNote n) {
        g.writeStartObject();
        flag(n.flag());
        original("ont_num", "ont_dt", n.original());
        g.writeStringProperty("typ", n.type());
        g.writeStringProperty("ntty", n.noteType());
        g.writeStringProperty("nt_num", n.number());
        date("nt_dt", n.date());
        money("val", n.value());
        optional("pos", n.pos());
        items(n.items(), false);
        g.writeEndObject();
    }

    @Override
    public void exp(ExportInvoice inv) {
        enter(Part.EXP, inv.exportType());
        exportBody(inv);
    }

    @Override
    public void expa(ExportInvoice inv) {
        enter(Part.EXPA, inv.exportType());
        exportBody(inv);
    }

    private void exportBody(ExportInvoice inv) {
        g.writeStartObject();
        flag(inv.flag());
        original("oinum", "oidt", inv.original());
        g.writeStringProperty("inum", inv.number());
        date("idt", inv.date());
        money("val", inv.value());
        optional("sbpcode", inv.portCode());
        optional("sbnum", inv.shippingBillNumber());
        if (inv.shippingBillDate() != null) {
            date("sbdt", inv.shippingBillDate());
        }
        g.writeName("itms");
        g.writeStartArray();
        for (Item item : inv.items()) {
            g.writeStartObject();
            money("txval", item.amounts().taxable());
            money("rt", item.rate());
            money("iamt", item.amounts().igst());
            money("csamt", item.amounts().cess());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    public void at(Advance a) {
        enter(Part.AT, null);
        advanceBody(a);
    }

    @Override
    public void txpd(Advance a) {
        enter(Part.TXPD, null);
        advanceBody(a);
    }

    private void advanceBody(Advance a) {
        g.writeStartObject();
        g.writeStringProperty("pos", a.pos());
        g.writeStringProperty("sply_ty", a.supplyType());
        g.writeName("itms");
        g.writeStartArray();
        for (Item item : a.items()) {
            g.writeStartObject();
            money("rt", item.rate());
            amounts(item.amounts(), true, "ad_amt");
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    @Override
    public void nil(NilEntry e) {
        enter(Part.NIL, null);
        g.writeStartObject();
        g.writeStringProperty("sply_ty", e.supplyType());
        money("nil_amt", e.nilRated());
        money("expt_amt", e.exempt());
        money("ngsup_amt", e.nonGst());
        g.writeEndObject();
    }

    @Override
    public void hsn(HsnTable table, HsnEntry e) {
        enter(Part.HSN, table);
        g.writeStartObject();
        g.writeNumberProperty("num", e.num());
        g.writeStringProperty("hsn_sc", e.hsn());
        g.writeStringProperty("desc", e.description());
        g.writeStringProperty("uqc", e.uqc());
        money("qty", e.quantity());
        money("rt", e.rate());
        amounts(e.amounts(), true, "txval");
        g.writeEndObject();
    }

    @Override
    public void docIssue(DocumentSeries s) {
        enter(Part.DOC_ISSUE, s.nature());
        g.writeStartObject();
        g.writeNumberProperty("num", s.num());
        g.writeStringProperty("from", s.from());
        g.writeStringProperty("to", s.to());
        g.writeNumberProperty("totnum", s.total());
        g.writeNumberProperty("cancel", s.cancelled());
        g.writeNumberProperty("net_issue", s.netIssued());
        g.writeEndObject();
    }

    /** Ends the JSON document and flushes; the output stream stays open. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeSection();
        g.writeEndObject();
        g.flush();
    }

    private void enter(Part part, Object groupKey) {
        if (closed) {
            throw new IllegalStateException("the GSTR-1 JSON is already closed");
        }
        if (part != current) {
            if (current != null && part.ordinal() < current.ordinal()) {
                throw new IllegalStateException("GSTR-1 section " + part.json + " arrived after " + current.json
                        + ": sections must be written in the order b2b, b2ba, b2cl, ..., hsn, doc_issue");
            }
            closeSection();
            openSection(part);
        }
        if (part.grouped() && !Objects.equals(group, groupKey)) {
            if (!groupsSeen.add(groupKey)) {
                throw new IllegalStateException("GSTR-1 section " + part.json + ": group '" + groupKey
                        + "' arrived again after another group; rows must come ordered by it");
            }
            if (group != null) {
                closeGroup();
            }
            openGroup(groupKey);
        }
    }

    private void openSection(Part part) {
        current = part;
        group = null;
        groupsSeen.clear();
        g.writeName(part.json);
        switch (part) {
            case NIL -> {
                g.writeStartObject();
                g.writeName("inv");
                g.writeStartArray();
            }
            case HSN -> g.writeStartObject();
            case DOC_ISSUE -> {
                g.writeStartObject();
                g.writeName("doc_det");
                g.writeStartArray();
            }
            default -> g.writeStartArray();
        }
    }

    private void openGroup(Object key) {
        group = key;
        if (current == Part.HSN) {
            g.writeName(((HsnTable) key).json());
            g.writeStartArray();
        } else if (current == Part.DOC_ISSUE) {
            g.writeStartObject();
            g.writeNumberProperty("doc_num", (Integer) key);
            g.writeName("docs");
            g.writeStartArray();
        } else {
            g.writeStartObject();
            g.writeStringProperty(current.groupField, (String) key);
            g.writeName(current.listField);
            g.writeStartArray();
        }
    }

    private void closeGroup() {
        g.writeEndArray();
        if (current != Part.HSN) {
            g.writeEndObject();
        }
    }

    private void closeSection() {
        if (current == null) {
            return;
        }
        if (current.grouped() && group != null) {
            closeGroup();
        }
        switch (current) {
            case NIL, DOC_ISSUE -> {
                g.writeEndArray();
                g.writeEndObject();
            }
            case HSN -> g.writeEndObject();
            default -> g.writeEndArray();
        }
        current = null;
        group = null;
    }

    private void items(List<Item> items, boolean intraHeads) {
        g.writeName("itms");
        g.writeStartArray();
        for (Item item : items) {
            g.writeStartObject();
            g.writeNumberProperty("num", item.num());
            g.writeName("itm_det");
            g.writeStartObject();
            money("rt", item.rate());
            amounts(item.amounts(), intraHeads, "txval");
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void amounts(Gstr1Amounts a, boolean intraHeads, String taxableName) {
        money(taxableName, a.taxable());
        money("iamt", a.igst());
        if (intraHeads) {
            money("camt", a.cgst());
            money("samt", a.sgst());
        }
        money("csamt", a.cess());
    }

    private void original(String numberName, String dateName, Original original) {
        if (original != null) {
            g.writeStringProperty(numberName, original.number());
            date(dateName, original.date());
        }
    }

    private void flag(String flag) {
        optional("flag", flag);
    }

    private void optional(String name, String value) {
        if (value != null && !value.isBlank()) {
            g.writeStringProperty(name, value);
        }
    }

    private void date(String name, LocalDate date) {
        g.writeStringProperty(name, DATE.format(date));
    }

    private void money(String name, BigDecimal value) {
        g.writeNumberProperty(name, value.setScale(2, RoundingMode.HALF_UP));
    }
}
