package dev.lekha.mappings.gst.gstr2b;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Reconciles the purchase register (books) with what suppliers reported in GSTR-2B, for one company
 * GSTIN, explainably: every pair says which rule paired it and why, every lone document why it found
 * no partner.
 *
 * <p>Documents are grouped by financial year (of the document date) and supplier GSTIN. People's
 * decisions come first: a manual match is kept as {@link ReconOutcome#MANUAL_MATCH}, an accepted pair is
 * kept, a rejected pair is never proposed again. Then the rules pair what is left, in this order, each
 * over every unpaired book invoice before the next rule starts (books in date order; among several
 * candidates the nearest date wins, then the smallest amount difference, then the lowest id):
 * <ol>
 *   <li>R1 exact: same supplier GSTIN, type, number as written, same date, every amount within the
 *       tolerance;</li>
 *   <li>R2: same GSTIN and type, number equal after {@link InvoiceNumbers#normalise normalisation},
 *       dates at most {@value #DATE_WINDOW_DAYS} days apart;</li>
 *   <li>R3: same GSTIN and type, number differs, dates at most {@value #DATE_WINDOW_DAYS} days apart,
 *       every amount (taxable value, IGST, CGST, SGST, cess) within the tolerance;</li>
 *   <li>R4: same PAN (GSTIN characters 3-12) with another GSTIN, same type, number equal after
 *       normalisation.</li>
 * </ol>
 * A pair is an {@link ReconOutcome#EXACT_MATCH} when R1 paired it and place of supply and reverse charge
 * agree; a {@link ReconOutcome#MISMATCH} when an amount differs by more than the tolerance or place of
 * supply or reverse charge differ (each difference named with both values); otherwise a
 * {@link ReconOutcome#SUGGESTED_MATCH} for a person to accept or reject.
 *
 * <p>Scales with the number of documents, not their square: candidates are found through hash indexes
 * on (financial year, GSTIN, type, number), (…, normalised number), (financial year, PAN, type,
 * normalised number) and a date-sorted index per (financial year, GSTIN, type) for the window of R3.
 * Pure and stateless apart from its tolerance; thread-safe.
 */
public final class PurchaseReconciliation {

    /** ₹1.00: amounts that differ by at most this much count as equal (rounding on either side). */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("1.00");
    /** Dates at most this many days apart are within the window of rules R2 and R3. */
    public static final int DATE_WINDOW_DAYS = 10;

    private final BigDecimal tolerance;

    public PurchaseReconciliation() {
        this(DEFAULT_TOLERANCE);
    }

    /** @param tolerance non-negative rupees */
    public PurchaseReconciliation(BigDecimal tolerance) {
        Objects.requireNonNull(tolerance, "tolerance must not be null");
        if (tolerance.signum() < 0) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
        }
        // rupees and paise, however the setting was written (1, 1.0, 1.00): reasons read "within ₹1.00"
        this.tolerance = tolerance.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public BigDecimal tolerance() {
        return tolerance;
    }

    /**
     * @param books     purchase invoices of the company GSTIN; ids unique
     * @param portal    GSTR-2B documents of the same GSTIN; ids unique
     * @param decisions people's earlier decisions; ones naming unknown ids are ignored
     * @return one pair per paired couple and one per lone document: every input appears exactly once;
     *         paired first (in book order), then missing in 2B, then missing in books
     */
    public List<ReconPair> reconcile(Collection<ReconDocument> books, Collection<ReconDocument> portal,
                                     Collection<ReconDecision> decisions) {
        Map<Long, ReconDocument> bookById = byId(books, "book");
        Map<Long, ReconDocument> portalById = byId(portal, "2B");
        Set<Long> usedBooks = new HashSet<>();
        Set<Long> usedPortal = new HashSet<>();
        Set<String> rejected = new HashSet<>();
        Map<Long, ReconDocument> partnerOfBook = new HashMap<>();
        Map<Long, ReconDocument> partnerOfPortal = new HashMap<>();
        List<ReconPair> pairs = new ArrayList<>();

        for (ReconDecision d : decisions) {
            if (d.kind() == ReconDecision.Kind.REJECTED) {
                rejected.add(d.bookId() + ":" + d.portalId());
            }
        }
        for (ReconDecision d : decisions) {
            if (d.kind() == ReconDecision.Kind.REJECTED) {
                continue;
            }
            ReconDocument b = bookById.get(d.bookId());
            ReconDocument p = portalById.get(d.portalId());
            if (b == null || p == null || usedBooks.contains(b.id()) || usedPortal.contains(p.id())) {
                continue;
            }
            usedBooks.add(b.id());
            usedPortal.add(p.id());
            partnerOfBook.put(b.id(), p);
            partnerOfPortal.put(p.id(), b);
            List<FieldDifference> diffs = differences(b, p);
            if (d.kind() == ReconDecision.Kind.MANUAL) {
                pairs.add(new ReconPair(b, p, ReconOutcome.MANUAL_MATCH, ReconRule.MANUAL,
                        "matched by hand" + (diffs.isEmpty() ? "" : "; differences: " + join(diffs)), diffs, d.kind()));
            } else {
                ReconRule rule = ruleFor(b, p);
                ReconOutcome outcome = rule == ReconRule.MANUAL ? ReconOutcome.MANUAL_MATCH : classify(rule, diffs);
                pairs.add(new ReconPair(b, p, outcome, rule, "accepted by a person; " + (rule == ReconRule.MANUAL
                        ? "no rule pairs them any more" : reason(rule, b, p)), diffs, d.kind()));
            }
        }

        Index portalIndex = new Index(portal);
        List<ReconDocument> orderedBooks = books.stream()
                .sorted(Comparator.comparing(ReconDocument::date).thenComparingLong(ReconDocument::id)).toList();
        for (ReconRule rule : List.of(ReconRule.R1_EXACT, ReconRule.R2_NORMALISED_NUMBER, ReconRule.R3_AMOUNTS,
                ReconRule.R4_SAME_PAN)) {
            for (ReconDocument b : orderedBooks) {
                if (usedBooks.contains(b.id())) {
                    continue;
                }
                ReconDocument best = null;
                for (ReconDocument p : portalIndex.candidates(rule, b)) {
                    if (usedPortal.contains(p.id()) || rejected.contains(b.id() + ":" + p.id())
                            || !predicate(rule).test(b, p)) {
                        continue;
                    }
                    if (best == null || closer(b, p, best)) {
                        best = p;
                    }
                }
                if (best != null) {
                    usedBooks.add(b.id());
                    usedPortal.add(best.id());
                    partnerOfBook.put(b.id(), best);
                    partnerOfPortal.put(best.id(), b);
                    List<FieldDifference> diffs = differences(b, best);
                    pairs.add(new ReconPair(b, best, classify(rule, diffs), rule, reason(rule, b, best), diffs, null));
                }
            }
        }

        Index bookIndex = new Index(books);
        for (ReconDocument b : orderedBooks) {
            if (!usedBooks.contains(b.id())) {
                pairs.add(new ReconPair(b, null, ReconOutcome.MISSING_IN_2B, ReconRule.NONE,
                        whyAlone(b, portalIndex, partnerOfPortal, rejected, true), List.of(), null));
            }
        }
        portal.stream().sorted(Comparator.comparing(ReconDocument::date).thenComparingLong(ReconDocument::id))
                .filter(p -> !usedPortal.contains(p.id()))
                .forEach(p -> pairs.add(new ReconPair(null, p, ReconOutcome.MISSING_IN_BOOKS, ReconRule.NONE,
                        whyAlone(p, bookIndex, partnerOfBook, rejected, false), List.of(), null)));
        return pairs;
    }

    // ---- rules

    private BiPredicate<ReconDocument, ReconDocument> predicate(ReconRule rule) {
        return switch (rule) {
            case R1_EXACT -> (b, p) -> sameSupplierAndType(b, p) && b.number().equals(p.number())
                    && b.date().equals(p.date()) && amountsWithin(b, p);
            case R2_NORMALISED_NUMBER -> (b, p) -> sameSupplierAndType(b, p)
                    && InvoiceNumbers.normalise(b.number()).equals(InvoiceNumbers.normalise(p.number()))
                    && withinWindow(b, p);
            case R3_AMOUNTS -> (b, p) -> sameSupplierAndType(b, p) && !b.number().equals(p.number())
                    && withinWindow(b, p) && amountsWithin(b, p);
            case R4_SAME_PAN -> (b, p) -> b.pan() != null && b.pan().equals(p.pan())
                    && !Objects.equals(b.supplierGstin(), p.supplierGstin())
                    && b.documentType().equals(p.documentType())
                    && b.financialYear().equals(p.financialYear())
                    && InvoiceNumbers.normalise(b.number()).equals(InvoiceNumbers.normalise(p.number()));
            default -> (b, p) -> false;
        };
    }

    /** The first rule that would pair these two, or MANUAL when none would. */
    private ReconRule ruleFor(ReconDocument b, ReconDocument p) {
        for (ReconRule rule : List.of(ReconRule.R1_EXACT, ReconRule.R2_NORMALISED_NUMBER, ReconRule.R3_AMOUNTS,
                ReconRule.R4_SAME_PAN)) {
            if (predicate(rule).test(b, p)) {
                return rule;
            }
        }
        return ReconRule.MANUAL;
    }

    private static boolean sameSupplierAndType(ReconDocument b, ReconDocument p) {
        return b.supplierGstin() != null && b.supplierGstin().equals(p.supplierGstin())
                && b.documentType().equals(p.documentType()) && b.financialYear().equals(p.financialYear());
    }

    private static boolean withinWindow(ReconDocument b, ReconDocument p) {
        return Math.abs(ChronoUnit.DAYS.between(b.date(), p.date())) <= DATE_WINDOW_DAYS;
    }

    private boolean amountsWithin(ReconDocument b, ReconDocument p) {
        return within(b.taxableValue(), p.taxableValue()) && within(b.igst(), p.igst())
                && within(b.cgst(), p.cgst()) && within(b.sgst(), p.sgst()) && within(b.cess(), p.cess());
    }

    private boolean within(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(tolerance) <= 0;
    }

    private static boolean closer(ReconDocument b, ReconDocument candidate, ReconDocument best) {
        long dc = Math.abs(ChronoUnit.DAYS.between(b.date(), candidate.date()));
        long db = Math.abs(ChronoUnit.DAYS.between(b.date(), best.date()));
        if (dc != db) {
            return dc < db;
        }
        int ac = amountGap(b, candidate).compareTo(amountGap(b, best));
        if (ac != 0) {
            return ac < 0;
        }
        return candidate.id() < best.id();
    }

    private static BigDecimal amountGap(ReconDocument b, ReconDocument p) {
        return b.taxableValue().subtract(p.taxableValue()).abs().add(b.totalTax().subtract(p.totalTax()).abs());
    }

    // ---- outcome and explanations

    private static ReconOutcome classify(ReconRule rule, List<FieldDifference> diffs) {
        boolean material = diffs.stream().anyMatch(d -> MATERIAL.contains(d.field()));
        if (material) {
            return ReconOutcome.MISMATCH;
        }
        return rule == ReconRule.R1_EXACT ? ReconOutcome.EXACT_MATCH : ReconOutcome.SUGGESTED_MATCH;
    }

    private static final Set<String> MATERIAL = Set.of("taxable_value", "igst", "cgst", "sgst", "cess",
            "place_of_supply", "reverse_charge");

    /** Every field that differs: identity fields as written, amounts beyond the tolerance, POS and reverse charge. */
    List<FieldDifference> differences(ReconDocument b, ReconDocument p) {
        List<FieldDifference> diffs = new ArrayList<>();
        if (!Objects.equals(b.supplierGstin(), p.supplierGstin())) {
            diffs.add(new FieldDifference("supplier_gstin", b.supplierGstin(), p.supplierGstin()));
        }
        if (!b.documentType().equals(p.documentType())) {
            diffs.add(new FieldDifference("doc_type", b.documentType(), p.documentType()));
        }
        if (!b.number().equals(p.number())) {
            diffs.add(new FieldDifference("doc_number", b.number(), p.number()));
        }
        if (!b.date().equals(p.date())) {
            diffs.add(new FieldDifference("doc_date", b.date().toString(), p.date().toString()));
        }
        if (b.placeOfSupply() != null && p.placeOfSupply() != null && !b.placeOfSupply().equals(p.placeOfSupply())) {
            diffs.add(new FieldDifference("place_of_supply", b.placeOfSupply(), p.placeOfSupply()));
        }
        if (b.reverseCharge() != p.reverseCharge()) {
            diffs.add(new FieldDifference("reverse_charge", b.reverseCharge() ? "Y" : "N", p.reverseCharge() ? "Y" : "N"));
        }
        amount(diffs, "taxable_value", b.taxableValue(), p.taxableValue());
        amount(diffs, "igst", b.igst(), p.igst());
        amount(diffs, "cgst", b.cgst(), p.cgst());
        amount(diffs, "sgst", b.sgst(), p.sgst());
        amount(diffs, "cess", b.cess(), p.cess());
        return diffs;
    }

    private void amount(List<FieldDifference> diffs, String field, BigDecimal books, BigDecimal portal) {
        if (!within(books, portal)) {
            diffs.add(new FieldDifference(field, books.toPlainString(), portal.toPlainString()));
        }
    }

    private String reason(ReconRule rule, ReconDocument b, ReconDocument p) {
        long days = Math.abs(ChronoUnit.DAYS.between(b.date(), p.date()));
        return switch (rule) {
            case R1_EXACT -> "R1 exact: same supplier GSTIN, type, number and date; every amount within ₹"
                    + tolerance.toPlainString();
            case R2_NORMALISED_NUMBER -> "R2: numbers '" + b.number() + "' (books) and '" + p.number()
                    + "' (2B) are equal after normalisation ('" + InvoiceNumbers.normalise(b.number()) + "'); dates "
                    + days + " day(s) apart (window " + DATE_WINDOW_DAYS + ")";
            case R3_AMOUNTS -> "R3: same supplier and type, numbers differ ('" + b.number() + "' vs '" + p.number()
                    + "'), dates " + days + " day(s) apart, every amount within ₹" + tolerance.toPlainString();
            case R4_SAME_PAN -> "R4: supplier GSTIN " + b.supplierGstin() + " in the books, " + p.supplierGstin()
                    + " in 2B, same PAN; numbers equal after normalisation ('" + InvoiceNumbers.normalise(b.number()) + "')";
            default -> "";
        };
    }

    private String whyAlone(ReconDocument doc, Index others, Map<Long, ReconDocument> partnerOfOther,
                            Set<String> rejected, boolean docIsBook) {
        String otherSide = docIsBook ? "GSTR-2B" : "the books";
        ReconDocument nearest = others.nearest(doc);
        if (nearest == null) {
            return "no document from this supplier (" + doc.supplierGstin() + ") in " + otherSide + " for FY "
                    + doc.financialYear();
        }
        StringBuilder why = new StringBuilder("nearest in ").append(otherSide).append(": ")
                .append(nearest.documentType()).append(' ').append(nearest.number()).append(" dated ").append(nearest.date());
        ReconDocument taken = partnerOfOther.get(nearest.id());
        String pairKey = docIsBook ? doc.id() + ":" + nearest.id() : nearest.id() + ":" + doc.id();
        if (rejected.contains(pairKey)) {
            why.append(", a pairing a person rejected");
        } else if (taken != null) {
            why.append(", already paired with ").append(taken.documentType()).append(' ').append(taken.number());
        }
        List<FieldDifference> diffs = docIsBook ? differences(doc, nearest) : differences(nearest, doc);
        if (!diffs.isEmpty()) {
            why.append("; differs: ").append(join(diffs));
        }
        long days = Math.abs(ChronoUnit.DAYS.between(doc.date(), nearest.date()));
        if (days > DATE_WINDOW_DAYS) {
            why.append(" (dates ").append(days).append(" days apart, window ").append(DATE_WINDOW_DAYS).append(')');
        }
        return why.toString();
    }

    private static String join(List<FieldDifference> diffs) {
        return String.join("; ", diffs.stream().map(FieldDifference::toString).toList());
    }

    private static Map<Long, ReconDocument> byId(Collection<ReconDocument> docs, String side) {
        Map<Long, ReconDocument> map = new HashMap<>();
        for (ReconDocument d : docs) {
            if (map.put(d.id(), d) != null) {
                throw new IllegalArgumentException("two " + side + " documents have id " + d.id());
            }
        }
        return map;
    }

    /** Hash and date indexes over one side, so that every lookup touches only likely candidates. */
    private static final class Index {
        private final Map<String, List<ReconDocument>> byNumber = new HashMap<>();
        private final Map<String, List<ReconDocument>> byNormalised = new HashMap<>();
        private final Map<String, List<ReconDocument>> byPanNormalised = new HashMap<>();
        private final Map<String, NavigableMap<LocalDate, List<ReconDocument>>> byDate = new HashMap<>();
        private final Map<String, NavigableMap<LocalDate, List<ReconDocument>>> bySupplier = new HashMap<>();

        Index(Collection<ReconDocument> docs) {
            for (ReconDocument d : docs) {
                if (d.supplierGstin() == null) {
                    continue;
                }
                String group = d.financialYear() + "|" + d.supplierGstin() + "|" + d.documentType();
                byNumber.computeIfAbsent(group + "|" + d.number(), k -> new ArrayList<>()).add(d);
                byNormalised.computeIfAbsent(group + "|" + InvoiceNumbers.normalise(d.number()), k -> new ArrayList<>()).add(d);
                byDate.computeIfAbsent(group, k -> new TreeMap<>()).computeIfAbsent(d.date(), k -> new ArrayList<>()).add(d);
                bySupplier.computeIfAbsent(d.financialYear() + "|" + d.supplierGstin(), k -> new TreeMap<>())
                        .computeIfAbsent(d.date(), k -> new ArrayList<>()).add(d);
                if (d.pan() != null) {
                    byPanNormalised.computeIfAbsent(d.financialYear() + "|" + d.pan() + "|" + d.documentType() + "|"
                            + InvoiceNumbers.normalise(d.number()), k -> new ArrayList<>()).add(d);
                }
            }
        }

        List<ReconDocument> candidates(ReconRule rule, ReconDocument b) {
            if (b.supplierGstin() == null) {
                return List.of();
            }
            String group = b.financialYear() + "|" + b.supplierGstin() + "|" + b.documentType();
            return switch (rule) {
                case R1_EXACT -> byNumber.getOrDefault(group + "|" + b.number(), List.of());
                case R2_NORMALISED_NUMBER -> byNormalised.getOrDefault(group + "|" + InvoiceNumbers.normalise(b.number()), List.of());
                case R3_AMOUNTS -> window(byDate.get(group), b.date());
                case R4_SAME_PAN -> b.pan() == null ? List.of() : byPanNormalised.getOrDefault(b.financialYear() + "|"
                        + b.pan() + "|" + b.documentType() + "|" + InvoiceNumbers.normalise(b.number()), List.of());
                default -> List.of();
            };
        }

        private static List<ReconDocument> window(NavigableMap<LocalDate, List<ReconDocument>> dates, LocalDate day) {
            if (dates == null) {
                return List.of();
            }
            List<ReconDocument> out = new ArrayList<>();
            dates.subMap(day.minusDays(DATE_WINDOW_DAYS), true, day.plusDays(DATE_WINDOW_DAYS), true)
                    .values().forEach(out::addAll);
            return out;
        }

        /** The other side's document most like {@code doc}: same normalised number, else nearest date of that supplier. */
        ReconDocument nearest(ReconDocument doc) {
            if (doc.supplierGstin() == null) {
                return null;
            }
            String group = doc.financialYear() + "|" + doc.supplierGstin() + "|" + doc.documentType();
            List<ReconDocument> same = byNormalised.get(group + "|" + InvoiceNumbers.normalise(doc.number()));
            if (same != null && !same.isEmpty()) {
                return nearestByDate(same, doc.date());
            }
            ReconDocument found = nearestIn(byDate.get(group), doc.date());
            if (found == null) {
                found = nearestIn(bySupplier.get(doc.financialYear() + "|" + doc.supplierGstin()), doc.date());
            }
            if (found == null && doc.pan() != null) {
                // the same number under another GSTIN of the same PAN (what rule R4 looks at)
                List<ReconDocument> samePan = byPanNormalised.get(doc.financialYear() + "|" + doc.pan() + "|"
                        + doc.documentType() + "|" + InvoiceNumbers.normalise(doc.number()));
                found = samePan == null ? null : nearestByDate(samePan, doc.date());
            }
            return found;
        }

        private static ReconDocument nearestByDate(List<ReconDocument> docs, LocalDate day) {
            return docs.stream().min(Comparator.comparingLong((ReconDocument d) -> Math.abs(ChronoUnit.DAYS.between(day, d.date())))
                    .thenComparingLong(ReconDocument::id)).orElse(null);
        }

        private static ReconDocument nearestIn(NavigableMap<LocalDate, List<ReconDocument>> dates, LocalDate day) {
            if (dates == null || dates.isEmpty()) {
                return null;
            }
            Map.Entry<LocalDate, List<ReconDocument>> floor = dates.floorEntry(day);
            Map.Entry<LocalDate, List<ReconDocument>> ceiling = dates.ceilingEntry(day);
            if (floor == null) {
                return ceiling.getValue().get(0);
            }
            if (ceiling == null) {
                return floor.getValue().get(0);
            }
            long df = ChronoUnit.DAYS.between(floor.getKey(), day);
            long dc = ChronoUnit.DAYS.between(day, ceiling.getKey());
            return (df <= dc ? floor : ceiling).getValue().get(0);
        }
    }
}
