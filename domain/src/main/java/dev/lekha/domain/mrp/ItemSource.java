package dev.lekha.domain.mrp;

/** Whether an item is made (its planned orders are manufacturing orders) or bought (purchase orders). */
public enum ItemSource {
    MAKE, BUY;

    /** The kind of order that replenishes an item of this source. */
    public OrderType orderType() {
        return this == MAKE ? OrderType.MANUFACTURING : OrderType.PURCHASE;
    }
}
