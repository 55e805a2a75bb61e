package dev.lekha.mappings.payroll.statutory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A statutory amount over a date range, as a {@code statutory_rate} row carries it.
 *
 * @param effectiveTo last day it applies, inclusive; null while in force
 */
public record DatedAmount(BigDecimal amount, LocalDate effectiveFrom, LocalDate effectiveTo, String sourceNote) {

    public DatedAmount {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("effectiveTo " + effectiveTo + " is before effectiveFrom " + effectiveFrom);
        }
    }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
