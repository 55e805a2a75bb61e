package dev.lekha.mappings.incometax;

import java.math.BigDecimal;

/** Surcharge at {@code ratePercent} of the tax when total income exceeds {@code incomeAbove}. */
public record SurchargeBand(BigDecimal incomeAbove, BigDecimal ratePercent) {
}
