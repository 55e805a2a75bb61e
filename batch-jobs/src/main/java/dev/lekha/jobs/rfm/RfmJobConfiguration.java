package dev.lekha.jobs.rfm;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.jobs.runs.JobDescriptor;
import dev.lekha.jobs.runs.JobDescriptor.ParamSpec;
import dev.lekha.jobs.runs.JobEvents;
import dev.lekha.jobs.runs.LekhaJob;
import dev.lekha.jobs.runs.RunProgress;
import dev.lekha.mappings.rfm.ChurnModel;
import dev.lekha.mappings.rfm.RfmCustomerScore;
import dev.lekha.mappings.rfm.RfmSegment;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code rfm}: recency, frequency and monetary value per customer over a look-back ending on an as-of date, their
 * quintile scores, the segment, the churn risk, and the movement from the previous run (docs/rfm.md).
 *
 * <ol>
 *   <li>{@code startRfmRun} (tasklet): the {@code rfm_run} row, the previous run, the company's median
 *       inter-purchase interval ({@link StartRfmRunTasklet});</li>
 *   <li>{@code scoreCustomers} (chunks, restartable): one SQL statement aggregates the look-back per customer in
 *       the database and ranks the customers into quintiles with {@code NTILE(5)} (standard SQL window functions,
 *       supported alike by PostgreSQL, H2 2.x and Oracle); a cursor streams its rows, ordered by customer key, through
 *       the pure segment map and churn model into {@code rfm_customer_score};</li>
 *   <li>{@code writeRfmSegments} (tasklet): the run's rows streamed into {@code RFM_SEGMENTS_CSV}, the segment
 *       counts and movements stored, the run marked complete ({@link RfmSegmentsTasklet}).</li>
 * </ol>
 *
 * <p>Quintiles: {@code NTILE(5)} over the customers ordered from worst to best puts the first fifth in score 1 and
 * the last in score 5; when the count is not a multiple of 5 the lower scores get one customer more (NTILE's rule,
 * so each quintile holds floor(n/5) or floor(n/5)+1). Ties on a dimension are broken first by frequency, as the
 * issue asks, then by the other dimension, then by the customer key, so every customer has one place and the
 * quintiles stay equal-sized: R orders by last order date, orders, net value, key; F by orders, last order date,
 * net value, key; M by net value, orders, last order date, key; all ascending.
 */
@Configuration(proxyBeanMethods = false)
public class RfmJobConfiguration {

    public static final String JOB_NAME = "rfm";
    static final String READER_NAME = "rfmCustomers";

    /**
     * The look-back per customer with its quintile scores. Parameters: the day before the look-back (recency of a
     * customer with only returns), company, the same day (exclusive start), as-of (inclusive end), previous run.
     */
    static final String SCORES = """
            select a.customer_key, a.customer_name, a.orders, a.net_amount, a.first_order, a.last_order,
              ntile(5) over (order by a.last_order, a.orders, a.net_amount, a.customer_key) as r_score,
              ntile(5) over (order by a.orders, a.last_order, a.net_amount, a.customer_key) as f_score,
              ntile(5) over (order by a.net_amount, a.orders, a.last_order, a.customer_key) as m_score,
              p.segment as previous_segment
            from (select customer_key, max(customer_name) as customer_name,
                    sum(case when is_return = false then 1 else 0 end) as orders,
                    sum(net_amount) as net_amount,
                    min(case when is_return = false then order_date end) as first_order,
                    coalesce(max(case when is_return = false then order_date end), cast(? as date)) as last_order
                  from customer_order
                  where company_id = ? and order_date > ? and order_date <= ?
                  group by customer_key) a
            left join rfm_customer_score p on p.run_id = ? and p.customer_key = a.customer_key
            order by a.customer_key""";

    static final String INSERT = "insert into rfm_customer_score (run_id, customer_key, customer_name, last_order_date,"
            + " recency_days, frequency, monetary, r_score, f_score, m_score, segment, previous_segment, mean_interval,"
            + " churn_probability, churn_level) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Bean
    LekhaJob rfm(@Qualifier("rfmJob") Job rfmJob) {
        return new LekhaJob(rfmJob, new JobDescriptor(JOB_NAME,
                "Recency, frequency and monetary scores per customer, with segment, churn risk and movement since the"
                        + " previous run, as a CSV",
                List.of(new ParamSpec("asOf", "date", true, "The day recency is counted to; the look-back ends on it",
                                "2026-11-30"),
                        new ParamSpec("periodMonths", "integer", true, "Look-back in months (1 to 120)", "12")),
                List.of(RfmSegmentsTasklet.KIND)));
    }

