package dev.lekha.connectors.nic.sandbox;

/**
 * The GSTIN's 15th character: a Luhn mod-36 check over the first 14 characters (digits 0-9 then A-Z as
 * 10-35, weights alternating 1 and 2 from the left, each product folded as quotient + remainder by 36).
 * The sandbox uses it to decide whether an unregistered buyer GSTIN could exist at all (error 3028).
 */
public final class GstinCheckDigit {

    private static final String CODE_POINTS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private GstinCheckDigit() {
    }

    /** The check character for the first 14 characters of a GSTIN; throws on other input. */
    public static char checkDigit(String first14) {
        if (first14 == null || first14.length() != 14) {
            throw new IllegalArgumentException("a GSTIN's first 14 characters are needed, got " + first14);
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int value = CODE_POINTS.indexOf(Character.toUpperCase(first14.charAt(i)));
            if (value < 0) {
                throw new IllegalArgumentException("not a GSTIN character: " + first14.charAt(i));
            }
            int product = value * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return CODE_POINTS.charAt((36 - sum % 36) % 36);
    }

    /** True when {@code gstin} has the GSTIN shape and its 15th character is the right check digit. */
    public static boolean isValid(String gstin) {
        if (gstin == null || !gstin.matches("[0-9]{2}[0-9A-Z]{13}")) {
            return false;
        }
        return checkDigit(gstin.substring(0, 14)) == gstin.charAt(14);
    }
}
