package dev.lekha.mappings.einvoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Rupee amounts written the Indian way: digits grouped in lakhs and crores ({@code 12,34,56,789.50}) and
 * words in the Indian numbering system ({@code Twelve Crore Thirty Four Lakh ...}), as invoices show them.
 */
public final class IndianRupees {

    private static final String[] ONES = {"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
            "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen",
            "Nineteen"};
    private static final String[] TENS = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty",
            "Ninety"};
    private static final BigDecimal CRORE = new BigDecimal("10000000");

    private IndianRupees() {
    }

    /**
     * The amount rounded half-up to paise, grouped in lakhs and crores: {@code 123456789.5} gives
     * {@code 12,34,56,789.50}, {@code -1180} gives {@code -1,180.00}.
     */
    public static String grouped(BigDecimal amount) {
        BigDecimal a = Objects.requireNonNull(amount, "amount must not be null").setScale(2, RoundingMode.HALF_UP);
        String plain = a.abs().toPlainString();
        String rupees = plain.substring(0, plain.length() - 3);
        StringBuilder out = new StringBuilder();
        int n = rupees.length();
        if (n <= 3) {
            out.append(rupees);
        } else {
            String head = rupees.substring(0, n - 3);
            for (int i = 0; i < head.length(); i++) {
                if (i > 0 && (head.length() - i) % 2 == 0) {
                    out.append(',');
                }
                out.append(head.charAt(i));
            }
            out.append(',').append(rupees, n - 3, n);
        }
        return (a.signum() < 0 ? "-" : "") + out + plain.substring(plain.length() - 3);
    }

    /** For messages: {@code 50000000} gives {@code ₹5 crore}, {@code 50000000.01} gives {@code ₹5,00,00,000.01}. */
    static String crore(BigDecimal amount) {
        BigDecimal crores = amount.divide(CRORE);
        if (crores.stripTrailingZeros().scale() <= 2) {
            return "₹" + crores.stripTrailingZeros().toPlainString() + " crore";
        }
        return "₹" + grouped(amount);
    }

    /**
     * The amount in words, Indian numbering, rounded half-up to paise: {@code 118000.00} gives
     * {@code One Lakh Eighteen Thousand}; {@code 123456789.50} gives {@code Twelve Crore Thirty Four Lakh
     * Fifty Six Thousand Seven Hundred Eighty Nine and Fifty Paise}; {@code 0.50} gives {@code Fifty Paise};
     * zero gives {@code Zero}. Beyond 99 crore the crores are counted in words again
     * ({@code One Thousand Two Hundred Crore}).
     *
     * @param amount must not be null or negative
     */
    public static String inWords(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount must not be null");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("an amount in words must not be negative: " + amount);
        }
        BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
        BigDecimal rupees = a.setScale(0, RoundingMode.DOWN);
        int paise = a.subtract(rupees).movePointRight(2).intValueExact();
        String paiseWords = paise == 0 ? "" : twoDigits(paise) + " Paise";
        if (rupees.signum() == 0) {
            return paise == 0 ? ONES[0] : paiseWords;
        }
        String rupeeWords = whole(rupees.toBigIntegerExact().longValueExact());
        return paise == 0 ? rupeeWords : rupeeWords + " and " + paiseWords;
    }

    /**
     * The words as an invoice prints them: {@code Rupees One Lakh Eighteen Thousand Only},
     * {@code Rupees Ten and Fifty Paise Only}, {@code Fifty Paise Only}.
     */
    public static String spelled(BigDecimal amount) {
        String words = inWords(amount);
        return (amount.setScale(2, RoundingMode.HALF_UP).compareTo(BigDecimal.ONE) < 0 && amount.signum() != 0
                ? words : "Rupees " + words) + " Only";
    }

    private static String whole(long n) {
        StringBuilder out = new StringBuilder();
        long crores = n / 10_000_000L;
        long rest = n % 10_000_000L;
        if (crores > 0) {
            out.append(whole(crores)).append(" Crore");
        }
        append(out, rest / 100_000, "Lakh");
        append(out, rest / 1_000 % 100, "Thousand");
        append(out, rest / 100 % 10, "Hundred");
        if (rest % 100 > 0) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(twoDigits((int) (rest % 100)));
        }
        return out.toString();
    }

    private static void append(StringBuilder out, long value, String unit) {
        if (value > 0) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(twoDigits((int) value)).append(' ').append(unit);
        }
    }

    private static String twoDigits(int n) {
        if (n < 20) {
            return ONES[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : " " + ONES[n % 10]);
    }
}
