package dev.lekha.connectors.razorpay;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Razorpay sends and takes amounts as integers in the currency's smallest unit (paise for INR); Lekha keeps
 * rupees as BigDecimal with scale 2. Conversions are exact: a rupee amount with a fraction of a paisa is refused
 * rather than rounded, because rounding money silently would make settlements not add up.
 */
public final class Paise {

    private Paise() {
    }

    /** 12345 paise -> 123.45 rupees (scale 2). */
    public static BigDecimal toRupees(long paise) {
        return BigDecimal.valueOf(paise, 2);
    }

    /**
     * 123.45 rupees -> 12345 paise.
     *
     * @throws IllegalArgumentException when {@code rupees} is null or has more than two decimals that are not zero
     */
    public static long fromRupees(BigDecimal rupees) {
        if (rupees == null) {
            throw new IllegalArgumentException("amount must not be null");
        }
        try {
            return rupees.setScale(2, RoundingMode.UNNECESSARY).movePointRight(2).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount " + rupees.toPlainString()
                    + " is not a whole number of paise (at most 2 decimals)", e);
        }
    }
}
