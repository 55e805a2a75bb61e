package dev.lekha.domain.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * Rupee amounts: {@link BigDecimal} at scale 2 (paise), rounded half-up, which is how GST and
 * Indian accounting round ({@code numeric(19,2)} in the database). Never use double for money.
 */
public final class Money {

    /** Zero rupees, scale 2. */
    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Money() {
    }

    /** The amount rounded half-up to paise; null stays null. */
    public static BigDecimal of(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Parses a decimal such as {@code 1234.5} into rupees at scale 2; must not be null. */
    public static BigDecimal of(String amount) {
        return of(new BigDecimal(Objects.requireNonNull(amount, "amount must not be null")));
    }

    /** The amount, or zero when null, at scale 2. */
    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? ZERO : of(amount);
    }

    /** Sum of the amounts (nulls count as zero), at scale 2. */
    public static BigDecimal sum(Collection<BigDecimal> amounts) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal amount : amounts) {
            if (amount != null) {
                total = total.add(amount);
            }
        }
        return of(total);
    }

    /** {@code percent}% of {@code amount}, rounded half-up to paise: {@code percentOf(99.99, 18) = 18.00}. */
    public static BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
        return of(amount.multiply(percent).divide(HUNDRED));
    }

    /** True when both are equal in value regardless of scale ({@code 1.5} equals {@code 1.50}); nulls are never equal. */
    public static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }
}
