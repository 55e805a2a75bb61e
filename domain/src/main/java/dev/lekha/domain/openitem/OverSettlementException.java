package dev.lekha.domain.openitem;

import java.math.BigDecimal;

/** Applying more money to an open item than it still has outstanding. */
public class OverSettlementException extends RuntimeException {

    public OverSettlementException(OpenItemType type, long itemId, BigDecimal amount, BigDecimal outstanding) {
        super(type + " " + itemId + ": cannot settle " + amount.toPlainString() + ", only "
                + outstanding.toPlainString() + " is outstanding");
    }
}
