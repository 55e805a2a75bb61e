package dev.lekha.mappings.mrp;

import dev.lekha.domain.mrp.BomLine;
import dev.lekha.domain.mrp.DemandKind;
import dev.lekha.domain.mrp.IndependentDemand;
import dev.lekha.domain.mrp.LotSizeRule;
import dev.lekha.domain.mrp.ManufacturingMasters;
import dev.lekha.domain.mrp.MrpItemMaster;
import dev.lekha.domain.mrp.ScheduledReceipt;
import dev.lekha.domain.mrp.StockBalance;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Material requirements planning over a company's masters (the textbook method: Orlicky; Vollmann et al.,
 * <i>Manufacturing Planning and Control for Supply Chain Management</i>, ch. 6; docs/mrp.md).
 *
 * <p>Items are planned in low-level-code order so that an item's gross requirements are complete before it is
 * planned: its independent demand (per bucket the greater of forecasts and sales orders) plus, for each parent,
 * the parent's planned releases × quantity per ÷ (1 − scrap). Bucket by bucket the net requirement is what keeps
 * projected on hand at the safety stock; a lot-size rule turns it into a planned receipt; the receipt is offset by the
 * lead time into a planned release (a manufacturing order for a made item, a purchase order for a bought one), and a
 * release before the planning date is a past-due exception. Every planned order is pegged first-in first-out to
 * the demands it serves, through its parents' orders down to the end items' sales orders and forecasts.
 *
 * <p>Pure: quantities are {@link BigDecimal} (dependent requirements with scrap are rounded up at 4 decimals, never
 * under-provided), and "today" comes in with the {@link PlanningHorizon}. Not thread-safe per call; hold no state.
 */
public final class MaterialRequirementsPlanning {

