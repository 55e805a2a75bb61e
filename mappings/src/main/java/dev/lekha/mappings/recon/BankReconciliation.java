package dev.lekha.mappings.recon;

import dev.lekha.mappings.recon.ReconMatch.Allocation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Matches bank statement lines to open items, one line at a time against an {@link Index} of the items
 * that keeps what is left of each: a confirmed match takes its amount off the item, so no item is ever
 * matched beyond its outstanding. Rules, in order (first that decides wins), with their confidence:
 *
 * <ul>
 *   <li><b>R1 reference</b>: the line's UTR, its bank reference or a token of its narration equals an
 *       item's reference (settlement UTR, payment reference) or document number. Found items whose
 *       outstanding sums to the amount: 0.99 by UTR/reference, 0.97 by one document number, 0.95 by several;
 *       one item with more outstanding than the line (a part payment): 0.92.</li>
 *   <li><b>R2 amount and date</b>: exactly one item with the line's amount in the date window (invoices
 *       from their date to {@code invoiceWindowDays} after, settlements and journal entries within
 *       {@code settlementWindowDays}): settlements and journal entries 0.92; invoices 0.85 + 0.10 x the
 *       party-name similarity, so 0.90 and more only when the narration also names the party. Two or
 *       more: not a match; R3/R4 may decide, else a suggestion at 0.50 listing them.</li>
 *   <li><b>R3 split</b>: for the parties the narration names, a unique set of 2..{@code maxSplitSize} of
 *       the party's oldest {@code maxSplitItems} open items whose outstanding sums exactly to the line:
 *       0.80 + 0.15 x similarity. Several sets: a suggestion at 0.50. A line smaller than the party's only
 *       open item: a part-payment suggestion at 0.60.</li>
 *   <li><b>R4 party name</b>: the narration names a party (similarity at least {@code nameThreshold}) that
 *       has exactly one item within {@code amountTolerance} of the amount: 0.60 + 0.30 x similarity, less
 *       0.10 when the amounts are not equal.</li>
 * </ul>
 * A result at or above {@code autoConfirmAt} is a match (taken off the index); below it, or ambiguous, a
 * suggestion (the index keeps the items). Pure and single-threaded: no I/O, no clock.
 */
public final class BankReconciliation {

    /**
     * @param invoiceWindowDays    an invoice can be paid up to this many days after its date (default 120)
     * @param settlementWindowDays a settlement or journal entry is credited within this many days either side (3)
     * @param valueDateSlackDays   a line may be dated this many days before the invoice (value dates shift; 3)
     * @param amountTolerance      R4 accepts amounts this close (rupees; default 1.00)
     * @param autoConfirmAt        confidence from which a result is a match (default 0.90)
     * @param nameThreshold        party-name similarity from which a narration names a party (default 0.60)
     * @param maxSplitItems        R3 looks at this many of a party's oldest open items (default 12)
     * @param maxSplitSize         R3 combines at most this many items (default 5)
     * @param maxNameFanout        party-token prefixes shared by more parties than this are not used to find
     *                             parties (they name nobody in particular; default 200)
     */
    public record Settings(int invoiceWindowDays, int settlementWindowDays, int valueDateSlackDays,
                           BigDecimal amountTolerance, BigDecimal autoConfirmAt, double nameThreshold,
                           int maxSplitItems, int maxSplitSize, int maxNameFanout) {

        public static Settings defaults() {
            return new Settings(120, 3, 3, new BigDecimal("1.00"), new BigDecimal("0.90"), 0.60, 12, 5, 200);
        }
    }

    private final Settings settings;

    public BankReconciliation(Settings settings) {
        this.settings = settings;
    }

    /** An empty index to {@link Index#add} items to. */
    public Index newIndex() {
        return new Index();
    }

