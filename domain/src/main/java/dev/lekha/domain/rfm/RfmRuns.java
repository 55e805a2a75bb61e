package dev.lekha.domain.rfm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The completed {@code rfm} runs of a company with their customers counted by segment, and the movements between
 * segments of one run (read from {@code rfm_run_segment}, which the job writes when a run completes). Segments are
 * the names of the mappings module's {@code RfmSegment} ({@code CANT_LOSE}); {@code NONE} as a previous segment
 * means the customer was not in the previous run.
 */
@Component
public class RfmRuns {

    /**
     * @param segments customers by segment, only segments that have customers, in the order first met
     */
    public record Run(long id, LocalDate asOf, int periodMonths, long customers, Long previousRunId, Instant completedAt,
                      Map<String, Long> segments) {
    }

    /** How many customers went from {@code from} in the previous run to {@code to} in this one. */
    public record Movement(String from, String to, long customers) {
    }

    private final JdbcTemplate jdbc;

    public RfmRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The company's completed runs by as-of date then completion, at most the last {@code limit}; never null. */
    public List<Run> runs(long companyId, int limit) {
        List<Run> runs = new ArrayList<>(jdbc.query("select id, as_of, period_months, customers, previous_run_id,"
                + " completed_at from rfm_run where company_id = ? and completed_at is not null"
                + " order by as_of desc, completed_at desc, id desc", (rs, n) -> new Run(rs.getLong("id"),
                rs.getDate("as_of").toLocalDate(), rs.getInt("period_months"), rs.getLong("customers"),
                rs.getObject("previous_run_id") == null ? null : rs.getLong("previous_run_id"),
                rs.getTimestamp("completed_at").toInstant(), new LinkedHashMap<>()), companyId));
        List<Run> last = new ArrayList<>(runs.subList(0, Math.min(limit, runs.size())));
        Collections.reverse(last);
        for (Run run : last) {
            jdbc.query("select segment, sum(customers) as customers from rfm_run_segment where run_id = ?"
                    + " group by segment order by segment", rs -> {
                        run.segments().put(rs.getString("segment"), rs.getLong("customers"));
                    }, run.id());
        }
        return last;
    }

    /** The movements of one run of the company (empty when the run is not the company's); never null. */
    public List<Movement> movements(long companyId, long runId) {
        return jdbc.query("select s.previous_segment, s.segment, s.customers from rfm_run_segment s"
                + " join rfm_run r on r.id = s.run_id where r.company_id = ? and s.run_id = ?"
                + " order by s.previous_segment, s.segment", (rs, n) -> new Movement(rs.getString("previous_segment"),
                rs.getString("segment"), rs.getLong("customers")), companyId, runId);
    }
}
