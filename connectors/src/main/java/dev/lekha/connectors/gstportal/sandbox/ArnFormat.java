package dev.lekha.connectors.gstportal.sandbox;

/**
 * ARNs as the portal prints them: 15 characters, {@code AA} (series letters), the 2-digit state code, the return
 * period as {@code MMYY}, a 6-digit sequence and one check character, e.g. {@code AA331023634457H}. The layout is
 * read from public filing records (filing-status data shows ARNs such as {@code AA331023634457H} and
 * {@code AC330923113571E} for the 10/2023 and 09/2023 returns of a Tamil Nadu GSTIN; ARN guides describe "2
 * letters, state code, MMYY, 6 system digits, 1 check digit"). The check character is the GSTIN's (Luhn mod 36
 * over the first 14 characters): it reproduces the last character of all five public ARNs checked
 * ({@code AA331023634457H}, {@code AC330923113571E}, {@code AC3309231135855}, {@code AB330823880596O},
 * {@code AB3307237283571}). The series letters vary ({@code AA}, {@code AB}, {@code AC}); the sandbox uses {@code AA}.
 */
public final class ArnFormat {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private ArnFormat() {
    }

    /**
     * @param stateCode 2 digits (the GSTIN's first two)
     * @param period    {@code MMYYYY}
     * @param sequence  0 to 999,999
     */
    public static String arn(String stateCode, String period, long sequence) {
        if (!stateCode.matches("[0-9]{2}") || !period.matches("[0-9]{6}") || sequence < 0 || sequence > 999_999) {
            throw new IllegalArgumentException("bad ARN parts: " + stateCode + ", " + period + ", " + sequence);
        }
        String body = "AA" + stateCode + period.substring(0, 2) + period.substring(4) + String.format("%06d", sequence);
        return body + checkCharacter(body);
    }

    /** Whether {@code arn} has the layout and a matching check character. */
    public static boolean valid(String arn) {
        return arn != null && arn.matches("[A-Z]{2}[0-9]{2}[0-9]{4}[0-9]{6}[0-9A-Z]")
                && arn.charAt(14) == checkCharacter(arn.substring(0, 14));
    }

    /** The 6-digit sequence of a valid ARN. */
    static long sequence(String arn) {
        return Long.parseLong(arn.substring(8, 15 - 1));
    }

    static char checkCharacter(String body14) {
        int sum = 0;
        for (int i = 0; i < body14.length(); i++) {
            int value = ALPHABET.indexOf(body14.charAt(i));
            int product = value * (i % 2 == 0 ? 1 : 2);
            sum += product / 36 + product % 36;
        }
        return ALPHABET.charAt((36 - sum % 36) % 36);
    }
}
