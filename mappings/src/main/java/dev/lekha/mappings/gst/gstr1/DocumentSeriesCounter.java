package dev.lekha.mappings.gst.gstr1;

import dev.lekha.mappings.gst.gstr1.Gstr1Return.DocumentSeries;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts documents into GSTR-1 table 13 ({@code doc_issue}) series: a series is the document nature (1 invoices
 * for outward supply, 4 debit notes, 5 credit notes) and the number's prefix (everything before its trailing
 * digits: {@code INV/24-25/0007} is series {@code INV/24-25/}); {@code from}/{@code to} are the numbers with the
 * lowest and highest trailing number, {@code totnum} the documents counted, {@code cancel} those cancelled and
 * {@code net_issue} the difference (as india-compliance's {@code sections/doc_issue.py} reports them). Accepts
 * documents in any order; memory grows with the number of series, not of documents.
 */
public final class DocumentSeriesCounter {

    private static final Pattern TRAILING_DIGITS = Pattern.compile("^(.*?)([0-9]+)$");

    private record Key(int nature, String prefix) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Integer.compare(nature, o.nature);
            return c != 0 ? c : prefix.compareTo(o.prefix);
        }
    }

    private static final class Range {
        BigInteger low;
        String from;
        BigInteger high;
        String to;
        int total;
        int cancelled;
    }

    private final Map<Key, Range> series = new TreeMap<>();

    /** The {@code doc_num} nature for a document type: INV 1, DBN 4, CRN 5. */
    public static int nature(String docType) {
        return switch (docType) {
            case "INV" -> 1;
            case "DBN" -> 4;
            case "CRN" -> 5;
            default -> throw new IllegalArgumentException("document type '" + docType + "' is not INV, CRN or DBN");
        };
    }

    public void add(String docType, String number, boolean cancelled) {
        Matcher m = TRAILING_DIGITS.matcher(number);
        String prefix = m.matches() ? m.group(1) : number;
        BigInteger n = m.matches() ? new BigInteger(m.group(2)) : BigInteger.ZERO;
        Range r = series.computeIfAbsent(new Key(nature(docType), prefix), k -> new Range());
        if (r.low == null || n.compareTo(r.low) < 0) {
            r.low = n;
            r.from = number;
        }
        if (r.high == null || n.compareTo(r.high) > 0) {
            r.high = n;
            r.to = number;
        }
        r.total++;
        if (cancelled) {
            r.cancelled++;
        }
    }

    /** The series, by nature then prefix, numbered from 1 within each nature. */
    public List<DocumentSeries> series() {
        List<DocumentSeries> out = new ArrayList<>();
        int lastNature = -1;
        int num = 0;
        for (var e : series.entrySet()) {
            if (e.getKey().nature() != lastNature) {
                lastNature = e.getKey().nature();
                num = 0;
            }
            Range r = e.getValue();
            out.add(new DocumentSeries(lastNature, ++num, r.from, r.to, r.total, r.cancelled, r.total - r.cancelled));
        }
        return out;
    }
}
