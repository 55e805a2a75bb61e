package dev.lekha.domain.mrp;

/**
 * How a net requirement becomes a planned order quantity (docs/mrp.md works each through). After the rule, the
 * item's minimum order is applied, then the quantity is rounded up to its order multiple.
 */
public enum LotSizeRule {
    /** Order exactly the net requirement. */
    LOT_FOR_LOT,
    /** Order the smallest multiple of the lot size that covers the net requirement. */
    FIXED_ORDER_QUANTITY,
    /** Order what covers the net requirements of this and the next P − 1 buckets. */
    PERIOD_ORDER_QUANTITY,
    /** A fixed order quantity equal to the economic order quantity sqrt(2DS/H), rounded up to a whole unit. */
    EOQ,
    /** When stock would fall below the minimum (safety stock), order up to the maximum stock. */
    MIN_MAX
}
