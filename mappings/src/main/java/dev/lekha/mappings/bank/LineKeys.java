package dev.lekha.mappings.bank;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The identity of a movement across overlapping statements ({@code bank_statement_line.line_key}): SHA-256 of
 * value date, direction, amount, bank reference, normalised narration (upper case, runs of white space as one
 * space) and the occurrence number among identical lines of the statement, so two genuine identical payments on
 * one day stay two lines while the same payment in the next statement is recognised.
 */
public final class LineKeys {

    private LineKeys() {
    }

    /** The keys of {@code lines}, in their order; never null. */
    public static List<String> of(List<BankStatementLine> lines) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> keys = new ArrayList<>(lines.size());
        for (BankStatementLine line : lines) {
            String identity = line.valueDate() + "|" + line.direction() + "|" + line.amount().setScale(2).toPlainString()
                    + "|" + (line.bankReference() == null ? "" : line.bankReference().trim().toUpperCase(Locale.ROOT))
                    + "|" + normalise(line.narration());
            int occurrence = seen.merge(identity, 1, Integer::sum);
            keys.add(sha256(identity + "|" + occurrence));
        }
        return keys;
    }

    static String normalise(String narration) {
        return narration == null ? "" : narration.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
