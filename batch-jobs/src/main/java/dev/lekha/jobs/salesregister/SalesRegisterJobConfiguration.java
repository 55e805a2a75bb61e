package dev.lekha.jobs.salesregister;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.jobs.runs.JobDescriptor;
import dev.lekha.jobs.runs.JobDescriptor.ParamSpec;
import dev.lekha.jobs.runs.JobEvents;
import dev.lekha.jobs.runs.JobsSettings;
import dev.lekha.jobs.runs.LekhaJob;
import dev.lekha.jobs.runs.RunProgress;
import java.time.Clock;
import java.util.ArrayList;
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
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code sales-register}: the period's sales documents (one GSTIN or all of the company's
 * registrations) with their tax amounts and totals, as an XLSX artifact.
 *
 * <ol>
 *   <li>{@code stageSalesDocuments} (chunks, restartable): a cursor over {@code sales_document} ordered
 *       by id into {@code sales_register_line}, keyed by job instance; a restart resumes after the
 *       last committed chunk;</li>
 *   <li>{@code writeSalesRegister} (tasklet): the staged lines streamed into the workbook, stored as
 *       {@code SALES_REGISTER_XLSX}, staging removed.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
public class SalesRegisterJobConfiguration {

    public static final String JOB_NAME = "sales-register";
    static final String READER_NAME = "salesDocuments";

    private static final String COLUMNS = "id, supplier_gstin, doc_type, doc_number, doc_date, return_period,"
            + " supply_type, reverse_charge, place_of_supply, buyer_gstin, buyer_legal_name as buyer_name,"
            + " taxable_value, igst, cgst, sgst, cess, other_charges, round_off, total as total_value";

    @Bean
    LekhaJob salesRegister(@Qualifier("salesRegisterJob") Job salesRegisterJob) {
        return new LekhaJob(salesRegisterJob, new JobDescriptor(JOB_NAME,
                "The period's sales invoices, credit and debit notes with tax totals, as an XLSX register",
                List.of(new ParamSpec("gstin", "gstin", false,
                                "One GST registration of the company; all registrations when empty", "27AAACL1234C1Z5"),
                        new ParamSpec("period", "period", true, "GST return period MMYYYY", "112026")),
                List.of(SalesRegisterWorkbookTasklet.KIND)));
    }

    @Bean
    Job salesRegisterJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         DataSource dataSource, ArtifactStore artifacts, JobEvents jobEvents,
                         SalesRegisterSettings settings, Clock clock,
                         @Qualifier("salesRegisterReader") JdbcCursorItemReader<SalesRegisterLine> reader,
                         @Qualifier("salesRegisterStaging") SalesRegisterStaging staging) {
        Step stage = new StepBuilder("stageSalesDocuments", jobRepository)
                .<SalesRegisterLine, SalesRegisterLine>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .reader(reader)
                .writer(staging)
                .listener(new ExpectedDocuments(new JdbcTemplate(dataSource)))
                .build();
        Step write = new StepBuilder("writeSalesRegister", jobRepository)
                .tasklet(new SalesRegisterWorkbookTasklet(dataSource, artifacts, clock), transactionManager)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(jobEvents)
                .start(stage)
                .next(write)
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<SalesRegisterLine> salesRegisterReader(DataSource dataSource,
            @Value("#{jobParameters['companyId']}") Long companyId, @Value("#{jobParameters['gstin']}") String gstin,
            @Value("#{jobParameters['period']}") String period) {
        Query query = Query.of("select " + COLUMNS, companyId, gstin, period);
        return new JdbcCursorItemReaderBuilder<SalesRegisterLine>()
                .name(READER_NAME)
                .dataSource(dataSource)
                // PostgreSQL honours the fetch size only outside autocommit (DEPENDENCIES.md)
                .connectionAutoCommit(false)
                .fetchSize(500)
                .sql(query.sql() + " order by id")
                .queryArguments(query.args().toArray())
                .rowMapper((rs, n) -> new SalesRegisterLine(rs.getLong("id"), rs.getString("supplier_gstin"),
                        rs.getString("doc_type"), rs.getString("doc_number"), rs.getDate("doc_date").toLocalDate(),
                        rs.getString("return_period"), rs.getString("supply_type"), rs.getBoolean("reverse_charge"),
                        rs.getString("place_of_supply"), rs.getString("buyer_gstin"), rs.getString("buyer_name"),
                        rs.getBigDecimal("taxable_value"), rs.getBigDecimal("igst"), rs.getBigDecimal("cgst"),
                        rs.getBigDecimal("sgst"), rs.getBigDecimal("cess"), rs.getBigDecimal("other_charges"),
                        rs.getBigDecimal("round_off"), rs.getBigDecimal("total_value")))
                .saveState(true)
                .build();
    }

    @Bean
    @StepScope
    SalesRegisterStaging salesRegisterStaging(JdbcTemplate jdbc, JobRepository jobRepository, JobsSettings jobs,
            @Value("#{stepExecution}") StepExecution stepExecution,
            @Value("#{jobParameters['failAfterItems']}") Long failAfterItems) {
        var instance = stepExecution.getJobExecution().getJobInstance();
        boolean firstExecution = jobRepository.getJobExecutions(instance).size() <= 1;
        Long failAfter = jobs.faultInjection().enabled() && firstExecution ? failAfterItems : null;
        return new SalesRegisterStaging(jdbc, instance.getInstanceId(),
                stepExecution.getJobExecution().getJobParameters().getLong("companyId"), failAfter);
    }

    /** The filter shared by the reader and the count of expected documents. */
    record Query(String sql, List<Object> args) {
        static Query of(String select, Long companyId, String gstin, String period) {
            List<Object> args = new ArrayList<>(List.of(companyId, period));
            String sql = select + " from sales_document where company_id = ? and return_period = ?";
            if (gstin != null && !gstin.isBlank()) {
                sql += " and supplier_gstin = ?";
                args.add(gstin);
            }
            return new Query(sql, args);
        }
    }

    /** Counts the documents still to read, for the run's progress bar ({@link RunProgress}). */
    static final class ExpectedDocuments implements StepExecutionListener {

        private final JdbcTemplate jdbc;

        ExpectedDocuments(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void beforeStep(StepExecution step) {
            var params = step.getJobExecution().getJobParameters();
            Query count = Query.of("select count(*)", params.getLong("companyId"), params.getString("gstin"),
                    params.getString("period"));
            Long total = jdbc.queryForObject(count.sql(), Long.class, count.args().toArray());
            // on a restart the reader skips what the failed execution committed (it saves an int)
            Object saved = step.getExecutionContext().get(READER_NAME + ".read.count");
            long alreadyRead = saved instanceof Number n ? n.longValue() : 0L;
            step.getExecutionContext().putLong(RunProgress.EXPECTED_ITEMS, Math.max(0, (total == null ? 0 : total)
                    - alreadyRead));
        }
    }
}
