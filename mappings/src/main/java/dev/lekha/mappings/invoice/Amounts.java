package dev.lekha.mappings.invoice;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads decimal amounts from text exactly (never through {@code double}) and gives rupee amounts a
 * scale of at least 2, so that {@code 1800} and {@code 1800.00} read from different channels are
 * equal records.
 */
final class Amounts {

    /** Plain digits, or digits grouped the Indian way (1,23,456.78) or the Western way (123,456.78). */
    private static final Pattern GROUPED = Pattern.compile(
            "[+-]?(\\d+|\\d{1,3}(,\\d{3})+|\\d{1,2}(,\\d{2})*,\\d{3})(\\.\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private Amounts() {
    }

    /**
     * @param text an amount such as {@code 1,23,456.78}, {@code 1800} or {@code -25.50}
     * @return the exact value, or null when {@code text} is not such an amount
     */
    static BigDecimal parseGrouped(String text) {
        String compact = text.strip();
        if (!GROUPED.matcher(compact).matches()) {
            return null;
        }
        return new BigDecimal(compact.replace(",", ""));
    }

    /** @return the exact value of a plain decimal ({@code 1800.00}, no separators), or null if it is not one */
    static BigDecimal parsePlain(String text) {
        String compact = text.strip();
        return PLAIN.matcher(compact).matches() ? new BigDecimal(compact) : null;
    }

    /** A rupee amount with scale at least 2 (never reduced, so no information is lost). */
    static BigDecimal rupees(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return value.scale() < 2 ? value.setScale(2) : value;
    }

    /** True when the amount has more than 2 significant decimal places (paise are the smallest unit). */
    static boolean finerThanPaise(BigDecimal value) {
        return value.stripTrailingZeros().scale() > 2;
    }

    /** Removes a negative scale ({@code 1E+4} becomes {@code 10000}) without changing the value. */
    static BigDecimal nonNegativeScale(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