    /** Scale of dependent requirements after dividing by (1 − scrap). */
    static final int QUANTITY_SCALE = 4;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);

    private MaterialRequirementsPlanning() {
    }

    /**
     * Plans the masters over the horizon.
     *
     * @throws BomCycleException             when the BOMs loop, naming the cycle
     * @throws InvalidPlanningInputException listing every other problem of the masters
     */
    public static MrpPlan plan(ManufacturingMasters masters, PlanningHorizon horizon) {
        Map<String, MrpItemMaster> items = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (MrpItemMaster item : masters.items()) {
            if (items.put(item.code(), item) != null) {
                problems.add("item " + item.code() + " is listed twice");
            }
            checkLotParameters(item, problems);
        }
        Map<String, List<BomLine>> bomOf = new HashMap<>();
        for (BomLine line : masters.bom()) {
            known(items, line.parentCode(), "BOM parent", problems);
            known(items, line.componentCode(), "BOM component of " + line.parentCode(), problems);
            if (line.quantityPer().signum() <= 0) {
                problems.add("BOM " + line.parentCode() + " → " + line.componentCode() + ": quantity per must be positive");
            }
            if (line.scrapPercent().signum() < 0 || line.scrapPercent().compareTo(HUNDRED) >= 0) {
                problems.add("BOM " + line.parentCode() + " → " + line.componentCode()
                        + ": scrap % must be at least 0 and below 100");
            }
            bomOf.computeIfAbsent(line.parentCode(), p -> new ArrayList<>()).add(line);
        }
        masters.stock().forEach(s -> known(items, s.itemCode(), "stock", problems));
        masters.receipts().forEach(r -> known(items, r.itemCode(), "scheduled receipt " + r.reference(), problems));
        masters.demands().forEach(d -> known(items, d.itemCode(), "demand " + d.reference(), problems));
        if (!problems.isEmpty()) {
            throw new InvalidPlanningInputException(problems);
        }
        Map<String, Integer> llc = BomStructure.lowLevelCodes(items.keySet(), masters.bom());

        int n = horizon.bucketCount();
        Map<String, ItemState> states = new HashMap<>();
        for (MrpItemMaster item : items.values()) {
            states.put(item.code(), new ItemState(item, n));
        }
        for (StockBalance s : masters.stock()) {
            ItemState st = states.get(s.itemCode());
            st.onHand = st.onHand.add(s.quantity());
        }
        for (ScheduledReceipt r : masters.receipts()) {
            int b = horizon.bucketOf(r.dueDate());
            if (b >= 0) {
                ItemState st = states.get(r.itemCode());
                st.receipts[b] = st.receipts[b].add(r.quantity());
            }
        }
        Map<String, List<IndependentDemand>> demandsOf = new HashMap<>();
        for (IndependentDemand d : masters.demands()) {
            if (d.kind() == DemandKind.MIN_STOCK) {
                ItemState st = states.get(d.itemCode());
                st.safetyStock = st.safetyStock.max(d.quantity());
            } else if (horizon.bucketOf(d.dueDate()) >= 0) {
                demandsOf.computeIfAbsent(d.itemCode(), c -> new ArrayList<>()).add(d);
            }
        }
        demandsOf.forEach((code, list) -> independentDemand(states.get(code), list, horizon));

        List<String> order = new ArrayList<>(items.keySet());
        order.sort(Comparator.comparing((String c) -> llc.get(c)).thenComparing(Comparator.naturalOrder()));
        List<ItemRecord> records = new ArrayList<>(order.size());
        List<PlannedOrder> orders = new ArrayList<>();
        List<PlanException> exceptions = new ArrayList<>();
        for (String code : order) {
            ItemState st = states.get(code);
            List<PlannedOrder> made = planItem(st, horizon, orders.size(), exceptions);
            orders.addAll(made);
            for (PlannedOrder po : made) {
                explode(po, bomOf.getOrDefault(code, List.of()), states);
            }
            records.add(st.record(llc.get(code)));
        }
        return new MrpPlan(horizon, records, orders, exceptions);
    }

    private static void known(Map<String, MrpItemMaster> items, String code, String where, List<String> problems) {
        if (!items.containsKey(code)) {
            problems.add(where + ": item " + code + " is not in the item master");
        }
    }

    private static void checkLotParameters(MrpItemMaster item, List<String> problems) {
        String at = "item " + item.code() + ": ";
        switch (item.lotRule()) {
            case FIXED_ORDER_QUANTITY -> {
                if (item.lotSize() == null || item.lotSize().signum() <= 0) {
                    problems.add(at + "FIXED_ORDER_QUANTITY needs a positive lot size");
                }
            }
            case PERIOD_ORDER_QUANTITY -> {
                if (item.periods() == null || item.periods() < 1) {
                    problems.add(at + "PERIOD_ORDER_QUANTITY needs periods of at least 1");
                }
            }
            case EOQ -> {
                if (item.orderingCost() == null || item.orderingCost().signum() <= 0
                        || item.holdingRatePercent() == null || item.holdingRatePercent().signum() <= 0
                        || item.unitCost().signum() <= 0) {
                    problems.add(at + "EOQ needs a positive ordering cost, holding rate % and unit cost");
                }
            }
            case MIN_MAX -> {
                if (item.maxStock() == null || item.maxStock().compareTo(item.safetyStock()) < 0) {
                    problems.add(at + "MIN_MAX needs a maximum stock not below the safety stock (the minimum)");
                }
            }
            case LOT_FOR_LOT -> {
            }
        }
        if (item.orderMultiple() != null && item.orderMultiple().signum() <= 0) {
            problems.add(at + "order multiple must be positive");
        }
        if (item.leadTimeDays() != null && item.leadTimeDays() < 0) {
            problems.add(at + "lead time cannot be negative");
        }
    }

    /**
     * Per bucket, the greater of sales orders and forecasts (forecast consumption). Pegs: every sales order, then what
     * is left of the forecasts once the orders have used them up, forecast by forecast in date and reference order.
     */
    private static void independentDemand(ItemState st, List<IndependentDemand> demands, PlanningHorizon horizon) {
        Map<Integer, List<IndependentDemand>> byBucket = new HashMap<>();
        for (IndependentDemand d : demands) {
            byBucket.computeIfAbsent(horizon.bucketOf(d.dueDate()), b -> new ArrayList<>()).add(d);
        }
        byBucket.forEach((bucket, list) -> {
            list.sort(Comparator.comparing(IndependentDemand::dueDate).thenComparing(IndependentDemand::reference));
            BigDecimal orders = BigDecimal.ZERO;
            for (IndependentDemand d : list) {
                if (d.kind() == DemandKind.SALES_ORDER) {
                    orders = orders.add(d.quantity());
                    st.pieces.add(new Piece(bucket, 0, new Peg(d.kind(), d.reference(), d.itemCode(), d.dueDate(),
                            d.quantity(), null)));
                }
            }
            BigDecimal consumed = orders;
            BigDecimal forecasts = BigDecimal.ZERO;
            for (IndependentDemand d : list) {
                if (d.kind() == DemandKind.FORECAST) {
                    forecasts = forecasts.add(d.quantity());
                    BigDecimal used = d.quantity().min(consumed);
                    consumed = consumed.subtract(used);
                    BigDecimal left = d.quantity().subtract(used);
                    if (left.signum() > 0) {
                        st.pieces.add(new Piece(bucket, 1, new Peg(d.kind(), d.reference(), d.itemCode(), d.dueDate(),
                                left, null)));
                    }
                }
            }
            st.gross[bucket] = st.gross[bucket].add(orders.max(forecasts));
        });
    }

    /** Nets, sizes and offsets one item whose gross requirements are complete; pegs its orders. */
    private static List<PlannedOrder> planItem(ItemState st, PlanningHorizon horizon, int numbered,
                                               List<PlanException> exceptions) {
        MrpItemMaster item = st.item;
        int n = st.gross.length;
        if (item.leadTimeDays() == null) {
            exceptions.add(new PlanException(PlanException.Kind.NO_LEAD_TIME, item.code(), null, "item " + item.code()
                    + " has no lead time: its orders are planned for release on their due dates; set its lead time"));
        }
        BigDecimal eoq = item.lotRule() == LotSizeRule.EOQ ? economicOrderQuantity(item, st.gross, horizon) : null;
        BigDecimal poh = st.onHand;
        for (int t = 0; t < n; t++) {
            BigDecimal available = poh.add(st.receipts[t]);
            BigDecimal need = st.gross[t].add(st.safetyStock).subtract(available);
            if (need.signum() > 0) {
                st.net[t] = need;
                st.plannedReceipts[t] = size(item, st, t, need, available, eoq);
            }
            poh = available.add(st.plannedReceipts[t]).subtract(st.gross[t]);
            st.projected[t] = poh;
        }
        List<PlannedOrder> orders = new ArrayList<>();
        List<List<Peg>> pegs = peg(st);
        int lead = item.leadTimeDays() == null ? 0 : item.leadTimeDays();
        for (int t = 0; t < n; t++) {
            if (st.plannedReceipts[t].signum() <= 0) {
                continue;
            }
            BigDecimal qty = st.plannedReceipts[t];
            LocalDate due = horizon.bucketStart(t);
            LocalDate release = due.minusDays(lead);
            int releaseBucket = horizon.releaseBucketOf(release);
            boolean pastDue = release.isBefore(horizon.today());
            String number = String.format("MRP-%06d", numbered + orders.size() + 1);
            st.releases[Math.max(0, releaseBucket)] = st.releases[Math.max(0, releaseBucket)].add(qty);
            if (pastDue) {
                exceptions.add(new PlanException(PlanException.Kind.PAST_DUE_RELEASE, item.code(), number,
                        "planned order " + number + " for " + plain(qty) + " of " + item.code() + " due " + due
                                + " should have been released on " + release + ", "
                                + java.time.temporal.ChronoUnit.DAYS.between(release, horizon.today())
                                + " days before today: expedite it or move the demand"));
            }
            orders.add(new PlannedOrder(number, item.code(), item.source().orderType(), plain(qty), release, due,
                    releaseBucket, t, qty.multiply(item.unitCost()).setScale(2, RoundingMode.HALF_UP), pastDue,
                    List.copyOf(pegs.get(t))));
        }
        return orders;
    }

    /** The planned receipt for a net requirement in bucket t, by the item's rule, then its minimum and multiple. */
    private static BigDecimal size(MrpItemMaster item, ItemState st, int t, BigDecimal need, BigDecimal available,
                                   BigDecimal eoq) {
        BigDecimal q = switch (item.lotRule()) {
            case LOT_FOR_LOT -> need;
            case FIXED_ORDER_QUANTITY -> multipleCovering(need, item.lotSize());
            case EOQ -> multipleCovering(need, eoq);
            case PERIOD_ORDER_QUANTITY -> {
                // cover gross requirements through bucket t + P − 1, ending at the safety stock
                BigDecimal cover = need;
                for (int k = t + 1; k < Math.min(st.gross.length, t + item.periods()); k++) {
                    cover = cover.add(st.gross[k]).subtract(st.receipts[k]);
                }
                yield cover.max(need);
            }
            case MIN_MAX -> item.maxStock().add(st.gross[t]).subtract(available).max(need);
        };
        if (item.minimumOrder() != null) {
            q = q.max(item.minimumOrder());
        }
        if (item.orderMultiple() != null) {
            q = multipleCovering(q, item.orderMultiple());
        }
        return q;
    }

    /** The smallest multiple of {@code lot} not below {@code need}. */
    static BigDecimal multipleCovering(BigDecimal need, BigDecimal lot) {
        return need.divide(lot, 0, RoundingMode.CEILING).multiply(lot);
    }

    /**
     * EOQ = sqrt(2DS/H), rounded up to a whole unit, where D is the yearly demand the horizon implies (the item's
     * gross requirements over the horizon × 365 ÷ the horizon's days), S the ordering cost and H the yearly holding
     * cost of a unit (unit cost × holding rate % ÷ 100).
     */
    static BigDecimal economicOrderQuantity(MrpItemMaster item, BigDecimal[] gross, PlanningHorizon horizon) {
        BigDecimal total = Arrays.stream(gross).reduce(BigDecimal.ZERO, BigDecimal::add);
        int days = gross.length * horizon.bucket().days();
        BigDecimal yearly = total.multiply(DAYS_PER_YEAR).divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP);
        BigDecimal holding = item.unitCost().multiply(item.holdingRatePercent()).divide(HUNDRED, 10, RoundingMode.HALF_UP);
        BigDecimal squared = BigDecimal.valueOf(2).multiply(yearly).multiply(item.orderingCost())
                .divide(holding, 10, RoundingMode.HALF_UP);
        BigDecimal eoq = squared.sqrt(MathContext.DECIMAL64).setScale(0, RoundingMode.CEILING);
        return eoq.signum() > 0 ? eoq : BigDecimal.ONE;
    }

    /**
     * First-in first-out pegging: supply (on hand, then each bucket's scheduled and planned receipts) is allocated to
     * the requirement pieces in due order; the pieces a planned receipt covers are its pegs.
     */
    private static List<List<Peg>> peg(ItemState st) {
        int n = st.gross.length;
        List<List<Peg>> pegs = new ArrayList<>(n);
        for (int t = 0; t < n; t++) {
            pegs.add(new ArrayList<>());
        }
        st.pieces.sort(Comparator.comparingInt(Piece::bucket).thenComparingInt(Piece::rank));
        int i = 0;
        BigDecimal pieceLeft = st.pieces.isEmpty() ? BigDecimal.ZERO : st.pieces.get(0).peg.quantity();
        BigDecimal[] supplies = new BigDecimal[2 * n + 1];
        supplies[0] = st.onHand;
        for (int t = 0; t < n; t++) {
            supplies[1 + 2 * t] = st.receipts[t];
            supplies[2 + 2 * t] = st.plannedReceipts[t];
        }
        for (int s = 0; s < supplies.length && i < st.pieces.size(); s++) {
            BigDecimal left = supplies[s];
            boolean planned = s > 0 && s % 2 == 0;
            while (left.signum() > 0 && i < st.pieces.size()) {
                BigDecimal take = left.min(pieceLeft);
                if (planned) {
                    Peg p = st.pieces.get(i).peg;
                    pegs.get((s - 2) / 2).add(new Peg(p.demandKind(), p.demandRef(), p.endItemCode(), p.demandDate(),
                            plain(take), p.viaOrder()));
                }
                left = left.subtract(take);
                pieceLeft = pieceLeft.subtract(take);
                if (pieceLeft.signum() <= 0) {
                    i++;
                    pieceLeft = i < st.pieces.size() ? st.pieces.get(i).peg.quantity() : BigDecimal.ZERO;
                }
            }
        }
        return pegs;
    }

    /**
     * Adds a planned order's dependent requirements to its components in its release bucket (a past-due release in
     * bucket 0): quantity × quantity per ÷ (1 − scrap %/100), rounded up at {@value #QUANTITY_SCALE} decimals. The
     * component's pieces carry the order's pegs scaled alike, plus the order's unpegged rest.
     */
    private static void explode(PlannedOrder po, List<BomLine> lines, Map<String, ItemState> states) {
        int bucket = Math.max(0, po.releaseBucket());
        for (BomLine line : lines) {
            BigDecimal factor = line.quantityPer().divide(BigDecimal.ONE.subtract(
                    line.scrapPercent().divide(HUNDRED, 10, RoundingMode.HALF_UP)), 12, RoundingMode.HALF_UP);
            ItemState child = states.get(line.componentCode());
            BigDecimal required = scaled(po.quantity(), factor);
            child.gross[bucket] = child.gross[bucket].add(required);
            BigDecimal pegged = BigDecimal.ZERO;
            for (Peg p : po.pegs()) {
                BigDecimal q = scaled(p.quantity(), factor).min(required.subtract(pegged));
                if (q.signum() > 0) {
                    pegged = pegged.add(q);
                    child.pieces.add(new Piece(bucket, 2, new Peg(p.demandKind(), p.demandRef(), p.endItemCode(),
                            p.demandDate(), q, po.number())));
                }
            }
            BigDecimal rest = required.subtract(pegged);
            if (rest.signum() > 0) {
                child.pieces.add(new Piece(bucket, 3, new Peg(null, null, null, null, rest, po.number())));
            }
        }
    }

    private static BigDecimal scaled(BigDecimal quantity, BigDecimal factor) {
        return plain(quantity.multiply(factor).setScale(QUANTITY_SCALE, RoundingMode.UP));
    }

    /** A quantity without trailing zeros and never in exponent form: 230, 0, 12.5. */
    static BigDecimal plain(BigDecimal q) {
        BigDecimal s = q.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A requirement awaiting supply: in a bucket, ranked sales orders, forecasts, parents' orders, parents' surplus. */
    private record Piece(int bucket, int rank, Peg peg) {
    }

    private static final class ItemState {
        final MrpItemMaster item;
        final BigDecimal[] gross;
        final BigDecimal[] receipts;
        final BigDecimal[] projected;
        final BigDecimal[] net;
        final BigDecimal[] plannedReceipts;
        final BigDecimal[] releases;
        final List<Piece> pieces = new ArrayList<>();
        BigDecimal onHand = BigDecimal.ZERO;
        BigDecimal safetyStock;

        ItemState(MrpItemMaster item, int n) {
            this.item = item;
            this.safetyStock = item.safetyStock();
            gross = zeros(n);
            receipts = zeros(n);
            projected = zeros(n);
            net = zeros(n);
            plannedReceipts = zeros(n);
            releases = zeros(n);
        }

        ItemRecord record(int lowLevelCode) {
            return new ItemRecord(item.code(), item.name(), item.source(), lowLevelCode, item.leadTimeDays(),
                    item.lotRule(), plain(onHand), plain(safetyStock), list(gross), list(receipts), list(projected),
                    list(net), list(plannedReceipts), list(releases));
        }

        private static BigDecimal[] zeros(int n) {
            BigDecimal[] a = new BigDecimal[n];
            Arrays.fill(a, BigDecimal.ZERO);
            return a;
        }

        private static List<BigDecimal> list(BigDecimal[] a) {
            return Arrays.stream(a).map(MaterialRequirementsPlanning::plain).toList();
        }
    }
}
