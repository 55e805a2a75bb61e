package dev.lekha.mappings.gst.gstr1;

import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.Advance;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2csEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.HsnEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.HsnTable;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.Item;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.NilEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a whole GSTR-1 from documents held in memory: validates, classifies, orders, summarises (b2cs, b2csa, nil,
 * hsn, at/txpd, doc_issue) and writes to a sink. For small periods and tests; the {@code gstr1} job does the same with
 * ordered SQL cursors and GROUP BY so nothing is held per invoice. Both use {@link Gstr1Mapping} for every
 * decision.
 */
public final class Gstr1Assembler {

    private Gstr1Assembler() {
    }

    /** b2cs summary key: {@code sply_ty}, {@code pos}, {@code typ}, {@code etin}, {@code rt}. */
    public record B2csKey(String supplyType, String pos, String type, String etin, BigDecimal rate)
            implements Comparable<B2csKey> {
        @Override
        public int compareTo(B2csKey o) {
            return Comparator.comparing(B2csKey::pos).thenComparing(B2csKey::rate)
                    .thenComparing(k -> k.etin() == null ? "" : k.etin()).thenComparing(B2csKey::supplyType)
                    .compare(this, o);
        }
    }

    /** HSN summary key: table, HSN, UQC, rate. */
    public record HsnKey(HsnTable table, String hsn, String uqc, BigDecimal rate) implements Comparable<HsnKey> {
        @Override
        public int compareTo(HsnKey o) {
            return Comparator.comparing(HsnKey::table).thenComparing(HsnKey::hsn).thenComparing(HsnKey::uqc)
                    .thenComparing(HsnKey::rate).compare(this, o);
        }
    }

    /**
     * Validates everything, then writes the return to {@code sink}.
     *
     * @param documents the period's documents and the amendments ({@link Gstr1Document#reported()} set)
     * @param books     receives the books' totals per section, for {@link Gstr1Validator#tieToBooks}
     * @throws Gstr1RejectedException listing every problem; nothing is written then
     */
    public static void assemble(String gstin, GstReturnPeriod period, List<Gstr1Document> documents,
                                List<Gstr1Advance> advances, Gstr1Rules rules, Gstr1Books books, Gstr1Sink sink) {
        assemble(gstin, period, documents, List.of(), advances, rules, books, sink);
    }

