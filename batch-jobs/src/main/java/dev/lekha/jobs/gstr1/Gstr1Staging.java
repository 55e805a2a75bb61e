package dev.lekha.jobs.gstr1;

import dev.lekha.mappings.gst.gstr1.Gstr1Problem;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes a chunk's sections into {@code gstr1_staged_document} and its problems into {@code gstr1_problem}. */
class Gstr1Staging implements ItemWriter<Gstr1Classifier.Staged> {

    private static final String INSERT = "insert into gstr1_staged_document (job_instance_id, sales_document_id,"
            + " section, amendment, original_number, original_date) values (?,?,?,?,?,?)";
    private static final String PROBLEM = "insert into gstr1_problem (job_instance_id, document, line_no, field,"
            + " message) values (?,?,?,?,?)";

    private final JdbcTemplate jdbc;
    private final long jobInstanceId;

    Gstr1Staging(JdbcTemplate jdbc, long jobInstanceId) {
        this.jdbc = jdbc;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public void write(Chunk<? extends Gstr1Classifier.Staged> chunk) {
        List<? extends Gstr1Classifier.Staged> items = chunk.getItems();
        jdbc.batchUpdate(INSERT, items, items.size(), (ps, s) -> {
            ps.setLong(1, jobInstanceId);
            ps.setLong(2, s.docId());
            ps.setString(3, s.section().name());
            ps.setBoolean(4, s.amendment());
            ps.setString(5, s.originalNumber());
            ps.setDate(6, s.originalDate() == null ? null : Date.valueOf(s.originalDate()));
        });
        List<Gstr1Problem> problems = new ArrayList<>();
        items.forEach(s -> problems.addAll(s.problems()));
        if (!problems.isEmpty()) {
            jdbc.batchUpdate(PROBLEM, problems, problems.size(), (ps, p) -> {
                ps.setLong(1, jobInstanceId);
                ps.setString(2, truncate(p.document(), 40));
                ps.setObject(3, p.lineNo());
                ps.setString(4, truncate(p.field(), 20));
                ps.setString(5, truncate(p.message(), 1000));
            });
        }
    }

    static void clear(JdbcTemplate jdbc, long jobInstanceId) {
        jdbc.update("delete from gstr1_problem where job_instance_id = ?", jobInstanceId);
        jdbc.update("delete from gstr1_staged_document where job_instance_id = ?", jobInstanceId);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
