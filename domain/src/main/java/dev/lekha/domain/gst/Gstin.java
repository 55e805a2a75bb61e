package dev.lekha.domain.gst;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GST Identification Number: 15 characters made of the state code (2 digits), the holder's PAN
 * (10), the entity number within the state for that PAN (1, {@code 1}-{@code 9} then {@code A}-{@code Z}),
 * {@code Z} by default, and a check character.
 *
 * <p>The check character is GSTN's mod-36 scheme (CBIC/GSTN GSTIN format, Luhn mod N with N = 36):
 * characters {@code 0-9A-Z} are valued 0..35; going from the left, each value is multiplied by a
 * factor alternating 1, 2, 1, 2, ...; each product {@code p} contributes {@code p / 36 + p % 36};
 * the check character is the one valued {@code (36 - sum % 36) % 36}. {@code 27AAPFU0939F1ZV} is valid.
 *
 * <p>The NIC e-invoice sandbox hands out test GSTINs that fail this check (for example
 * {@code 29AWGPV7107B1Z1}, {@code 02AMBPG7773M002}); a company marked as a sandbox company accepts
 * any GSTIN of the right length, alphabet and state code: see {@link #of(String, boolean)}.
 */
public record Gstin(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Pattern STRICT = Pattern.compile("([0-9]{2})([A-Z]{5}[0-9]{4}[A-Z])([1-9A-Z])Z([0-9A-Z])");
    private static final Pattern SANDBOX = Pattern.compile("([0-9]{2})([A-Z]{5}[0-9]{4}[A-Z])([0-9A-Z])([0-9A-Z])([0-9A-Z])");

    public Gstin {
        if (value == null) {
            throw new InvalidGstValueException("GSTIN is missing: give the 15-character GSTIN, e.g. 27AAPFU0939F1ZV");
        }
    }

    /** A GSTIN that passes every check (shape, state code, PAN holder type, check character). */
    public static Gstin of(String value) {
        return of(value, false);
    }

    /**
     * Parses a GSTIN, leading/trailing spaces ignored and letters upper-cased.
     *
     * @param sandbox when true (a sandbox company), any 15 characters of the form
     *                {@code 99AAAAA9999A} followed by three letters/digits with a valid state code are
     *                accepted, even if the check character or PAN holder type is wrong
     * @throws InvalidGstValueException saying which part is wrong
     */
    public static Gstin of(String value, boolean sandbox) {
        if (value == null || value.isBlank()) {
            throw new InvalidGstValueException("GSTIN is missing: give the 15-character GSTIN, e.g. 27AAPFU0939F1ZV");
        }
        String v = value.trim().toUpperCase(java.util.Locale.ROOT);
        if (v.length() != 15) {
            throw new InvalidGstValueException("GSTIN '" + v + "' has " + v.length() + " characters; a GSTIN has 15");
        }
        if (sandbox) {
            Matcher m = SANDBOX.matcher(v);
            if (!m.matches()) {
                throw new InvalidGstValueException("GSTIN '" + v
                        + "' is not of the form 99AAAAA9999A plus three letters or digits");
            }
            StateCode.of(m.group(1));
            return new Gstin(v);
        }
        Matcher m = STRICT.matcher(v);
        if (!m.matches()) {
            throw new InvalidGstValueException("GSTIN '" + v
                    + "' is not of the form 99AAAAA9999A9Z9 (state code, PAN, entity number 1-9/A-Z, 'Z', check character)");
        }
        if (StateCode.tryOf(m.group(1)).isEmpty()) {
            throw new InvalidGstValueException("GSTIN '" + v + "' starts with '" + m.group(1)
                    + "', which is not a GST state code (01-38, 96, 97, 99)");
        }
        Pan.of(m.group(2));
        char expected = checkCharacter(v.substring(0, 14));
        if (v.charAt(14) != expected) {
            throw new InvalidGstValueException("GSTIN '" + v + "' has check character '" + v.charAt(14)
                    + "' but its first 14 characters give '" + expected + "': the GSTIN is mistyped");
        }
        return new Gstin(v);
    }

    /** True when {@code value} is a GSTIN that {@link #of(String, boolean)} accepts. */
    public static boolean isValid(String value, boolean sandbox) {
        try {
            of(value, sandbox);
            return true;
        } catch (InvalidGstValueException e) {
            return false;
        }
    }

    /**
     * The mod-36 check character for the first 14 characters of a GSTIN.
     *
     * @param first14 14 characters of {@code 0-9A-Z}
     */
    public static char checkCharacter(String first14) {
        if (first14 == null || first14.length() != 14) {
            throw new InvalidGstValueException("the check character is computed from exactly 14 characters, got '" + first14 + "'");
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int v = ALPHABET.indexOf(first14.charAt(i));
            if (v < 0) {
                throw new InvalidGstValueException("'" + first14.charAt(i) + "' at position " + (i + 1)
                        + " of '" + first14 + "' is not a digit or capital letter");
            }
            int product = v * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return ALPHABET.charAt((36 - sum % 36) % 36);
    }

    /** The registration's state code (first two digits). */
    public StateCode stateCode() {
        return StateCode.of(value.substring(0, 2));
    }

    /** The PAN inside (characters 3-12), unchecked, as text. */
    public String panText() {
        return value.substring(2, 12);
    }

    @Override
    public String toString() {
        return value;
    }
}
