package dev.lekha.mappings.gst.gstr2b;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field that differs between the books and 2B, e.g. {@code taxable_value: books 1000.00, 2B 1100.00}.
 */
public record FieldDifference(String field, String books, String portal) {

    private static final Pattern ONE = Pattern.compile("([a-z_]+): books (.*), 2B (.*)");

    /**
     * Reads back {@link ReconPair#differencesText()} (differences joined by {@code "; "}), as stored with
     * a reconciliation line; parts that are not in that form are skipped.
     *
     * @param text may be null or blank (no differences)
     */
    public static List<FieldDifference> parseAll(String text) {
        List<FieldDifference> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split("; ")) {
            Matcher m = ONE.matcher(part);
            if (m.matches()) {
                out.add(new FieldDifference(m.group(1), m.group(2), m.group(3)));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return field + ": books " + books + ", 2B " + portal;
    }
}
