package dev.lekha.mappings.mrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.domain.mrp.BomLine;
import dev.lekha.domain.mrp.DemandKind;
import dev.lekha.domain.mrp.IndependentDemand;
import dev.lekha.domain.mrp.ItemSource;
import dev.lekha.domain.mrp.LotSizeRule;
import dev.lekha.domain.mrp.ManufacturingMasters;
import dev.lekha.domain.mrp.MrpItemMaster;
import dev.lekha.domain.mrp.OrderType;
import dev.lekha.domain.mrp.ScheduledReceipt;
import dev.lekha.domain.mrp.StockBalance;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Golden records worked by hand. The single-item record is the textbook one (Vollmann, Berry, Whybark, Jacobs,
 * <i>Manufacturing Planning and Control for Supply Chain Management</i>, 5th ed., fig. 6.x; also in most operations
 * management texts): on hand 37, lead time 2 weeks, gross requirements 150, 0, 0, 120, 0, 150, 120, 0 in weeks 1–8
 * and a scheduled receipt of 230 in week 1. Planning starts Monday 2026-01-05; week w is bucket w − 1.
 *
 * <p>Every record below follows POH[t] = POH[t−1] + SR[t] + PR[t] − GR[t] and
 * NR[t] = max(0, GR[t] + SS − POH[t−1] − SR[t]); the release is the receipt's week − 2.
 */
class MaterialRequirementsPlanningTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 5);
    static final PlanningHorizon EIGHT_WEEKS = new PlanningHorizon(TODAY, 56, BucketSize.WEEK);
    static final String GROSS = "150 0 0 120 0 150 120 0";
    static final String RECEIPTS = "230 0 0 0 0 0 0 0";

    @Nested
    class TextbookRecord {

        /*
         * Fixed lot 230. Week 1: 37 + 230 − 150 = 117; weeks 2, 3: 117. Week 4: 117 − 120 = −3, net 3, one lot of 230
         * → 227. Week 5: 227. Week 6: 227 − 150 = 77. Week 7: 77 − 120 = −43, net 43, a lot of 230 → 187. Week 8: 187.
         * Releases two weeks earlier: 230 in weeks 2 and 5.
         */
        @Test
        void fixedOrderQuantity230() {
            ItemRecord r = single(item(LotSizeRule.FIXED_ORDER_QUANTITY, 14, "230", null, null, "0"));
            assertRecord(r, "117 117 117 227 227 77 187 187", "0 0 0 3 0 0 43 0", "0 0 0 230 0 0 230 0",
                    "0 230 0 0 230 0 0 0");
        }

        /*
         * Lot for lot. Weeks 1–3: 117. Week 4: net 3, receipt 3 → 0. Week 5: 0. Week 6: net 150 → 0. Week 7: net 120
         * → 0. Week 8: 0. Releases: 3 in week 2, 150 in week 4, 120 in week 5.
         */
        @Test
        void lotForLot() {
            ItemRecord r = single(item(LotSizeRule.LOT_FOR_LOT, 14, null, null, null, "0"));
            assertRecord(r, "117 117 117 0 0 0 0 0", "0 0 0 3 0 150 120 0", "0 0 0 3 0 150 120 0",
                    "0 3 0 150 120 0 0 0");
        }

        /*
         * Period order quantity, P = 2. Week 4: net 3; cover weeks 4–5: 3 + 0 = 3 → 0; week 5: 0. Week 6: net 150;
         * cover weeks 6–7: 150 + 120 = 270 → 120. Week 7: 120 − 120 = 0, no net. Week 8: 0.
         * Releases: 3 in week 2, 270 in week 4.
         */
        @Test
        void periodOrderQuantityTwo() {
            ItemRecord r = single(item(LotSizeRule.PERIOD_ORDER_QUANTITY, 14, null, 2, null, "0"));
            assertRecord(r, "117 117 117 0 0 120 0 0", "0 0 0 3 0 150 0 0", "0 0 0 3 0 270 0 0",
                    "0 3 0 270 0 0 0 0");
        }

        /*
         * Period order quantity, P = 3. Week 4: net 3; cover weeks 4–6: 3 + 0 + 150 = 153 → 150; week 5: 150; week 6:
         * 0. Week 7: net 120; cover weeks 7–8: 120 + 0 = 120 → 0. Releases: 153 in week 2, 120 in week 5.
         */
        @Test
        void periodOrderQuantityThree() {
            ItemRecord r = single(item(LotSizeRule.PERIOD_ORDER_QUANTITY, 14, null, 3, null, "0"));
            assertRecord(r, "117 117 117 150 150 0 0 0", "0 0 0 3 0 0 120 0", "0 0 0 153 0 0 120 0",
                    "0 153 0 0 120 0 0 0");
        }

        /*
         * Lot for lot with safety stock 20. Week 4: 120 + 20 − 117 = 23 → 20. Week 5: 20. Week 6: 150 + 20 − 20 = 150
         * → 20. Week 7: 120 → 20. Week 8: 20. Releases: 23 in week 2, 150 in week 4, 120 in week 5.
         */
        @Test
        void lotForLotWithSafetyStock() {
            ItemRecord r = single(item(LotSizeRule.LOT_FOR_LOT, 14, null, null, null, "20"));
            assertRecord(r, "117 117 117 20 20 20 20 20", "0 0 0 23 0 150 120 0", "0 0 0 23 0 150 120 0",
                    "0 23 0 150 120 0 0 0");
            assertThat(r.safetyStock()).isEqualTo(new BigDecimal("20"));
        }

        /*
         * Fixed lot 230 with safety stock 20. Week 4: 120 + 20 − 117 = 23 → 230 → 227. Week 6: 77. Week 7:
         * 120 + 20 − 77 = 63 → 230 → 187. Releases still 230 in weeks 2 and 5.
         */
        @Test
        void fixedOrderQuantityWithSafetyStock() {
            ItemRecord r = single(item(LotSizeRule.FIXED_ORDER_QUANTITY, 14, "230", null, null, "20"));
            assertRecord(r, "117 117 117 227 227 77 187 187", "0 0 0 23 0 0 63 0", "0 0 0 230 0 0 230 0",
                    "0 230 0 0 230 0 0 0");
        }

        /*
         * A minimum-stock demand of 20 acts as safety stock 20: the same record as lotForLotWithSafetyStock.
         */
        @Test
        void minimumStockDemandRaisesTheSafetyStock() {
            List<IndependentDemand> demands = new ArrayList<>(demands(GROSS));
            demands.add(new IndependentDemand("X", DemandKind.MIN_STOCK, "MIN-X", TODAY, new BigDecimal("20")));
            ItemRecord r = MaterialRequirementsPlanning.plan(masters(item(LotSizeRule.LOT_FOR_LOT, 14, null, null, null,
                    "0"), demands), EIGHT_WEEKS).records().get(0);
            assertRecord(r, "117 117 117 20 20 20 20 20", "0 0 0 23 0 150 120 0", "0 0 0 23 0 150 120 0",
                    "0 23 0 150 120 0 0 0");
        }

        /*
         * EOQ: D = 540 over 56 days × 365 = 3,519.642857 a year; S = 100; H = 50 × 20% = 10.
         * sqrt(2 × 3519.642857 × 100 / 10) = sqrt(70,392.857) = 265.32 → 266 (265² = 70,225 < 70,392.857 < 266² = 70,756).
         * Then a fixed lot of 266: week 4 net 3 → 263; week 6: 113; week 7: 113 − 120 = −7 → 266 → 259.
         */
        @Test
        void economicOrderQuantity() {
            MrpItemMaster x = new MrpItemMaster("X", "X", ItemSource.BUY, 14, LotSizeRule.EOQ, null, null, null, null,
                    null, BigDecimal.ZERO, new BigDecimal("50"), new BigDecimal("100"), new BigDecimal("20"));
            ItemRecord r = single(x);
            assertRecord(r, "117 117 117 263 263 113 259 259", "0 0 0 3 0 0 7 0", "0 0 0 266 0 0 266 0",
                    "0 266 0 0 266 0 0 0");
        }

        /*
         * Min/max with minimum (safety stock) 20 and maximum 200: order up to 200. Week 4: 117 − 120 < 20, net 23,
         * order 200 + 120 − 117 = 203 → 200. Week 6: 50. Week 7: 50 − 120 < 20, net 90, order 200 + 120 − 50 = 270
         * → 200. Releases: 203 in week 2, 270 in week 5.
         */
        @Test
        void minMax() {
            ItemRecord r = single(item(LotSizeRule.MIN_MAX, 14, null, null, "200", "20"));
            assertRecord(r, "117 117 117 200 200 50 200 200", "0 0 0 23 0 0 90 0", "0 0 0 203 0 0 270 0",
                    "0 203 0 0 270 0 0 0");
        }

        /*
         * Lot for lot, minimum order 50, multiple 25. Week 4: net 3 → minimum 50 → 47. Week 6: net 103 → 125 → 22.
         * Week 7: net 98 → 100 → 2. Week 8: 2.
         */
        @Test
        void minimumAndMultiple() {
            MrpItemMaster x = new MrpItemMaster("X", "X", ItemSource.BUY, 14, LotSizeRule.LOT_FOR_LOT, null, null, null,
                    new BigDecimal("50"), new BigDecimal("25"), BigDecimal.ZERO, BigDecimal.ONE, null, null);
            ItemRecord r = single(x);
            assertRecord(r, "117 117 117 47 47 22 2 2", "0 0 0 3 0 103 98 0", "0 0 0 50 0 125 100 0",
                    "0 50 0 125 100 0 0 0");
        }

        /*
         * Lot for lot with a 28-day lead time: the week-4 receipt (due 2026-01-26) should have been released on
         * 2025-12-29, a week before today: past due, shown in week 1. Week 6 → week 2, week 7 → week 3.
         */
        @Test
        void releaseBeforeTodayIsPastDue() {
            MrpPlan plan = MaterialRequirementsPlanning.plan(masters(item(LotSizeRule.LOT_FOR_LOT, 28, null, null, null,
                    "0"), demands(GROSS)), EIGHT_WEEKS);
            assertThat(plan.records().get(0).plannedReleases()).isEqualTo(q("3 150 120 0 0 0 0 0"));
            PlannedOrder first = plan.orders().get(0);
            assertThat(first.pastDue()).isTrue();
            assertThat(first.releaseDate()).isEqualTo(LocalDate.of(2025, 12, 29));
            assertThat(first.releaseBucket()).isEqualTo(-1);
            assertThat(plan.orders()).extracting(PlannedOrder::pastDue).containsExactly(true, false, false);
            assertThat(plan.exceptions()).containsExactly(new PlanException(PlanException.Kind.PAST_DUE_RELEASE, "X",
                    "MRP-000001", "planned order MRP-000001 for 3 of X due 2026-01-26 should have been released on"
                            + " 2025-12-29, 7 days before today: expedite it or move the demand"));
        }

        @Test
        void itemWithoutLeadTimeIsPlannedWithNoneAndReported() {
            MrpPlan plan = MaterialRequirementsPlanning.plan(masters(item(LotSizeRule.LOT_FOR_LOT, null, null, null,
                    null, "0"), demands(GROSS)), EIGHT_WEEKS);
            // releases in the receipt's own week
            assertThat(plan.records().get(0).plannedReleases()).isEqualTo(q("0 0 0 3 0 150 120 0"));
            assertThat(plan.exceptions()).extracting(PlanException::kind)
                    .containsExactly(PlanException.Kind.NO_LEAD_TIME);
            assertThat(plan.exceptions().get(0).message()).isEqualTo("item X has no lead time: its orders are planned"
                    + " for release on their due dates; set its lead time");
        }

        /*
         * Greater of forecast and orders per bucket: week 4 has orders 120 and a forecast 100 → 120; week 6 has orders
         * 100 and a forecast 150 → 150 (the gross requirements of the textbook record, so the same fixed-lot plan).
         * Pegging of the week-7 lot (230, receipt week 7): stock after week 4's lot is 227, which covers week 4's
         * rest and week 6 (orders 100 then the forecast's unconsumed 50) and 77 of week 7's 120; the lot covers
         * the other 43 (SO-7).
         */
        @Test
        void forecastsAndOrdersCombineByTheGreaterPerBucket() {
            List<IndependentDemand> d = new ArrayList<>(demands("150 0 0 0 0 0 120 0"));
            d.add(new IndependentDemand("X", DemandKind.SALES_ORDER, "SO-4", week(4), new BigDecimal("120")));
            d.add(new IndependentDemand("X", DemandKind.FORECAST, "FC-4", week(4), new BigDecimal("100")));
            d.add(new IndependentDemand("X", DemandKind.SALES_ORDER, "SO-6", week(6), new BigDecimal("100")));
            d.add(new IndependentDemand("X", DemandKind.FORECAST, "FC-6", week(6), new BigDecimal("150")));
            MrpPlan plan = MaterialRequirementsPlanning.plan(masters(item(LotSizeRule.FIXED_ORDER_QUANTITY, 14, "230",
                    null, null, "0"), d), EIGHT_WEEKS);
            assertThat(plan.records().get(0).gross()).isEqualTo(q(GROSS));
            assertThat(plan.records().get(0).plannedReleases()).isEqualTo(q("0 230 0 0 230 0 0 0"));
            // week-4 lot: 117 on hand after week 1 covers 117 of SO-4; the lot covers its last 3, then week 6
            assertThat(plan.orders().get(0).pegs()).containsExactly(
                    peg(DemandKind.SALES_ORDER, "SO-4", 4, "3"),
                    peg(DemandKind.SALES_ORDER, "SO-6", 6, "100"),
                    peg(DemandKind.FORECAST, "FC-6", 6, "50"),
                    peg(DemandKind.SALES_ORDER, "SO-7", 7, "77"));
            assertThat(plan.orders().get(1).pegs()).containsExactly(peg(DemandKind.SALES_ORDER, "SO-7", 7, "43"));
        }
    }

    /*
     * A component used at two levels. A (make, 1 week, on hand 10) uses 2 B and 1 C; B (make, 1 week, scheduled
     * receipt 15 in week 2) uses 1 C with 20% scrap (1 ÷ 0.8 = 1.25 C per B); C (buy, 2 weeks, on hand 40, ₹2.50).
     * Low-level codes: A 0, B 1, C 2 — C sits at level 1 under A and level 2 under B, so it is planned last.
     * Demand for A: SO-1 30 in week 3; SO-2 20 and FC-1 25 in week 5 (greater: 25). Six weekly buckets, lot for lot.
     *
     * A  | wk1  wk2  wk3  wk4  wk5  wk6
     * GR |  0    0   30    0   25    0
     * POH| 10   10    0    0    0    0      net 20 in wk3, 25 in wk5
     * PR |  0    0   20    0   25    0      MRP-000001 (wk3), MRP-000002 (wk5)
     * REL|  0   20    0   25    0    0
     *
     * B  | GR = 2 × A's releases
     * GR |  0   40    0   50    0    0
     * SR |  0   15    0    0    0    0
     * POH|  0    0    0    0    0    0      net 25 in wk2, 50 in wk4
     * PR |  0   25    0   50    0    0      MRP-000003 (wk2), MRP-000004 (wk4)
     * REL| 25    0   50    0    0    0
     *
     * C  | GR = 1 × A's releases + 1.25 × B's releases
     * GR | 31.25 20  62.5  25    0    0     (25 × 1.25 = 31.25; 50 × 1.25 = 62.5)
     * POH| 8.75  0    0     0    0    0     net 11.25 in wk2, 62.5 in wk3, 25 in wk4
     * PR |  0  11.25 62.5  25    0    0     MRP-000005..7
     * REL| 73.75 25   0     0    0    0     wk2's receipt is released 2025-12-29: past due, shown in wk1
     */
    @Nested
    class MultiLevel {

        MrpPlan plan() {
            MrpItemMaster a = MrpItemMaster.lotForLot("A", ItemSource.MAKE, 7, new BigDecimal("100"));
            MrpItemMaster b = MrpItemMaster.lotForLot("B", ItemSource.MAKE, 7, new BigDecimal("10"));
            MrpItemMaster c = MrpItemMaster.lotForLot("C", ItemSource.BUY, 14, new BigDecimal("2.50"));
            var bom = List.of(new BomLine("A", "B", new BigDecimal("2"), null),
                    new BomLine("A", "C", BigDecimal.ONE, null),
                    new BomLine("B", "C", BigDecimal.ONE, new BigDecimal("20")));
            var stock = List.of(new StockBalance("A", "MAIN", BigDecimal.TEN), new StockBalance("C", "MAIN",
                    new BigDecimal("30")), new StockBalance("C", "STORES", BigDecimal.TEN));
            var receipts = List.of(new ScheduledReceipt("B", "MO-9", OrderType.MANUFACTURING, week(2),
                    new BigDecimal("15")));
            var demands = List.of(
                    new IndependentDemand("A", DemandKind.SALES_ORDER, "SO-1", week(3), new BigDecimal("30")),
                    new IndependentDemand("A", DemandKind.SALES_ORDER, "SO-2", week(5), new BigDecimal("20")),
                    new IndependentDemand("A", DemandKind.FORECAST, "FC-1", week(5), new BigDecimal("25")));
            // items given out of order on purpose: low-level codes, not input order, decide
            return MaterialRequirementsPlanning.plan(new ManufacturingMasters(List.of(c, b, a), bom, stock, receipts,
                    demands), new PlanningHorizon(TODAY, 42, BucketSize.WEEK));
        }

        @Test
        void recordsOfEveryLevel() {
            MrpPlan plan = plan();
            assertThat(plan.records()).extracting(ItemRecord::itemCode).containsExactly("A", "B", "C");
            assertThat(plan.records()).extracting(ItemRecord::lowLevelCode).containsExactly(0, 1, 2);
            ItemRecord a = plan.records().get(0);
            assertThat(a.gross()).isEqualTo(q("0 0 30 0 25 0"));
            assertThat(a.projectedOnHand()).isEqualTo(q("10 10 0 0 0 0"));
            assertThat(a.plannedReceipts()).isEqualTo(q("0 0 20 0 25 0"));
            assertThat(a.plannedReleases()).isEqualTo(q("0 20 0 25 0 0"));
            ItemRecord b = plan.records().get(1);
            assertThat(b.gross()).isEqualTo(q("0 40 0 50 0 0"));
            assertThat(b.scheduledReceipts()).isEqualTo(q("0 15 0 0 0 0"));
            assertThat(b.projectedOnHand()).isEqualTo(q("0 0 0 0 0 0"));
            assertThat(b.net()).isEqualTo(q("0 25 0 50 0 0"));
            assertThat(b.plannedReleases()).isEqualTo(q("25 0 50 0 0 0"));
            ItemRecord c = plan.records().get(2);
            assertThat(c.onHand()).isEqualTo(new BigDecimal("40"));
            assertThat(c.gross()).isEqualTo(q("31.25 20 62.5 25 0 0"));
            assertThat(c.projectedOnHand()).isEqualTo(q("8.75 0 0 0 0 0"));
            assertThat(c.net()).isEqualTo(q("0 11.25 62.5 25 0 0"));
            assertThat(c.plannedReceipts()).isEqualTo(q("0 11.25 62.5 25 0 0"));
            assertThat(c.plannedReleases()).isEqualTo(q("73.75 25 0 0 0 0"));
        }

        @Test
        void ordersTheirTypesCostsAndThePastDueOne() {
            MrpPlan plan = plan();
            assertThat(plan.orders()).extracting(PlannedOrder::number, PlannedOrder::itemCode, PlannedOrder::type,
                            o -> o.quantity().toPlainString(), PlannedOrder::releaseDate, PlannedOrder::dueDate,
                            o -> o.estimatedCost().toPlainString(), PlannedOrder::pastDue)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("MRP-000001", "A", OrderType.MANUFACTURING, "20",
                                    week(2), week(3), "2000.00", false),
                            org.assertj.core.groups.Tuple.tuple("MRP-000002", "A", OrderType.MANUFACTURING, "25",
                                    week(4), week(5), "2500.00", false),
                            org.assertj.core.groups.Tuple.tuple("MRP-000003", "B", OrderType.MANUFACTURING, "25",
                                    week(1), week(2), "250.00", false),
                            org.assertj.core.groups.Tuple.tuple("MRP-000004", "B", OrderType.MANUFACTURING, "50",
                                    week(3), week(4), "500.00", false),
                            // 11.25 × 2.50 = 28.125 → 28.13
                            org.assertj.core.groups.Tuple.tuple("MRP-000005", "C", OrderType.PURCHASE, "11.25",
                                    LocalDate.of(2025, 12, 29), week(2), "28.13", true),
                            org.assertj.core.groups.Tuple.tuple("MRP-000006", "C", OrderType.PURCHASE, "62.5",
                                    week(1), week(3), "156.25", false),
                            org.assertj.core.groups.Tuple.tuple("MRP-000007", "C", OrderType.PURCHASE, "25",
                                    week(2), week(4), "62.50", false));
            assertThat(plan.exceptions()).extracting(PlanException::kind, PlanException::orderNumber)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(PlanException.Kind.PAST_DUE_RELEASE,
                            "MRP-000005"));
        }

        /*
         * Pegging, first in first out. A's stock 10 serves the first 10 of SO-1, so MRP-000001 serves SO-1's other 20;
         * MRP-000002 serves SO-2 20 and FC-1's unconsumed 5. B: MRP-000001 needs 40 (SO-1); MO-9's 15 covers 15,
         * MRP-000003 the other 25. MRP-000004: SO-2 40 and FC-1 10 (both via MRP-000002).
         * C, pieces in due order: wk1 31.25 (SO-1 via MRP-000003), wk2 20 (SO-1 via MRP-000001), wk3 50 + 12.5 (SO-2,
         * FC-1 via MRP-000004), wk4 20 + 5 (SO-2, FC-1 via MRP-000002). Stock 40 covers 31.25 and 8.75 of the 20, so
         * MRP-000005 serves 11.25 of SO-1 via MRP-000001.
         */
        @Test
        void peggingDownTheLevels() {
            MrpPlan plan = plan();
            var byNumber = plan.orders();
            assertThat(byNumber.get(0).pegs()).containsExactly(new Peg(DemandKind.SALES_ORDER, "SO-1", "A", week(3),
                    new BigDecimal("20"), null));
            assertThat(byNumber.get(1).pegs()).containsExactly(
                    new Peg(DemandKind.SALES_ORDER, "SO-2", "A", week(5), new BigDecimal("20"), null),
                    new Peg(DemandKind.FORECAST, "FC-1", "A", week(5), new BigDecimal("5"), null));
            assertThat(byNumber.get(2).pegs()).containsExactly(new Peg(DemandKind.SALES_ORDER, "SO-1", "A", week(3),
                    new BigDecimal("25"), "MRP-000001"));
            assertThat(byNumber.get(3).pegs()).containsExactly(
                    new Peg(DemandKind.SALES_ORDER, "SO-2", "A", week(5), new BigDecimal("40"), "MRP-000002"),
                    new Peg(DemandKind.FORECAST, "FC-1", "A", week(5), new BigDecimal("10"), "MRP-000002"));
            assertThat(byNumber.get(4).pegs()).containsExactly(new Peg(DemandKind.SALES_ORDER, "SO-1", "A", week(3),
                    new BigDecimal("11.25"), "MRP-000001"));
            assertThat(byNumber.get(5).pegs()).containsExactly(
                    new Peg(DemandKind.SALES_ORDER, "SO-2", "A", week(5), new BigDecimal("50"), "MRP-000004"),
                    new Peg(DemandKind.FORECAST, "FC-1", "A", week(5), new BigDecimal("12.5"), "MRP-000004"));
            assertThat(byNumber.get(6).pegs()).containsExactly(
                    new Peg(DemandKind.SALES_ORDER, "SO-2", "A", week(5), new BigDecimal("20"), "MRP-000002"),
                    new Peg(DemandKind.FORECAST, "FC-1", "A", week(5), new BigDecimal("5"), "MRP-000002"));
        }
    }

    @Nested
    class Structure {

        @Test
        void aCycleIsRejectedNamingIt() {
            var items = List.of(MrpItemMaster.lotForLot("A", ItemSource.MAKE, 7, BigDecimal.ONE),
                    MrpItemMaster.lotForLot("B", ItemSource.MAKE, 7, BigDecimal.ONE),
                    MrpItemMaster.lotForLot("C", ItemSource.MAKE, 7, BigDecimal.ONE));
            var bom = List.of(new BomLine("A", "B", BigDecimal.ONE, null), new BomLine("B", "C", BigDecimal.ONE, null),
                    new BomLine("C", "A", BigDecimal.ONE, null));
            assertThatThrownBy(() -> MaterialRequirementsPlanning.plan(new ManufacturingMasters(items, bom, List.of(),
                    List.of(), List.of()), EIGHT_WEEKS))
                    .isInstanceOf(BomCycleException.class)
                    .hasMessage("BOM cycle: A → B → C → A; an item cannot be its own component: remove one of these"
                            + " BOM lines");
        }

        @Test
        void aCycleBelowTheTopIsNamedFromWhereItCloses() {
            var bom = List.of(new BomLine("P", "Q", BigDecimal.ONE, null), new BomLine("Q", "R", BigDecimal.ONE, null),
                    new BomLine("R", "Q", BigDecimal.ONE, null));
            assertThatThrownBy(() -> BomStructure.lowLevelCodes(List.of("P", "Q", "R"), bom))
                    .isInstanceOfSatisfying(BomCycleException.class,
                            e -> assertThat(e.cycle()).containsExactly("Q", "R", "Q"));
        }

        /* D is under A directly (level 1) and under A → B → C (level 3): its code is the deeper, 3. */
        @Test
        void lowLevelCodeIsTheDeepestLevel() {
            var bom = List.of(new BomLine("A", "B", BigDecimal.ONE, null), new BomLine("B", "C", BigDecimal.ONE, null),
                    new BomLine("C", "D", BigDecimal.ONE, null), new BomLine("A", "D", BigDecimal.ONE, null));
            assertThat(BomStructure.lowLevelCodes(List.of("A", "B", "C", "D", "E"), bom))
                    .containsExactly(java.util.Map.entry("A", 0), java.util.Map.entry("B", 1),
                            java.util.Map.entry("C", 2), java.util.Map.entry("D", 3), java.util.Map.entry("E", 0));
        }

        @Test
        void unknownItemsAndMissingLotParametersAreListed() {
            MrpItemMaster foq = new MrpItemMaster("F", "F", ItemSource.BUY, 7, LotSizeRule.FIXED_ORDER_QUANTITY, null,
                    null, null, null, null, BigDecimal.ZERO, BigDecimal.ONE, null, null);
            assertThatThrownBy(() -> MaterialRequirementsPlanning.plan(new ManufacturingMasters(List.of(foq),
                    List.of(new BomLine("F", "Z", BigDecimal.ONE, null)), List.of(), List.of(), List.of()), EIGHT_WEEKS))
                    .isInstanceOfSatisfying(InvalidPlanningInputException.class, e -> assertThat(e.problems())
                            .containsExactly("item F: FIXED_ORDER_QUANTITY needs a positive lot size",
                                    "BOM component of F: item Z is not in the item master"));
        }
    }

    // --- helpers

    static LocalDate week(int w) {
        return TODAY.plusWeeks(w - 1);
    }

    static Peg peg(DemandKind kind, String ref, int week, String qty) {
        return new Peg(kind, ref, "X", week(week), new BigDecimal(qty), null);
    }

    static MrpItemMaster item(LotSizeRule rule, Integer leadDays, String lot, Integer periods, String max, String ss) {
        return new MrpItemMaster("X", "Textbook item", ItemSource.BUY, leadDays, rule, lot == null ? null
                : new BigDecimal(lot), periods, max == null ? null : new BigDecimal(max), null, null, new BigDecimal(ss),
                BigDecimal.ONE, null, null);
    }

    /** A sales order per week with a requirement, dated the week's Monday. */
    static List<IndependentDemand> demands(String gross) {
        List<IndependentDemand> list = new ArrayList<>();
        String[] g = gross.split(" ");
        for (int w = 1; w <= g.length; w++) {
            if (!g[w - 1].equals("0")) {
                list.add(new IndependentDemand("X", DemandKind.SALES_ORDER, "SO-" + w, week(w), new BigDecimal(g[w - 1])));
            }
        }
        return list;
    }

    static ManufacturingMasters masters(MrpItemMaster x, List<IndependentDemand> demands) {
        return new ManufacturingMasters(List.of(x), List.of(), List.of(new StockBalance("X", "MAIN", new BigDecimal("37"))),
                List.of(new ScheduledReceipt("X", "PO-1", OrderType.PURCHASE, TODAY, new BigDecimal("230"))), demands);
    }

    static ItemRecord single(MrpItemMaster x) {
        MrpPlan plan = MaterialRequirementsPlanning.plan(masters(x, demands(GROSS)), EIGHT_WEEKS);
        assertThat(plan.records()).hasSize(1);
        return plan.records().get(0);
    }

    static void assertRecord(ItemRecord r, String poh, String net, String receipts, String releases) {
        assertThat(r.onHand()).isEqualTo(new BigDecimal("37"));
        assertThat(r.gross()).as("gross").isEqualTo(q(GROSS));
        assertThat(r.scheduledReceipts()).as("scheduled receipts").isEqualTo(q(RECEIPTS));
        assertThat(r.projectedOnHand()).as("projected on hand").isEqualTo(q(poh));
        assertThat(r.net()).as("net").isEqualTo(q(net));
        assertThat(r.plannedReceipts()).as("planned receipts").isEqualTo(q(receipts));
        assertThat(r.plannedReleases()).as("planned releases").isEqualTo(q(releases));
    }

    static List<BigDecimal> q(String values) {
        return Arrays.stream(values.split(" ")).map(BigDecimal::new).map(MaterialRequirementsPlanning::plain).toList();
    }
}
