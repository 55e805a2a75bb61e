package dev.lekha.jobs.rfm;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.mappings.rfm.ChurnModel;
import dev.lekha.mappings.rfm.RfmCustomerScore;
import dev.lekha.mappings.rfm.RfmSegment;
import dev.lekha.mappings.rfm.RfmSegmentsCsv;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Streams the run's customers, by customer key, into {@code RFM_SEGMENTS_CSV}, stores the counts by segment and
 * previous segment ({@code rfm_run_segment}) and marks the run complete, in the step's one transaction: either the
 * run is complete with its artifact and counts, or none of them is there. A period without customers gives an
 * empty CSV (its header only) and a complete run of zero customers.
 */
class RfmSegmentsTasklet implements Tasklet {

    static final String KIND = "RFM_SEGMENTS_CSV";
    static final String NONE = "NONE";

    private static final String ROWS = "select customer_key, customer_name, last_order_date, recency_days, frequency,"
            + " monetary, r_score, f_score, m_score, segment, previous_segment, mean_interval, churn_probability,"
            + " churn_level from rfm_customer_score where run_id = ? order by customer_key";

    private final JdbcTemplate jdbc;
    private final ArtifactStore artifacts;
    private final Clock clock;

    RfmSegmentsTasklet(DataSource dataSource, ArtifactStore artifacts, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
        this.artifacts = artifacts;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        RfmPeriod period = RfmPeriod.of(step.getJobExecution().getJobParameters());
        long runId = step.getJobExecution().getExecutionContext().getLong(StartRfmRunTasklet.RUN_ID);
        String fileName = "rfm-segments-" + period.asOf() + "-" + period.periodMonths() + "m.csv";
        long[] lines = {0};
        StoredArtifact stored = artifacts.store(
                new NewArtifact(period.companyId(), KIND, period.asOf().toString(), fileName, "text/csv",
                        step.getJobExecutionId()),
                out -> {
                    try (RfmSegmentsCsv csv = RfmSegmentsCsv.begin(out)) {
                        jdbc.query(ROWS, rs -> {
                            csv.add(score(rs));
                            lines[0]++;
                        }, runId);
                    }
                });
        jdbc.update("delete from rfm_run_segment where run_id = ?", runId);
        jdbc.update("insert into rfm_run_segment (run_id, segment, previous_segment, customers)"
                + " select run_id, segment, coalesce(previous_segment, '" + NONE + "'), count(*) from rfm_customer_score"
                + " where run_id = ? group by run_id, segment, coalesce(previous_segment, '" + NONE + "')", runId);
        jdbc.update("update rfm_run set customers = ?, completed_at = ? where id = ?", lines[0],
                Timestamp.from(clock.instant()), runId);
        contribution.incrementWriteCount(lines[0]);
        step.getExecutionContext().putLong("lekha.artifactId", stored.id());
        return RepeatStatus.FINISHED;
    }

    static RfmCustomerScore score(ResultSet rs) throws SQLException {
        Date last = rs.getDate("last_order_date");
        String previous = rs.getString("previous_segment");
        return new RfmCustomerScore(rs.getString("customer_key"), rs.getString("customer_name"),
                last == null ? null : last.toLocalDate(), rs.getLong("recency_days"), rs.getInt("frequency"),
                rs.getBigDecimal("monetary"), rs.getInt("r_score"), rs.getInt("f_score"), rs.getInt("m_score"),
                RfmSegment.valueOf(rs.getString("segment")), previous == null ? null : RfmSegment.valueOf(previous),
                new ChurnModel.Risk(rs.getBigDecimal("mean_interval"), rs.getBigDecimal("churn_probability"),
                        ChurnModel.Level.valueOf(rs.getString("churn_level"))));
    }
}
