package dev.lekha.mappings.rfm;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code RFM_SEGMENTS_CSV}: one line per customer, UTF-8, comma separated, fields quoted only when they need it,
 * with this header:
 *
 * <pre>customer_id,customer_name,last_order_date,recency_days,frequency,monetary,r_score,f_score,m_score,rfm,
 * segment,previous_segment,mean_interval_days,churn_probability,churn_level</pre>
 *
 * {@code rfm} is the three scores as one code ({@code 545}); {@code previous_segment} is empty for a customer who
 * was not in the previous run; {@code last_order_date} (yyyy-MM-dd) is empty for a customer with only returns.
 * Streams: a line is written as it is added. Closing flushes without closing the caller's stream.
 */
public final class RfmSegmentsCsv implements Closeable {

    static final String[] HEADER = {"customer_id", "customer_name", "last_order_date", "recency_days", "frequency",
            "monetary", "r_score", "f_score", "m_score", "rfm", "segment", "previous_segment", "mean_interval_days",
            "churn_probability", "churn_level"};

    private final CSVWriter csv;

    private RfmSegmentsCsv(OutputStream out) {
        this.csv = new CSVWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), ICSVWriter.DEFAULT_SEPARATOR,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\n");
        csv.writeNext(HEADER, false);
    }

    /** Starts the file with its header line. */
    public static RfmSegmentsCsv begin(OutputStream out) {
        return new RfmSegmentsCsv(out);
    }

    public void add(RfmCustomerScore s) {
        csv.writeNext(new String[] {s.customerKey(), s.customerName() == null ? "" : s.customerName(),
                s.lastOrderDate() == null ? "" : s.lastOrderDate().toString(), Long.toString(s.recencyDays()),
                Integer.toString(s.frequency()), s.monetary().toPlainString(), Integer.toString(s.recencyScore()),
                Integer.toString(s.frequencyScore()), Integer.toString(s.monetaryScore()),
                "" + s.recencyScore() + s.frequencyScore() + s.monetaryScore(), s.segment().label(),
                s.previousSegment() == null ? "" : s.previousSegment().label(),
                s.churn().meanInterval().toPlainString(), s.churn().probability().toPlainString(),
                s.churn().level().name()}, false);
    }

    @Override
    public void close() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
