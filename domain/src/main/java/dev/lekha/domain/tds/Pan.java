package dev.lekha.domain.tds;

import java.util.regex.Pattern;

/**
 * The structure of a PAN (five letters, four digits, a letter; the fourth letter a holder status the Income Tax
 * Department issues: P, C, H, F, A, T, B, L, J, G) and of a TAN (four letters, five digits, a letter). Structure
 * only: whether a PAN exists and is operative only the department can say (TRACES PAN verification).
 */
public final class Pan {

    private static final Pattern PAN = Pattern.compile("[A-Z]{3}[PCHFATBLJG][A-Z][0-9]{4}[A-Z]");
    private static final Pattern TAN = Pattern.compile("[A-Z]{4}[0-9]{5}[A-Z]");

    /** The words a statement carries instead of a PAN when the deductee has none or gave a wrong one. */
    public static final String NOT_AVAILABLE = "PANNOTAVBL";
    public static final String INVALID = "PANINVALID";
    public static final String APPLIED = "PANAPPLIED";

    private Pan() {
    }

    /** Whether {@code pan} has a PAN's structure (false for null). */
    public static boolean isValid(String pan) {
        return pan != null && PAN.matcher(pan).matches();
    }

    /** Whether {@code tan} has a TAN's structure (false for null). */
    public static boolean isValidTan(String tan) {
        return tan != null && TAN.matcher(tan).matches();
    }

    /** A PAN shown with its middle hidden for logs and messages ({@code AAKCT1234F} -> {@code AAK*****4F}). */
    public static String masked(String pan) {
        if (pan == null || pan.length() < 5) {
            return "-";
        }
        return pan.substring(0, 3) + "*****" + pan.substring(pan.length() - 2);
    }
}
