package dev.lekha.mappings.recon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Token-based party-name similarity for narrations: upper-cased, split on anything not a letter or digit,
 * with channel words (NEFT, RTGS, IMPS, UPI...), company suffixes (PVT, LTD, PRIVATE, LIMITED...), bank
 * codes and every token holding a digit (IFSC, UTR, account numbers) removed.
 */
public final class PartyNames {

    private static final Set<String> NOISE = Set.of(
            "NEFT", "RTGS", "IMPS", "UPI", "CR", "DR", "INB", "MB", "BY", "TO", "FROM", "TRF", "TRANSFER", "FT",
            "PAYMENT", "PAYMT", "PYMT", "PMT", "REF", "UTR", "INW", "OUTW", "INWARD", "OUTWARD", "CLG", "ACH", "NACH",
            "PVT", "PRIVATE", "LTD", "LIMITED", "LLP", "CO", "COMPANY", "THE", "AND", "MS", "M", "S", "OF", "INC",
            "BANK", "HDFC", "ICICI", "SBIN", "SBI", "AXIS", "UTIB", "KKBK", "KOTAK", "YESB", "PUNB", "BARB", "CNRB",
            "IDFB", "INDB", "FDRL", "UBIN", "INVOICE", "INV", "BILL", "AGAINST", "TOWARDS", "SETTLEMENT", "SAL",
            "A", "C", "AC", "NA");

    private PartyNames() {
    }

    /** The tokens that can name a party. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String t : text.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
            if (t.length() < 2 || NOISE.contains(t) || hasDigit(t)) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * Share of the party's tokens found in the narration (0..1). A party token counts as found when a
     * narration token equals it, is a prefix of it of 3+ letters (banks truncate names), or differs from
     * it by one edit when both have 5+ letters (typos).
     */
    public static double similarity(List<String> narration, String[] party) {
        if (party.length == 0 || narration.isEmpty()) {
            return 0;
        }
        int found = 0;
        for (String p : party) {
            for (String n : narration) {
                if (tokenMatches(n, p)) {
                    found++;
                    break;
                }
            }
        }
        return (double) found / party.length;
    }

    static boolean tokenMatches(String n, String p) {
        if (n.equals(p)) {
            return true;
        }
        if (n.length() >= 3 && n.length() < p.length() && p.startsWith(n)) {
            return true;
        }
        return n.length() >= 5 && p.length() >= 5 && Math.abs(n.length() - p.length()) <= 1 && withinOneEdit(n, p);
    }

    private static boolean withinOneEdit(String a, String b) {
        if (a.length() > b.length()) {
            String t = a;
            a = b;
            b = t;
        }
        int i = 0;
        int j = 0;
        int edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) {
                i++;
                j++;
                continue;
            }
            if (++edits > 1) {
                return false;
            }
            if (a.length() == b.length()) {
                i++;
            }
            j++;
        }
        return edits + (b.length() - j) + (a.length() - i) <= 1;
    }

    private static boolean hasDigit(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
