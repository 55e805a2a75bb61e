package dev.lekha.mappings.tds;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a TDS statement's records back: one record a line (CRLF, or LF as published samples often are), fields
 * split on '^' keeping empty ones, so a record's field count is what the layout tables count.
 */
public final class StatementReader {

    private StatementReader() {
    }

    /**
     * One record.
     *
     * @param position its line in the file, from 1
     * @param fields   fields 1..n at indexes 0..n-1
     */
    public record StatementRecord(int position, List<String> fields) {

        public String type() {
            return fields.size() > 1 ? fields.get(1) : "";
        }

        /** Field {@code n} (1-based); empty when the record is shorter. */
        public String field(int n) {
            return n >= 1 && n <= fields.size() ? fields.get(n - 1) : "";
        }

        public int fieldCount() {
            return fields.size();
        }
    }

    /** The records of {@code text}; blank lines are skipped. Never null. */
    public static List<StatementRecord> read(String text) {
        List<StatementRecord> out = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            out.add(new StatementRecord(i + 1, Arrays.asList(lines[i].split("\\^", -1))));
        }
        return out;
    }
}
