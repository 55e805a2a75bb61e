package dev.lekha.mappings.gst.gstr2b;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Invoice numbers as suppliers and buyers write them differently: {@code INV/0042/2023-24} in one
 * ledger is {@code INV-42} in the other. {@link #normalise(String)} removes what does not tell two
 * invoices apart.
 */
public final class InvoiceNumbers {

    /**
     * A financial-year token: {@code 2023-24}, {@code 2023-2024}, {@code 23-24}, {@code 23/24},
     * {@code FY23-24}, {@code FY 2023-24}, standing alone (not inside a longer run of letters or digits).
     * Only consecutive years count, so {@code 12-15} stays.
     */
    private static final Pattern FY_TOKEN = Pattern.compile(
            "(?<![A-Z0-9])(?:FY\\s*)?(?:20)?([0-9]{2})\\s*[-/]\\s*(?:20)?([0-9]{2})(?![A-Z0-9])");
    private static final Pattern SEPARATORS = Pattern.compile("[/\\-\\s]+");

    private InvoiceNumbers() {
    }

    /**
     * The number with financial-year tokens removed, {@code /} and {@code -} read as spaces, leading
     * zeros of each token stripped ({@code 0042} → {@code 42}, {@code 000} → {@code 0}), letters
     * upper-cased and spaces collapsed. {@code INV/0042/2023-24} and {@code inv-42} both give {@code INV 42}.
     *
     * @param number the number as written; null gives the empty string
     */
    public static String normalise(String number) {
        if (number == null) {
            return "";
        }
        String upper = number.toUpperCase(Locale.ROOT);
        Matcher m = FY_TOKEN.matcher(upper);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int from = 0;
        // a pair of years that are not consecutive is not a token: search again from its next character,
        // so that in 42/23-24 the token 23-24 is still found after 42/23 was not one
        while (from < upper.length() && m.find(from)) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            if ((first + 1) % 100 == second) {
                out.append(upper, copied, m.start()).append(' ');
                copied = m.end();
                from = m.end();
            } else {
                from = m.start() + 1;
            }
        }
        out.append(upper, copied, upper.length());
        StringBuilder result = new StringBuilder();
        for (String token : SEPARATORS.split(out.toString().strip())) {
            if (token.isEmpty()) {
                continue;
            }
            int zeros = 0;
            while (zeros < token.length() - 1 && token.charAt(zeros) == '0') {
                zeros++;
            }
            String stripped = token.substring(zeros);
            if (!result.isEmpty()) {
                result.append(' ');
            }
            result.append(stripped);
        }
        return result.toString();
    }
}
