package dev.lekha.domain.mrp;

import dev.lekha.domain.demo.DemoDataExtension;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The demo company's small bicycle works, so {@code mrp} has something to plan on a fresh start: two bicycles
 * (level 0) made of frames, wheels, a saddle and a bell (level 1), frames of steel tube and wheels of rims and spokes
 * (level 2), rims of aluminium strip (level 3); every lot-size rule is used once or more, one item has no lead time
 * (an exception on purpose), stock in two warehouses, open purchase and manufacturing orders, open sales orders and
 * eight weeks of forecasts, all dated from the day it is seeded.
 */
@Component
class MrpDemoData implements DemoDataExtension {

    private final MrpMasters masters;
    private final Clock clock;

    MrpDemoData(MrpMasters masters, Clock clock) {
        this.masters = masters;
        this.clock = clock;
    }

    @Override
    public void seedIfEmpty(long companyId) {
        if (!masters.itemCodes(companyId).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Kolkata")));
        List<MrpItemMaster> items = List.of(
                item("BIKE-CITY", "City bicycle 26\"", ItemSource.MAKE, 3, LotSizeRule.LOT_FOR_LOT, null, null, null,
                        "0", "6800", null, null, null, null),
                item("BIKE-KIDS", "Kids' bicycle 20\"", ItemSource.MAKE, 3, LotSizeRule.PERIOD_ORDER_QUANTITY, null, 2,
                        null, "0", "4200", null, null, null, null),
                item("FRAME-26", "Frame 26\"", ItemSource.MAKE, 7, LotSizeRule.FIXED_ORDER_QUANTITY, "50", null, null,
                        "0", "1900", null, null, null, null),
                item("FRAME-20", "Frame 20\"", ItemSource.MAKE, 7, LotSizeRule.FIXED_ORDER_QUANTITY, "50", null, null,
                        "0", "1300", null, null, null, null),
                item("WHEEL-26", "Wheel 26\"", ItemSource.MAKE, 5, LotSizeRule.LOT_FOR_LOT, null, null, null, "10",
                        "750", null, null, null, null),
                item("WHEEL-20", "Wheel 20\"", ItemSource.MAKE, 5, LotSizeRule.LOT_FOR_LOT, null, null, null, "0",
                        "560", null, null, null, null),
                item("RIM-26", "Rim 26\"", ItemSource.MAKE, 4, LotSizeRule.LOT_FOR_LOT, null, null, null, "0", "260",
                        null, null, null, null),
                item("RIM-20", "Rim 20\"", ItemSource.MAKE, 4, LotSizeRule.LOT_FOR_LOT, null, null, null, "0", "190",
                        null, null, null, null),
                item("TUBE-STEEL", "Steel tube 1 m", ItemSource.BUY, 14, LotSizeRule.EOQ, null, null, null, "0", "180",
                        "1500", "24", null, null),
                item("SPOKE", "Spoke", ItemSource.BUY, 10, LotSizeRule.LOT_FOR_LOT, null, null, null, "0", "4", null,
                        null, "1000", "500"),
                item("SADDLE", "Saddle", ItemSource.BUY, 21, LotSizeRule.MIN_MAX, null, null, "200", "20", "350", null,
                        null, null, null),
                item("STRIP-AL", "Aluminium strip 1 m", ItemSource.BUY, 14, LotSizeRule.FIXED_ORDER_QUANTITY, "100",
                        null, null, "0", "95", null, null, null, null),
                item("BELL", "Bell", ItemSource.BUY, null, LotSizeRule.LOT_FOR_LOT, null, null, null, "0", "60", null,
                        null, null, null));
        List<BomLine> bom = List.of(
                line("BIKE-CITY", "FRAME-26", "1", null), line("BIKE-CITY", "WHEEL-26", "2", null),
                line("BIKE-CITY", "SADDLE", "1", null), line("BIKE-CITY", "BELL", "1", null),
                line("BIKE-KIDS", "FRAME-20", "1", null), line("BIKE-KIDS", "WHEEL-20", "2", null),
                line("BIKE-KIDS", "SADDLE", "1", null),
                line("FRAME-26", "TUBE-STEEL", "3", "5"), line("FRAME-20", "TUBE-STEEL", "2", "5"),
                line("WHEEL-26", "RIM-26", "1", null), line("WHEEL-26", "SPOKE", "36", null),
                line("WHEEL-20", "RIM-20", "1", null), line("WHEEL-20", "SPOKE", "28", null),
                line("RIM-26", "STRIP-AL", "1.2", "2"), line("RIM-20", "STRIP-AL", "0.9", "2"));
        List<StockBalance> stock = List.of(new StockBalance("BIKE-CITY", "PUNE-FG", new BigDecimal("12")),
                new StockBalance("BIKE-KIDS", "PUNE-FG", new BigDecimal("5")),
                new StockBalance("FRAME-26", "PUNE-WIP", new BigDecimal("20")),
                new StockBalance("WHEEL-26", "PUNE-WIP", new BigDecimal("30")),
                new StockBalance("TUBE-STEEL", "CHAKAN-RM", new BigDecimal("150")),
                new StockBalance("SPOKE", "CHAKAN-RM", new BigDecimal("2400")),
                new StockBalance("SPOKE", "PUNE-WIP", new BigDecimal("600")),
                new StockBalance("SADDLE", "CHAKAN-RM", new BigDecimal("45")),
                new StockBalance("STRIP-AL", "CHAKAN-RM", new BigDecimal("80")));
        List<ScheduledReceipt> receipts = List.of(
                new ScheduledReceipt("TUBE-STEEL", "PO-D-501", OrderType.PURCHASE, today.plusDays(6), new BigDecimal("300")),
                new ScheduledReceipt("SADDLE", "PO-D-502", OrderType.PURCHASE, today.plusDays(9), new BigDecimal("100")),
                new ScheduledReceipt("FRAME-20", "MO-D-301", OrderType.MANUFACTURING, today.plusDays(4),
                        new BigDecimal("50")));
        List<IndependentDemand> demands = new ArrayList<>(List.of(
                new IndependentDemand("BIKE-CITY", DemandKind.SALES_ORDER, "SO-D-1001", today.plusDays(10),
                        new BigDecimal("40")),
                new IndependentDemand("BIKE-CITY", DemandKind.SALES_ORDER, "SO-D-1002", today.plusDays(24),
                        new BigDecimal("25")),
                new IndependentDemand("BIKE-KIDS", DemandKind.SALES_ORDER, "SO-D-1003", today.plusDays(17),
                        new BigDecimal("30")),
                new IndependentDemand("BIKE-CITY", DemandKind.MIN_STOCK, "MIN-BIKE-CITY", today, new BigDecimal("5"))));
        for (int week = 1; week <= 8; week++) {
            demands.add(new IndependentDemand("BIKE-CITY", DemandKind.FORECAST, "FC-D-CITY-W" + week,
                    today.plusWeeks(week), new BigDecimal("30")));
            demands.add(new IndependentDemand("BIKE-KIDS", DemandKind.FORECAST, "FC-D-KIDS-W" + week,
                    today.plusWeeks(week), new BigDecimal("20")));
        }
        masters.store(companyId, new MastersUpload(items, bom, stock, receipts, demands));
    }

    private static MrpItemMaster item(String code, String name, ItemSource source, Integer lead, LotSizeRule rule,
                                      String lot, Integer periods, String max, String safety, String unitCost,
                                      String orderingCost, String holdingPct, String minimum, String multiple) {
        return new MrpItemMaster(code, name, source, lead, rule, dec(lot), periods, dec(max), dec(minimum),
                dec(multiple), dec(safety), dec(unitCost), dec(orderingCost), dec(holdingPct));
    }

    private static BomLine line(String parent, String component, String per, String scrap) {
        return new BomLine(parent, component, new BigDecimal(per), dec(scrap));
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
