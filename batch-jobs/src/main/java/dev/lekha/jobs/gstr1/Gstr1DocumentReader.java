package dev.lekha.jobs.gstr1;

import dev.lekha.mappings.gst.gstr1.Gstr1Document;
import dev.lekha.mappings.gst.gstr1.Gstr1Line;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;

/**
 * Reads whole documents from a cursor of their lines (ordered by document id, then line): each {@link #read()}
 * consumes the rows of one document and keeps the first row of the next, so memory holds one document.
 * The cursor does not save its position: the classify step starts over on a restart (its staging is cleared).
 */
class Gstr1DocumentReader implements ItemStreamReader<Gstr1DocumentReader.Candidate> {

    /** A document with how a filed GSTR-1 reported it (section as gstr1_reported_document has it), if amended. */
    record Candidate(long docId, Gstr1Document document, String reportedSection) {
    }

    private final JdbcCursorItemReader<Gstr1Rows.Row> rows;
    private Gstr1Rows.Row next;

    Gstr1DocumentReader(JdbcCursorItemReader<Gstr1Rows.Row> rows) {
        this.rows = rows;
    }

    @Override
    public Candidate read() throws Exception {
        if (next == null) {
            next = rows.read();
        }
        if (next == null) {
            return null;
        }
        Gstr1Rows.Row first = next;
        List<Gstr1Line> lines = new ArrayList<>();
        while (next != null && next.docId() == first.docId()) {
            lines.add(next.line());
            next = rows.read();
        }
        Gstr1Document.Reported reported = first.reportedSection() == null ? null : new Gstr1Document.Reported(null,
                first.reportedNumber(), first.reportedDate(), first.reportedPeriod());
        return new Candidate(first.docId(), Gstr1Rows.document(first.header(), lines, reported),
                first.reportedSection());
    }

    @Override
    public void open(ExecutionContext context) {
        rows.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        rows.update(context);
    }

    @Override
    public void close() {
        rows.close();
        next = null;
    }
}