    @Bean
    Job rfmJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
               ArtifactStore artifacts, JobEvents jobEvents, RfmSettings settings, Clock clock,
               @Qualifier("rfmReader") JdbcCursorItemReader<RfmScoreRow> reader,
               @Qualifier("rfmProcessor") ItemProcessor<RfmScoreRow, RfmCustomerScore> processor,
               @Qualifier("rfmWriter") ItemWriter<RfmCustomerScore> writer) {
        Step start = new StepBuilder("startRfmRun", jobRepository)
                .tasklet(new StartRfmRunTasklet(dataSource, clock), transactionManager)
                .build();
        Step score = new StepBuilder("scoreCustomers", jobRepository)
                .<RfmScoreRow, RfmCustomerScore>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .listener(new ExpectedCustomers())
                .build();
        Step write = new StepBuilder("writeRfmSegments", jobRepository)
                .tasklet(new RfmSegmentsTasklet(dataSource, artifacts, clock), transactionManager)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(jobEvents)
                .start(start)
                .next(score)
                .next(write)
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<RfmScoreRow> rfmReader(DataSource dataSource,
            @Value("#{stepExecution}") StepExecution stepExecution) {
        RfmPeriod period = RfmPeriod.of(stepExecution.getJobExecution().getJobParameters());
        long previousRun = stepExecution.getJobExecution().getExecutionContext()
                .getLong(StartRfmRunTasklet.PREVIOUS_RUN_ID);
        return new JdbcCursorItemReaderBuilder<RfmScoreRow>()
                .name(READER_NAME)
                .dataSource(dataSource)
                // PostgreSQL honours the fetch size only outside autocommit (DEPENDENCIES.md)
                .connectionAutoCommit(false)
                .fetchSize(1000)
                .sql(SCORES)
                .queryArguments(Date.valueOf(period.from()), period.companyId(), Date.valueOf(period.from()),
                        Date.valueOf(period.asOf()), previousRun)
                .rowMapper((rs, n) -> {
                    Date first = rs.getDate("first_order");
                    return new RfmScoreRow(rs.getString("customer_key"), rs.getString("customer_name"),
                            rs.getInt("orders"), rs.getBigDecimal("net_amount"),
                            first == null ? null : first.toLocalDate(), rs.getDate("last_order").toLocalDate(),
                            rs.getInt("r_score"), rs.getInt("f_score"), rs.getInt("m_score"),
                            rs.getString("previous_segment"));
                })
                .saveState(true)
                .build();
    }

    @Bean
    @StepScope
    ItemProcessor<RfmScoreRow, RfmCustomerScore> rfmProcessor(@Value("#{stepExecution}") StepExecution stepExecution) {
        RfmPeriod period = RfmPeriod.of(stepExecution.getJobExecution().getJobParameters());
        BigDecimal median = new BigDecimal(stepExecution.getJobExecution().getExecutionContext()
                .getString(StartRfmRunTasklet.MEDIAN));
        return row -> score(row, period.asOf(), median);
    }

    /** The customer's recency, segment and churn risk from the query's row (pure; the job's only rules). */
    static RfmCustomerScore score(RfmScoreRow row, LocalDate asOf, BigDecimal medianInterval) {
        long recency = ChronoUnit.DAYS.between(row.lastOrder(), asOf);
        ChurnModel.Risk risk = ChurnModel.risk(recency,
                ChurnModel.ownMeanInterval(row.firstOrder(), row.lastOrder(), row.orders()), medianInterval);
        return new RfmCustomerScore(row.customerKey(), row.customerName(),
                row.orders() == 0 ? null : row.lastOrder(), recency, row.orders(), row.netAmount(),
                row.recencyScore(), row.frequencyScore(), row.monetaryScore(),
                RfmSegment.of(row.recencyScore(), row.frequencyScore()),
                row.previousSegment() == null ? null : RfmSegment.valueOf(row.previousSegment()), risk);
    }

    @Bean
    @StepScope
    ItemWriter<RfmCustomerScore> rfmWriter(JdbcTemplate jdbc, @Value("#{stepExecution}") StepExecution stepExecution) {
        long runId = stepExecution.getJobExecution().getExecutionContext().getLong(StartRfmRunTasklet.RUN_ID);
        return chunk -> jdbc.batchUpdate(INSERT, chunk.getItems(), chunk.size(), (ps, s) -> {
            ps.setLong(1, runId);
            ps.setString(2, s.customerKey());
            ps.setString(3, s.customerName());
            ps.setObject(4, s.lastOrderDate() == null ? null : Date.valueOf(s.lastOrderDate()), java.sql.Types.DATE);
            ps.setLong(5, s.recencyDays());
            ps.setInt(6, s.frequency());
            ps.setBigDecimal(7, s.monetary());
            ps.setInt(8, s.recencyScore());
            ps.setInt(9, s.frequencyScore());
            ps.setInt(10, s.monetaryScore());
            ps.setString(11, s.segment().name());
            ps.setString(12, s.previousSegment() == null ? null : s.previousSegment().name());
            ps.setBigDecimal(13, s.churn().meanInterval());
            ps.setBigDecimal(14, s.churn().probability());
            ps.setString(15, s.churn().level().name());
        });
    }

    /** The customers still to score (counted by {@link StartRfmRunTasklet}), for the run's progress bar ({@link RunProgress}). */
    static final class ExpectedCustomers implements StepExecutionListener {

        @Override
        public void beforeStep(StepExecution step) {
            long total = step.getJobExecution().getExecutionContext().getLong(StartRfmRunTasklet.CUSTOMERS, 0L);
            Object saved = step.getExecutionContext().get(READER_NAME + ".read.count");
            long alreadyRead = saved instanceof Number n ? n.longValue() : 0L;
            step.getExecutionContext().putLong(RunProgress.EXPECTED_ITEMS, Math.max(0, total - alreadyRead));
        }
    }
}
