package dev.lekha.mappings.incometax;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One band of an income-tax slab table: income above {@code from} up to {@code to} (null: no upper end) is
 * taxed at {@code ratePercent}.
 */
public record TaxSlab(BigDecimal from, BigDecimal to, BigDecimal ratePercent) {

    public TaxSlab {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(ratePercent, "ratePercent");
        if (to != null && to.compareTo(from) <= 0) {
            throw new IllegalArgumentException("slab ends at " + to + ", not above its start " + from);
        }
    }
}
