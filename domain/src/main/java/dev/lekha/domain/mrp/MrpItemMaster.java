package dev.lekha.domain.mrp;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An item as material requirements planning sees it: made or bought, how long that takes, and how orders for it are
 * sized. Kept apart from the sales {@code item} master because components and raw materials need no HSN or GST rate
 * and a finished good's planning code may differ from its invoicing code.
 *
 * @param code               the item's code, unique in the company (must not be blank)
 * @param name               its name
 * @param source             made here (manufacturing order) or bought (purchase order)
 * @param leadTimeDays       days from releasing an order to receiving it; null when unknown (planned with no offset
 *                           and reported as an exception)
 * @param lotRule            how a net requirement becomes an order quantity
 * @param lotSize            the fixed lot for {@link LotSizeRule#FIXED_ORDER_QUANTITY}; null otherwise
 * @param periods            the buckets an order covers for {@link LotSizeRule#PERIOD_ORDER_QUANTITY}; null otherwise
 * @param maxStock           the level an order tops stock up to for {@link LotSizeRule#MIN_MAX}; null otherwise
 * @param minimumOrder       the smallest order; null for none
 * @param orderMultiple      orders are rounded up to a multiple of this; null for none
 * @param safetyStock        stock to keep at all times (the minimum of MIN_MAX); zero for none
 * @param unitCost           cost of one unit, for the planned order's estimated cost and EOQ's holding cost
 * @param orderingCost       cost of placing one order (S of EOQ); null unless EOQ
 * @param holdingRatePercent yearly cost of holding one unit as a percentage of its unit cost (H = unit cost ×
 *                           rate / 100 of EOQ); null unless EOQ
 */
public record MrpItemMaster(String code, String name, ItemSource source, Integer leadTimeDays, LotSizeRule lotRule,
                            BigDecimal lotSize, Integer periods, BigDecimal maxStock, BigDecimal minimumOrder,
                            BigDecimal orderMultiple, BigDecimal safetyStock, BigDecimal unitCost,
                            BigDecimal orderingCost, BigDecimal holdingRatePercent) {

    public MrpItemMaster {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(lotRule, "lotRule");
        safetyStock = safetyStock == null ? BigDecimal.ZERO : safetyStock;
        unitCost = unitCost == null ? BigDecimal.ZERO : unitCost;
        name = name == null ? code : name;
    }

    /** A lot-for-lot item with no minimum, multiple or safety stock: the textbook default. */
    public static MrpItemMaster lotForLot(String code, ItemSource source, Integer leadTimeDays, BigDecimal unitCost) {
        return new MrpItemMaster(code, code, source, leadTimeDays, LotSizeRule.LOT_FOR_LOT, null, null, null, null,
                null, BigDecimal.ZERO, unitCost, null, null);
    }
}