    /** The decision for one line, or empty when no rule found anything. A match is taken off the index. */
    public Optional<ReconMatch> match(StatementLine line, Index index) {
        PENDING.get().clear();
        long paise = paise(line.amount());
        List<String> names = PartyNames.tokens(line.narration());
        Map<Party, Double> parties = index.partiesNamed(names, settings);

        ReconMatch r1 = byReference(line, paise, index);
        if (r1 != null) {
            return Optional.of(index.apply(r1));
        }

        List<Entry> sameAmount = new ArrayList<>();
        for (Entry e : index.withAmount(paise, line.credit())) {
            if (inWindow(e, line.valueDate())) {
                sameAmount.add(e);
            }
        }
        ReconMatch r2Fallback = null;
        if (sameAmount.size() == 1) {
            Entry e = sameAmount.get(0);
            ReconMatch r2;
            if (e.party == null || e.item.type() == ReconTarget.RAZORPAY_SETTLEMENT
                    || e.item.type() == ReconTarget.JOURNAL_ENTRY) {
                r2 = result(line, ReconRule.R2_AMOUNT_DATE, 0.92, List.of(alloc(e, line.amount())),
                        "only " + describe(e) + " has this amount within " + settings.settlementWindowDays() + " days");
            } else {
                double sim = parties.getOrDefault(e.party, 0.0);
                r2 = result(line, ReconRule.R2_AMOUNT_DATE, 0.85 + 0.10 * sim,
                        List.of(alloc(e, line.amount())),
                        "only open item of this amount in the window: " + describe(e)
                                + (sim > 0 ? "; narration names " + e.party.name : ""));
            }
            if (!r2.suggestion() || parties.isEmpty()) {
                return Optional.of(index.apply(r2));
            }
            r2Fallback = r2;
        }

        ReconMatch r3 = split(line, paise, parties);
        if (r3 != null && !r3.suggestion()) {
            return Optional.of(index.apply(r3));
        }

        ReconMatch r4 = byParty(line, paise, parties);
        if (r4 != null && !r4.suggestion()) {
            return Optional.of(index.apply(r4));
        }
        if (r2Fallback != null) {
            return Optional.of(r2Fallback);
        }
        if (sameAmount.size() > 1) {
            List<Allocation> candidates = sameAmount.stream().limit(10)
                    .map(e -> alloc(e, line.amount())).toList();
            return Optional.of(new ReconMatch(line, ReconRule.R2_AMOUNT_DATE, conf(0.50), true, candidates,
                    sameAmount.size() + " open items have this amount in the window: a person must choose"));
        }
        if (r4 != null) {
            return Optional.of(r4);
        }
        return Optional.ofNullable(r3);
    }

    private ReconMatch byReference(StatementLine line, long paise, Index index) {
        Set<Entry> byRef = new LinkedHashSet<>();
        for (String key : new String[] {line.utr(), line.bankReference()}) {
            String k = Index.key(key);
            if (k != null) {
                index.refs(k, line.credit(), byRef);
            }
        }
        if (!byRef.isEmpty() && sum(byRef) == paise) {
            return result(line, ReconRule.R1_REFERENCE, 0.99, allocateAll(byRef),
                    "UTR/reference " + line.utr() + " is that of " + describeAll(byRef));
        }
        Set<Entry> found = new LinkedHashSet<>(byRef);
        for (String token : Index.referenceTokens(line.narration())) {
            index.refs(token, line.credit(), found);
        }
        if (found.isEmpty()) {
            return null;
        }
        long total = sum(found);
        if (total == paise) {
            boolean viaReference = found.stream().allMatch(e -> e.item.reference() != null
                    && Index.referenceTokens(line.narration()).contains(Index.key(e.item.reference())));
            double c = viaReference ? 0.99 : found.size() == 1 ? 0.97 : 0.95;
            return result(line, ReconRule.R1_REFERENCE, c, allocateAll(found),
                    "narration names " + describeAll(found) + ", outstanding equal to the line");
        }
        if (found.size() == 1 && total > paise) {
            Entry e = found.iterator().next();
            return result(line, ReconRule.R1_REFERENCE, 0.92, List.of(alloc(e, line.amount())),
                    "narration names " + describe(e) + "; part payment of " + rupees(e.remaining) + " outstanding");
        }
        return null;
    }

    private ReconMatch split(StatementLine line, long paise, Map<Party, Double> parties) {
        ReconMatch suggestion = null;
        for (var p : ranked(parties)) {
            List<Entry> open = new ArrayList<>();
            for (Entry e : p.getKey().items) {
                if (e.remaining > 0 && e.item.credit() == line.credit()
                        && !e.item.date().isAfter(line.valueDate().plusDays(settings.valueDateSlackDays()))) {
                    open.add(e);
                }
            }
            open.sort(Comparator.comparing((Entry e) -> e.item.date()).thenComparingLong(e -> e.item.id()));
            if (open.size() > settings.maxSplitItems()) {
                open = open.subList(0, settings.maxSplitItems());
            }
            List<List<Entry>> sets = new ArrayList<>();
            subsets(open, 0, paise, new ArrayList<>(), sets);
            double sim = p.getValue();
            if (sets.size() == 1) {
                List<Entry> set = sets.get(0);
                return result(line, ReconRule.R3_SPLIT, 0.80 + 0.15 * sim, allocateAll(set),
                        "one payment of " + set.size() + " open items of " + p.getKey().name + ": " + describeAll(set));
            }
            if (sets.size() > 1 && suggestion == null) {
                List<Allocation> candidates = new ArrayList<>();
                for (List<Entry> set : sets) {
                    for (Allocation a : allocateAll(set)) {
                        if (candidates.stream().noneMatch(c -> c.item().equals(a.item()))) {
                            candidates.add(a);
                        }
                    }
                }
                suggestion = new ReconMatch(line, ReconRule.R3_SPLIT, conf(0.50), true, candidates,
                        sets.size() + "+ sets of open items of " + p.getKey().name + " sum to the line");
            }
            if (sets.isEmpty() && open.size() == 1 && open.get(0).remaining > paise && suggestion == null) {
                suggestion = new ReconMatch(line, ReconRule.R3_SPLIT, conf(0.60), true,
                        List.of(alloc(open.get(0), line.amount())),
                        "part payment of the only open item of " + p.getKey().name + ": " + describe(open.get(0)));
            }
        }
        return suggestion;
    }

