package dev.lekha.mappings.bank;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the payment's unique reference in a bank narration. NEFT and RTGS carry the UTR the RBI systems
 * assign: four letters of the sending bank's IFSC, then letters and digits (16 characters for NEFT, 22 for
 * RTGS; banks also print 16-22 character variants). IMPS and UPI carry the NPCI 12-digit retrieval
 * reference number (RRN). Banks separate the parts of a narration with '-', '/', '*', ':' or spaces.
 */
public final class Utr {

    private static final Pattern RAIL = Pattern.compile("(?<![A-Z])(NEFT|RTGS|IMPS|MMT|UPI)(?![A-Z])");
    private static final Pattern SEPARATORS = Pattern.compile("[-/*:,;|\\s]+");
    /** Bank code (4 letters) then 12-18 letters/digits: excludes an 11-character IFSC. */
    private static final Pattern NEFT_RTGS = Pattern.compile("[A-Z]{4}[A-Z0-9]{12,18}");
    private static final Pattern RRN = Pattern.compile("\\d{12}");

    private Utr() {
    }

    /**
     * The UTR or RRN in {@code narration} (or, failing that, in {@code reference}); null when the text names no
     * NEFT/RTGS/IMPS/UPI payment or carries no reference of the right shape.
     */
    public static String extract(String narration, String reference) {
        String found = extract(narration);
        if (found == null && reference != null && narration != null) {
            Matcher rail = RAIL.matcher(narration.toUpperCase(Locale.ROOT));
            if (rail.find()) {
                found = token(rail.group(1), reference.toUpperCase(Locale.ROOT).trim());
            }
        }
        return found;
    }

    /** The UTR or RRN in {@code narration}; null when there is none. */
    public static String extract(String narration) {
        if (narration == null || narration.isBlank()) {
            return null;
        }
        String text = narration.toUpperCase(Locale.ROOT);
        Matcher rail = RAIL.matcher(text);
        while (rail.find()) {
            String rest = text.substring(rail.end());
            for (String token : SEPARATORS.split(rest)) {
                String utr = token(rail.group(1), token);
                if (utr != null) {
                    return utr;
                }
            }
        }
        return null;
    }

    private static String token(String rail, String token) {
        if (rail.equals("NEFT") || rail.equals("RTGS")) {
            if (NEFT_RTGS.matcher(token).matches() && digits(token) >= 8) {
                return token;
            }
            return null;
        }
        return RRN.matcher(token).matches() ? token : null;
    }

    private static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
