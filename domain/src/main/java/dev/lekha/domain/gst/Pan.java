package dev.lekha.domain.gst;

import java.util.regex.Pattern;

/**
 * A Permanent Account Number: five letters, four digits, one letter ({@code AAAAA9999A}); the
 * fourth letter is the holder type (Income Tax Department, PAN structure): P individual, C company,
 * H Hindu undivided family, F firm/LLP, A association of persons, T trust, B body of individuals,
 * L local authority, J artificial juridical person, G government.
 *
 * <p>{@link #toString()} masks the middle so that a PAN can be logged safely.
 */
public record Pan(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{5}[0-9]{4}[A-Z]");
    private static final String HOLDER_TYPES = "PCHFATBLJG";

    public Pan {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidGstValueException("PAN '" + value
                    + "' is not in the form AAAAA9999A (five capital letters, four digits, one capital letter)");
        }
        if (HOLDER_TYPES.indexOf(value.charAt(3)) < 0) {
            throw new InvalidGstValueException("PAN '" + value + "' has holder type '" + value.charAt(3)
                    + "' in 4th place; it must be one of P, C, H, F, A, T, B, L, J, G");
        }
    }

    /** Parses a PAN; surrounding spaces are ignored and letters upper-cased. */
    public static Pan of(String value) {
        return new Pan(value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT));
    }

    /** The holder-type letter (4th character), e.g. {@code C} for a company. */
    public char holderType() {
        return value.charAt(3);
    }

    /** Masked for logs, first three and last two characters shown: {@code AAACL1234C} → {@code AAA*****4C}. */
    @Override
    public String toString() {
        return value.substring(0, 3) + "*****" + value.substring(8);
    }
}