    /** Collects up to two exact subsets of size 2..maxSplitSize (two are enough to know it is ambiguous). */
    private void subsets(List<Entry> items, int from, long target, List<Entry> chosen, List<List<Entry>> out) {
        if (out.size() > 1) {
            return;
        }
        if (target == 0 && chosen.size() >= 2) {
            out.add(List.copyOf(chosen));
            return;
        }
        if (target <= 0 || chosen.size() == settings.maxSplitSize()) {
            return;
        }
        for (int i = from; i < items.size(); i++) {
            Entry e = items.get(i);
            if (e.remaining <= target) {
                chosen.add(e);
                subsets(items, i + 1, target - e.remaining, chosen, out);
                chosen.remove(chosen.size() - 1);
            }
        }
    }

    private ReconMatch byParty(StatementLine line, long paise, Map<Party, Double> parties) {
        long tolerance = paise(settings.amountTolerance());
        List<Entry> hits = new ArrayList<>();
        double best = 0;
        for (var p : ranked(parties)) {
            if (p.getValue() < best) {
                break;
            }
            for (Entry e : p.getKey().items) {
                if (e.remaining > 0 && e.item.credit() == line.credit() && Math.abs(e.remaining - paise) <= tolerance
                        && inWindow(e, line.valueDate())) {
                    hits.add(e);
                    best = p.getValue();
                }
            }
        }
        if (hits.isEmpty()) {
            return null;
        }
        if (hits.size() > 1) {
            return new ReconMatch(line, ReconRule.R4_PARTY_NAME, conf(0.50), true,
                    hits.stream().limit(10).map(e -> alloc(e, line.amount().min(rupees(e.remaining)))).toList(),
                    hits.size() + " open items of the party named in the narration fit the amount");
        }
        Entry e = hits.get(0);
        boolean exact = e.remaining == paise;
        BigDecimal amount = exact ? line.amount() : line.amount().min(rupees(e.remaining));
        return result(line, ReconRule.R4_PARTY_NAME, 0.60 + 0.30 * best - (exact ? 0 : 0.10),
                List.of(alloc(e, amount)),
                "narration names " + e.party.name + " (similarity " + conf(best) + "), " + describe(e)
                        + (exact ? "" : " differs by " + rupees(Math.abs(e.remaining - paise))));
    }

    private List<Map.Entry<Party, Double>> ranked(Map<Party, Double> parties) {
        List<Map.Entry<Party, Double>> list = new ArrayList<>(parties.entrySet());
        list.sort(Map.Entry.<Party, Double>comparingByValue().reversed()
                .thenComparing(p -> p.getKey().name));
        return list.size() > 3 ? list.subList(0, 3) : list;
    }

    private boolean inWindow(Entry e, LocalDate valueDate) {
        LocalDate d = e.item.date();
        return switch (e.item.type()) {
            case SALES_DOCUMENT, PURCHASE_INVOICE -> !valueDate.isBefore(d.minusDays(settings.valueDateSlackDays()))
                    && !valueDate.isAfter(d.plusDays(settings.invoiceWindowDays()));
            case RAZORPAY_SETTLEMENT, JOURNAL_ENTRY -> !valueDate.isBefore(d.minusDays(settings.settlementWindowDays()))
                    && !valueDate.isAfter(d.plusDays(settings.settlementWindowDays()));
        };
    }

    private ReconMatch result(StatementLine line, ReconRule rule, double confidence, List<Allocation> allocations,
                              String reason) {
        BigDecimal c = conf(Math.min(1.0, confidence));
        return new ReconMatch(line, rule, c, c.compareTo(settings.autoConfirmAt()) < 0, allocations, reason);
    }

