package dev.lekha.mappings.gst.gstr1;

import dev.lekha.mappings.gst.gstr1.Gstr1Assembler.B2csKey;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.B2csaEntry;
import dev.lekha.mappings.gst.gstr1.Gstr1Return.Item;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * B2CS amendments (GSTR-1 table 10, JSON {@code b2csa}). A B2CS document is reported only inside its month's
 * b2cs bucket ({@code sply_ty}, {@code pos}, {@code typ}/{@code etin}, {@code rt}), so when it changes or is
 * cancelled after that month's GSTR-1 was filed, the amendment is not the document but the bucket: the REVISED
 * total of the bucket it is in now and, when different (place of supply, operator or rate changed), of the bucket
 * it was in when reported, each summed over ALL the B2CS documents of that original month as they stand now
 * (cancelled ones out; a bucket left empty is reported with zeros, so the portal's figure drops to nil). Table 10
 * of Form GSTR-1 (Notification 71/2019-Central Tax) asks for "amendments to taxable outward supplies to
 * unregistered persons furnished in returns for earlier tax periods in Table 7", rate-wise, and the GSTN B2CSA
 * record carries the original month {@code omon} with the revised rate-wise {@code itms}
 * (see {@link Gstr1Return.B2csaEntry}).
 *
 * <p>Pure: the caller picks the affected buckets ({@link #bucketsNow}, {@link #bucketsReported}) and feeds a
 * {@link Revision} the original month's documents one at a time, so nothing but the chosen buckets is held.
 */
public final class Gstr1B2csAmendments {

    /** Return periods {@code MMYYYY} in calendar order (year, then month). */
    public static final Comparator<String> MONTH_ORDER = Comparator.comparing((String p) -> p.substring(2))
            .thenComparing(p -> p.substring(0, 2));

    private Gstr1B2csAmendments() {
    }

    /** The b2cs bucket of a taxable line at {@code rate} of a B2C document with this place of supply and operator. */
    public static B2csKey key(String supplierState, String pos, String ecommerceGstin, BigDecimal rate) {
        String etin = ecommerceGstin == null || ecommerceGstin.isBlank() ? null : ecommerceGstin;
        return new B2csKey(Gstr1Mapping.supplyKind(!supplierState.equals(pos)), pos, Gstr1Mapping.b2csType(etin),
                etin, Gstr1Amounts.money(rate));
    }

    /** The buckets the document's taxable lines are in now (cancelled or not: its rates stay its buckets). */
    public static Set<B2csKey> bucketsNow(Gstr1Document doc, String supplierState) {
        Set<B2csKey> keys = new TreeSet<>();
        for (Gstr1Line line : doc.lines()) {
            if (line.category() == TaxCategory.TAXABLE) {
                keys.add(key(supplierState, doc.placeOfSupply(), doc.ecommerceGstin(), line.rate()));
            }
        }
        return keys;
    }

    /** The buckets the filed GSTR-1 reported it in; empty when the filing did not record them. */
    public static Set<B2csKey> bucketsReported(Gstr1Document.Reported reported, String supplierState) {
        Set<B2csKey> keys = new TreeSet<>();
        if (reported != null && reported.placeOfSupply() != null) {
            for (BigDecimal rate : reported.rates()) {
                keys.add(key(supplierState, reported.placeOfSupply(), reported.ecommerceGstin(), rate));
            }
        }
        return keys;
    }

    /**
     * The revised totals of chosen buckets of one original month. Feed it every document of that month as it
     * stands now ({@link #add}); {@link #writeTo} then writes one b2csa row per (sply_ty, pos, typ, etin) with
     * the bucket's rates as items, zeros where no document is left.
     */
    public static final class Revision {

        private final String originalMonth;
        private final Map<B2csKey, Gstr1Amounts> totals = new TreeMap<>();

        public Revision(String originalMonth, Collection<B2csKey> buckets) {
            this.originalMonth = originalMonth;
            buckets.forEach(k -> totals.put(k, Gstr1Amounts.ZERO));
        }

        /**
         * Counts the document's taxable lines into the chosen buckets when it is a B2CS document now
         * ({@code section}, as {@link Gstr1Mapping#classify} decides for its own date; NONE when cancelled), credit
         * notes negative as in b2cs.
         */
        public void add(Gstr1Document doc, Gstr1Section section, String supplierState) {
            if (section != Gstr1Section.B2CS || doc.cancelled()) {
                return;
            }
            for (Gstr1Line line : doc.lines()) {
                if (line.category() != TaxCategory.TAXABLE) {
                    continue;
                }
                B2csKey k = key(supplierState, doc.placeOfSupply(), doc.ecommerceGstin(), line.rate());
                if (totals.containsKey(k)) {
                    Gstr1Amounts a = doc.isCreditNote() ? line.amounts().negate() : line.amounts();
                    totals.merge(k, a, Gstr1Amounts::plus);
                }
            }
        }

        /** Writes the revised buckets: rows by place of supply, operator, supply type; items by rate. */
        public void writeTo(Gstr1Sink sink) {
            Map<Group, List<Item>> rows = new TreeMap<>();
            totals.forEach((k, a) -> {
                List<Item> items = rows.computeIfAbsent(new Group(k.supplyType(), k.pos(), k.type(), k.etin()),
                        g -> new ArrayList<>());
                items.add(new Item(items.size() + 1, k.rate(), a));
            });
            rows.forEach((g, items) -> {
                items.sort(Comparator.comparing(Item::rate));
                sink.b2csa(new B2csaEntry(originalMonth, g.supplyType(), g.pos(), g.type(), g.etin(), items));
            });
        }
    }

    private record Group(String supplyType, String pos, String type, String etin) implements Comparable<Group> {
        @Override
        public int compareTo(Group o) {
            return Comparator.comparing(Group::pos).thenComparing(g -> g.etin() == null ? "" : g.etin())
                    .thenComparing(Group::supplyType).compare(this, o);
        }
    }
}
