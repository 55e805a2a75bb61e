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
import dev.lekha.mappings.gst.gstr1.Gstr1Return.UnregisteredNote;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up what a return reports, per section ({@code b2b}, {@code b2cl}, ..., {@code hsn}): taxable value and
 * taxes, credit notes negative (the portal reports them positive with {@code ntty} C). Nil/exempt/non-GST values
 * are added as the taxable value of {@code nil}; {@code hsn} sums every table. Tee it beside a writer with
 * {@link Gstr1Tee} to compare the file with the books ({@link Gstr1Books}).
 */
public final class Gstr1Totals implements Gstr1Sink {

    /** Amendment sections: they revise earlier periods, so they are not tied to this period's books. */
    public static final java.util.Set<String> AMENDMENTS = java.util.Set.of("b2ba", "b2cla", "b2csa", "cdnra",
            "cdnura", "expa");

    private final Map<String, Gstr1Amounts> bySection = new LinkedHashMap<>();
    private long rows;

    /** Section name to its totals, in the order written; sections with no rows are absent. */
    public Map<String, Gstr1Amounts> bySection() {
        return Map.copyOf(bySection);
    }

    public Gstr1Amounts section(String name) {
        return bySection.getOrDefault(name, Gstr1Amounts.ZERO);
    }

    /** Rows received (invoices, notes, summary rows). */
    public long rows() {
        return rows;
    }

    private void add(String section, Gstr1Amounts a) {
        rows++;
        bySection.merge(section, a, Gstr1Amounts::plus);
    }

    private static Gstr1Amounts sum(List<Item> items) {
        return items.stream().map(Item::amounts).reduce(Gstr1Amounts.ZERO, Gstr1Amounts::plus);
    }

    private static Gstr1Amounts signed(String ntty, Gstr1Amounts a) {
        return "C".equals(ntty) ? a.negate() : a;
    }

    @Override
    public void b2b(B2bInvoice i) {
        add("b2b", sum(i.items()));
    }

    @Override
    public void b2ba(B2bInvoice i) {
        add("b2ba", sum(i.items()));
    }

    @Override
    public void b2cl(B2clInvoice i) {
        add("b2cl", sum(i.items()));
    }

    @Override
    public void b2cla(B2clInvoice i) {
        add("b2cla", sum(i.items()));
    }

    @Override
    public void b2cs(B2csEntry e) {
        add("b2cs", e.amounts());
    }

    @Override
    public void b2csa(B2csaEntry e) {
        add("b2csa", sum(e.items()));
    }

    @Override
    public void cdnr(Note n) {
        add("cdnr", signed(n.noteType(), sum(n.items())));
    }

    @Override
    public void cdnra(Note n) {
        add("cdnra", signed(n.noteType(), sum(n.items())));
    }

    @Override
    public void cdnur(UnregisteredNote n) {
        add("cdnur", signed(n.noteType(), sum(n.items())));
    }

    @Override
    public void cdnura(UnregisteredNote n) {
        add("cdnura", signed(n.noteType(), sum(n.items())));
    }

    @Override
    public void exp(ExportInvoice i) {
        add("exp", sum(i.items()));
    }

    @Override
    public void expa(ExportInvoice i) {
        add("expa", sum(i.items()));
    }

    @Override
    public void at(Advance a) {
        add("at", sum(a.items()));
    }

    @Override
    public void txpd(Advance a) {
        add("txpd", sum(a.items()));
    }

    @Override
    public void nil(NilEntry e) {
        add("nil", new Gstr1Amounts(e.nilRated().add(e.exempt()).add(e.nonGst()), java.math.BigDecimal.ZERO,
                java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO));
    }

    @Override
    public void hsn(HsnTable table, HsnEntry e) {
        add("hsn", e.amounts());
    }

    @Override
    public void docIssue(DocumentSeries s) {
        rows++;
    }
}