    /** Entries behind the allocations of the line being matched (the matcher is single-threaded per index). */
    private static final ThreadLocal<Map<OpenItem, Entry>> PENDING = ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    private static Allocation alloc(Entry e, BigDecimal amount) {
        PENDING.get().put(e.item, e);
        return new Allocation(e.item, amount);
    }

    private static List<Allocation> allocateAll(Iterable<Entry> entries) {
        List<Allocation> out = new ArrayList<>();
        for (Entry e : entries) {
            out.add(new Allocation(e.item, rupees(e.remaining)));
            PENDING.get().put(e.item, e);
        }
        return out;
    }

    private static long sum(Iterable<Entry> entries) {
        long s = 0;
        for (Entry e : entries) {
            s += e.remaining;
        }
        return s;
    }

    private static String describe(Entry e) {
        return e.item.type() + " " + (e.item.number() == null ? String.valueOf(e.item.id()) : e.item.number())
                + " of " + e.item.date() + " (" + rupees(e.remaining).toPlainString() + " open)";
    }

    private static String describeAll(Iterable<Entry> entries) {
        List<String> parts = new ArrayList<>();
        entries.forEach(e -> parts.add(describe(e)));
        return String.join(", ", parts);
    }

    static BigDecimal conf(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP);
    }

    static long paise(BigDecimal rupees) {
        return rupees.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
    }

    static BigDecimal rupees(long paise) {
        return BigDecimal.valueOf(paise, 2);
    }

    /** An item as the index keeps it: what is left of it, and its party. */
    static final class Entry {
        final OpenItem item;
        final Party party;
        long remaining;

        Entry(OpenItem item, Party party) {
            this.item = item;
            this.party = party;
            this.remaining = paise(item.outstanding());
        }
    }

    /** A party: its tokens and its items. */
    static final class Party {
        final String name;
        final String[] tokens;
        final List<Entry> items = new ArrayList<>(2);

        Party(String name, String[] tokens) {
            this.name = name;
            this.tokens = tokens;
        }
    }

    /**
     * The open items, indexed by exact amount in paise (with direction), by reference and document number,
     * and by party-name token prefix (three letters) for R3/R4. Memory is about a few hundred bytes an item.
     */
    public static final class Index {

        private final Map<Long, Object> byAmount = new HashMap<>();
        private final Map<String, Object> byRef = new HashMap<>();
        private final Map<String, Party> parties = new HashMap<>();
        private final Map<String, List<Party>> byPrefix = new HashMap<>();
        private int size;

        private Index() {
        }

        public int size() {
            return size;
        }

        /** Adds an item with a positive outstanding amount (others are ignored). */
        public void add(OpenItem item) {
            if (item.outstanding().signum() <= 0) {
                return;
            }
            Party party = null;
            if (item.party() != null && !item.party().isBlank()) {
                String key = item.party().trim().toUpperCase(Locale.ROOT);
                party = parties.get(key);
                if (party == null) {
                    party = new Party(item.party(), PartyNames.tokens(item.party()).toArray(String[]::new));
                    parties.put(key, party);
                    for (String k : nameKeys(List.of(party.tokens))) {
                        byPrefix.computeIfAbsent(k, x -> new ArrayList<>(1)).add(party);
                    }
                }
            }
            if (party != null && item.party() != party.name) {
                // one name string per party, not one per item: a million items of fifty thousand parties
                item = new OpenItem(item.type(), item.id(), item.credit(), item.date(), item.outstanding(), item.number(),
                        item.reference(), party.name);
            }
            Entry e = new Entry(item, party);
            if (party != null) {
                party.items.add(e);
            }
            put(byAmount, amountKey(e.remaining, item.credit()), e);
            String number = key(item.number());
            if (number != null && number.length() >= 5) {
                put(byRef, number, e);
            }
            String ref = key(item.reference());
            if (ref != null && ref.length() >= 5 && !ref.equals(number)) {
                put(byRef, ref, e);
            }
            size++;
        }

        List<Entry> withAmount(long paise, boolean credit) {
            List<Entry> out = new ArrayList<>();
            for (Entry e : withAmountAny(paise, credit)) {
                if (e.remaining == paise) {
                    out.add(e);
                }
            }
            return out;
        }

        @SuppressWarnings("unchecked")
        private List<Entry> withAmountAny(long paise, boolean credit) {
            Object v = byAmount.get(amountKey(paise, credit));
            if (v == null) {
                return List.of();
            }
            return v instanceof Entry e ? List.of(e) : (List<Entry>) v;
        }

        @SuppressWarnings("unchecked")
        void refs(String key, boolean credit, Set<Entry> into) {
            Object v = byRef.get(key);
            if (v == null) {
                return;
            }
            for (Entry e : v instanceof Entry one ? List.of(one) : (List<Entry>) v) {
                if (e.item.credit() == credit && e.remaining > 0) {
                    into.add(e);
                }
            }
        }

        Map<Party, Double> partiesNamed(List<String> names, Settings settings) {
            Map<Party, Double> out = new HashMap<>();
            if (names.isEmpty()) {
                return out;
            }
            Set<Party> seen = new java.util.HashSet<>();
            for (String k : nameKeys(names)) {
                List<Party> candidates = byPrefix.get(k);
                if (candidates == null || candidates.size() > settings.maxNameFanout()) {
                    continue;
                }
                for (Party p : candidates) {
                    if (seen.add(p)) {
                        double sim = PartyNames.similarity(names, p.tokens);
                        if (sim >= settings.nameThreshold()) {
                            out.put(p, sim);
                        }
                    }
                }
            }
            return out;
        }

        /**
         * Keys a name is found by: each token's first three letters, and each two adjacent tokens' first three
         * letters together ({@code KAV AGR}); common words make large single-token buckets that are skipped,
         * the pairs stay selective.
         */
        static Set<String> nameKeys(List<String> tokens) {
            Set<String> keys = new LinkedHashSet<>();
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i);
                if (t.length() < 3) {
                    continue;
                }
                String p = t.substring(0, 3);
                keys.add(p);
                if (i + 1 < tokens.size() && tokens.get(i + 1).length() >= 3) {
                    keys.add(p + " " + tokens.get(i + 1).substring(0, 3));
                }
            }
            return keys;
        }

        ReconMatch apply(ReconMatch m) {
            if (m.suggestion()) {
                return m;
            }
            for (Allocation a : m.allocations()) {
                Entry e = find(a.item());
                long take = paise(a.amount());
                if (e == null || take > e.remaining) {
                    throw new IllegalStateException("allocation beyond what is open: " + a);
                }
                move(e, e.remaining - take);
            }
            return m;
        }

        private Entry find(OpenItem item) {
            return PENDING.get().get(item);
        }

        private void move(Entry e, long newRemaining) {
            remove(byAmount, amountKey(e.remaining, e.item.credit()), e);
            e.remaining = newRemaining;
            if (newRemaining > 0) {
                put(byAmount, amountKey(newRemaining, e.item.credit()), e);
            }
        }

        private static long amountKey(long paise, boolean credit) {
            return paise * 2 + (credit ? 1 : 0);
        }

        @SuppressWarnings("unchecked")
        private static <K> void put(Map<K, Object> map, K key, Entry e) {
            Object v = map.get(key);
            if (v == null) {
                map.put(key, e);
            } else if (v instanceof Entry one) {
                List<Entry> list = new ArrayList<>(2);
                list.add(one);
                list.add(e);
                map.put(key, list);
            } else {
                ((List<Entry>) v).add(e);
            }
        }

        @SuppressWarnings("unchecked")
        private static <K> void remove(Map<K, Object> map, K key, Entry e) {
            Object v = map.get(key);
            if (v == e) {
                map.remove(key);
            } else if (v instanceof List<?> list) {
                ((List<Entry>) list).remove(e);
                if (list.size() == 1) {
                    map.put(key, list.get(0));
                }
            }
        }

        /** Upper-case letters and digits only: {@code INV/24-25/0001} and {@code inv 24250001} meet. */
        static String key(String s) {
            if (s == null) {
                return null;
            }
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = Character.toUpperCase(s.charAt(i));
                if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                    b.append(c);
                }
            }
            return b.isEmpty() ? null : b.toString();
        }

        /**
         * Narration keys that may be a reference or document number: the narration split on anything not a
         * letter or digit, and each run of 1 to 4 consecutive pieces joined ({@code INV/26-27/0042} and
         * {@code INV 26-27 0042} both give {@code INV26270042}); 5+ characters.
         */
        static Set<String> referenceTokens(String narration) {
            Set<String> out = new LinkedHashSet<>();
            if (narration == null) {
                return out;
            }
            String[] pieces = narration.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+");
            for (int i = 0; i < pieces.length; i++) {
                StringBuilder b = new StringBuilder();
                for (int j = i; j < Math.min(pieces.length, i + 4); j++) {
                    b.append(pieces[j]);
                    if (b.length() >= 5) {
                        out.add(b.toString());
                    }
                }
            }
            return out;
        }
    }
}
