package dev.lekha.jobs.rfm;

import dev.lekha.mappings.rfm.ChurnModel;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opens the run: an {@code rfm_run} row for this job instance, the previous run it is compared with (the
 * company's completed run with the latest as-of date before this one's, the latest completed among equals), and
 * the company's median inter-purchase interval for the churn model ({@link ChurnModel}), streamed from one
 * GROUP BY over the look-back: each interval of a customer with two orders or more on different days kept as
 * ten-thousandths of a day in a {@code long[]} (8 bytes a customer) and sorted; the same pass counts the customers
 * for the progress bar.
 */
class StartRfmRunTasklet implements Tasklet {

    static final String RUN_ID = "lekha.rfm.runId";
    static final String MEDIAN = "lekha.rfm.medianInterval";
    static final String PREVIOUS_RUN_ID = "lekha.rfm.previousRunId";

    static final String CUSTOMERS = "lekha.rfm.customers";

    /** Every customer of the look-back (so the count of customers comes with the intervals). */
    private static final String INTERVALS = "select sum(case when is_return = false then 1 else 0 end) as orders,"
            + " min(case when is_return = false then order_date end) as first_order,"
            + " max(case when is_return = false then order_date end) as last_order from customer_order"
            + " where company_id = ? and order_date > ? and order_date <= ? group by customer_key";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    StartRfmRunTasklet(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        RfmPeriod period = RfmPeriod.of(step.getJobExecution().getJobParameters());
        long instance = step.getJobExecution().getJobInstanceId();
        List<Long> previous = jdbc.queryForList("select id from rfm_run where company_id = ? and completed_at is not null"
                + " and as_of < ? order by as_of desc, completed_at desc, id desc", Long.class,
                period.companyId(), period.asOf());
        Long previousRunId = previous.isEmpty() ? null : previous.get(0);
        long[] customers = {0};
        BigDecimal median = median(period, customers);
        jdbc.update("delete from rfm_run where job_instance_id = ? and completed_at is null", instance);
        jdbc.update("insert into rfm_run (company_id, job_instance_id, as_of, period_months, period_from,"
                + " previous_run_id, median_interval, started_at) values (?, ?, ?, ?, ?, ?, ?, ?)", period.companyId(),
                instance, period.asOf(), period.periodMonths(), period.from(), previousRunId, median,
                Timestamp.from(clock.instant()));
        long runId = jdbc.queryForObject("select id from rfm_run where job_instance_id = ?", Long.class, instance);
        var context = step.getJobExecution().getExecutionContext();
        context.putLong(RUN_ID, runId);
        context.putString(MEDIAN, median.toPlainString());
        context.putLong(CUSTOMERS, customers[0]);
        context.putLong(PREVIOUS_RUN_ID, previousRunId == null ? -1L : previousRunId);
        return RepeatStatus.FINISHED;
    }

    private BigDecimal median(RfmPeriod period, long[] customers) {
        long[][] intervals = {new long[1024]};
        int[] count = {0};
        jdbc.query(INTERVALS, rs -> {
            customers[0]++;
            int orders = rs.getInt("orders");
            BigDecimal own = orders < 2 ? null : ChurnModel.ownMeanInterval(rs.getDate("first_order").toLocalDate(),
                    rs.getDate("last_order").toLocalDate(), orders);
            if (own != null) {
                if (count[0] == intervals[0].length) {
                    intervals[0] = Arrays.copyOf(intervals[0], intervals[0].length * 2);
                }
                intervals[0][count[0]++] = own.unscaledValue().longValueExact();
            }
        }, period.companyId(), period.from(), period.asOf());
        Arrays.sort(intervals[0], 0, count[0]);
        return ChurnModel.median(intervals[0], count[0],
                BigDecimal.valueOf(ChronoUnit.DAYS.between(period.from(), period.asOf())));
    }
}