    /**
     * Validates everything, then writes the return to {@code sink}, with B2CS amendments (b2csa): for each
     * original month of an amended B2CS document ({@link Gstr1Document.Reported#period()}), the revised totals of
     * the buckets it is in now and was reported in, over that month's amended documents and {@code filedUnchanged}
     * ({@link Gstr1B2csAmendments}).
     *
     * @param filedUnchanged documents of earlier months, reported in a filed GSTR-1 and unchanged since
     *                       ({@link Gstr1Document#reported()} set, its period the original month): they only
     *                       complete the revised b2csa buckets and are neither validated nor reported otherwise
     */
    public static void assemble(String gstin, GstReturnPeriod period, List<Gstr1Document> documents,
                                List<Gstr1Document> filedUnchanged, List<Gstr1Advance> advances, Gstr1Rules rules,
                                Gstr1Books books, Gstr1Sink sink) {
        String state = Gstr1Mapping.stateOf(gstin);
        List<Gstr1Problem> problems = new ArrayList<>();
        documents.forEach(d -> problems.addAll(Gstr1Validator.validate(d, gstin, period, rules)));
        advances.forEach(a -> problems.addAll(Gstr1Validator.validate(a, rules)));
        if (!problems.isEmpty()) {
            throw new Gstr1RejectedException(gstin, period.toString(), problems);
        }
        List<Classified> current = new ArrayList<>();
        List<Classified> amendments = new ArrayList<>();
        for (Gstr1Document d : documents) {
            if (d.reported() != null) {
                amendments.add(new Classified(d, d.reported().section()));
            } else {
                Gstr1Section s = Gstr1Mapping.classify(d, state, rules);
                books.add(d, s);
                current.add(new Classified(d, s));
            }
        }
        advances.forEach(books::add);
        Comparator<Classified> byGroup = Comparator.comparing((Classified c) -> groupKey(c.doc(), c.section()))
                .thenComparing(c -> c.doc().date()).thenComparing(c -> c.doc().number());
        for (Gstr1Section section : List.of(Gstr1Section.B2B, Gstr1Section.B2CL)) {
            write(current, section, byGroup, state, sink);
            write(amendments, section, byGroup, state, sink);
        }
        // b2cs: TAXABLE lines of B2CS documents by (sply_ty, pos, typ, etin, rt), credit notes negative
        Map<B2csKey, Gstr1Amounts> b2cs = new TreeMap<>();
        for (Classified c : current) {
            if (c.section() == Gstr1Section.B2CS) {
                Gstr1Document d = c.doc();
                for (Item item : Gstr1Mapping.items(d)) {
                    B2csKey key = new B2csKey(Gstr1Mapping.supplyKind(Gstr1Mapping.interState(d, state)),
                            d.placeOfSupply(), Gstr1Mapping.b2csType(d.ecommerceGstin()),
                            d.ecommerceGstin() == null || d.ecommerceGstin().isBlank() ? null : d.ecommerceGstin(),
                            item.rate());
                    b2cs.merge(key, d.isCreditNote() ? item.amounts().negate() : item.amounts(), Gstr1Amounts::plus);
                }
            }
        }
        b2cs.forEach((k, a) -> sink.b2cs(new B2csEntry(k.supplyType(), k.pos(), k.type(), k.etin(), k.rate(), a)));
        // b2csa: the buckets the amended B2CS documents are in now or were reported in, per original month
        Map<String, java.util.Set<B2csKey>> affected = new TreeMap<>(Gstr1B2csAmendments.MONTH_ORDER);
        for (Classified c : amendments) {
            if (c.section() == Gstr1Section.B2CS) {
                var keys = affected.computeIfAbsent(c.doc().reported().period(), k -> new java.util.TreeSet<>());
                keys.addAll(Gstr1B2csAmendments.bucketsNow(c.doc(), state));
                keys.addAll(Gstr1B2csAmendments.bucketsReported(c.doc().reported(), state));
            }
        }
        affected.forEach((omon, keys) -> {
            var revision = new Gstr1B2csAmendments.Revision(omon, keys);
            for (Classified c : amendments) {
                if (omon.equals(c.doc().reported().period())) {
                    revision.add(c.doc(), Gstr1Mapping.classify(c.doc(), state, rules), state);
                }
            }
            for (Gstr1Document d : filedUnchanged) {
                if (omon.equals(d.reported().period())) {
                    revision.add(d, Gstr1Mapping.classify(d, state, rules), state);
                }
            }
            revision.writeTo(sink);
        });
        for (Gstr1Section section : List.of(Gstr1Section.CDNR, Gstr1Section.CDNUR, Gstr1Section.EXP)) {
            write(current, section, byGroup, state, sink);
            write(amendments, section, byGroup, state, sink);
        }
        advances(advances, false, state, sink);
        advances(advances, true, state, sink);
        // nil: by sply_ty in the portal's order
        Map<String, BigDecimal[]> nil = new TreeMap<>(Comparator.comparing(List.of("INTRB2B", "INTRAB2B", "INTRB2C",
                "INTRAB2C")::indexOf));
        for (Classified c : current) {
            Gstr1Document d = c.doc();
            if (d.cancelled()) {
                continue;
            }
            for (Gstr1Line line : d.lines()) {
                if (line.category() != TaxCategory.TAXABLE) {
                    BigDecimal[] v = nil.computeIfAbsent(Gstr1Mapping.nilSupplyType(d, state),
                            k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                    int i = line.category() == TaxCategory.NIL ? 0 : line.category() == TaxCategory.EXEMPT ? 1 : 2;
                    BigDecimal amount = line.amounts().taxable();
                    v[i] = v[i].add(d.isCreditNote() ? amount.negate() : amount);
                }
            }
        }
        nil.forEach((k, v) -> sink.nil(new NilEntry(k, Gstr1Amounts.money(v[0]), Gstr1Amounts.money(v[1]),
                Gstr1Amounts.money(v[2]))));
        // hsn: every line of the period's documents, credit notes negative
        boolean split = rules.hsnSplit(period);
        Map<HsnKey, Gstr1Amounts> hsnAmounts = new TreeMap<>();
        Map<HsnKey, BigDecimal> hsnQty = new TreeMap<>();
        Map<HsnKey, String> hsnDesc = new TreeMap<>();
        for (Classified c : current) {
            Gstr1Document d = c.doc();
            if (d.cancelled()) {
                continue;
            }
            for (Gstr1Line line : d.lines()) {
                HsnKey key = new HsnKey(Gstr1Mapping.hsnTable(d, split), line.hsn(),
                        Gstr1Mapping.hsnUqc(line.service(), line.uqc()), Gstr1Amounts.money(line.rate()));
                boolean credit = d.isCreditNote();
                hsnAmounts.merge(key, credit ? line.amounts().negate() : line.amounts(), Gstr1Amounts::plus);
                BigDecimal qty = line.service() ? BigDecimal.ZERO : line.quantity();
                hsnQty.merge(key, credit ? qty.negate() : qty, BigDecimal::add);
                hsnDesc.merge(key, Gstr1Mapping.hsnDescription(line.description()),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        int num = 0;
        HsnTable table = null;
        for (var e : hsnAmounts.entrySet()) {
            HsnKey k = e.getKey();
            num = k.table() == table ? num + 1 : 1;
            table = k.table();
            sink.hsn(k.table(), new HsnEntry(num, k.hsn(), hsnDesc.get(k), k.uqc(),
                    Gstr1Amounts.money(hsnQty.get(k)), k.rate(), e.getValue()));
        }
        DocumentSeriesCounter series = new DocumentSeriesCounter();
        current.forEach(c -> series.add(c.doc().docType(), c.doc().number(), c.doc().cancelled()));
        series.series().forEach(sink::docIssue);
    }

    private record Classified(Gstr1Document doc, Gstr1Section section) {
    }

    private static void write(List<Classified> docs, Gstr1Section section, Comparator<Classified> order,
                              String state, Gstr1Sink sink) {
        docs.stream().filter(c -> c.section() == section).sorted(order)
                .forEach(c -> Gstr1Mapping.write(c.doc(), section, state, sink));
    }

    /** The group a document's row is written under: ctin for b2b/cdnr, pos for b2cl, exp_typ for exp. */
    static String groupKey(Gstr1Document d, Gstr1Section section) {
        return switch (section) {
            case B2B, CDNR -> d.buyerGstin();
            case B2CL -> d.placeOfSupply();
            case EXP -> Gstr1Mapping.exportType(d.supplyType());
            case CDNUR -> (d.supplyType().isExport() ? d.supplyType().name() : "B2CL");
            default -> "";
        };
    }

    private static void advances(List<Gstr1Advance> advances, boolean adjusted, String state, Gstr1Sink sink) {
        Map<String, Map<BigDecimal, Gstr1Amounts>> byPos = new TreeMap<>();
        for (Gstr1Advance a : advances) {
            if (a.adjusted() == adjusted) {
                byPos.computeIfAbsent(a.placeOfSupply(), k -> new TreeMap<>())
                        .merge(Gstr1Amounts.money(a.rate()), a.amounts(), Gstr1Amounts::plus);
            }
        }
        byPos.forEach((pos, rates) -> {
            List<Item> items = new ArrayList<>();
            int num = 1;
            for (var e : rates.entrySet()) {
                items.add(new Item(num++, e.getKey(), e.getValue()));
            }
            Advance row = new Advance(pos, Gstr1Mapping.supplyKind(!state.equals(pos)), items);
            if (adjusted) {
                sink.txpd(row);
            } else {
                sink.at(row);
            }
        });
    }
}
