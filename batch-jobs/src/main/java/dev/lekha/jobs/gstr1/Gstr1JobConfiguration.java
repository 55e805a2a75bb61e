package dev.lekha.jobs.gstr1;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.gst.GstReturnPeriod;
import dev.lekha.domain.gstreturn.GstReturns;
import dev.lekha.jobs.runs.JobDescriptor;
import dev.lekha.jobs.runs.JobDescriptor.ParamSpec;
import dev.lekha.jobs.runs.JobEvents;
import dev.lekha.jobs.runs.LekhaJob;
import dev.lekha.jobs.runs.RunProgress;
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
 * {@code gstr1}: the GSTR-1 of one GSTIN for one period, as the portal's JSON ({@code GSTR1_JSON}) and a review
 * workbook ({@code GSTR1_XLSX}), recorded as the newest DRAFT of the return.
 *
 * <ol>
 *   <li>{@code classifyGstr1Documents} (chunks): a cursor (autocommit off, fetch size set, so PostgreSQL really
 *       streams) over the period's documents and the amended ones (changed since a FILED GSTR-1 reported them: the
 *       latest {@code gstr1_reported_document} row's {@code content_sha256} differs), one document at a time;
 *       each is validated and classified by the mappings module and staged in {@code gstr1_staged_document}, its
 *       problems in {@code gstr1_problem}. The step starts over on a restart (staging cleared first);</li>
 *   <li>{@code checkGstr1} (tasklet): any problem fails the run with every problem in the exit description, no
 *       artifact stored;</li>
 *   <li>{@code writeGstr1} (tasklet): {@link Gstr1ReturnTasklet}.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
public class Gstr1JobConfiguration {

    public static final String JOB_NAME = "gstr1";
    static final String READER_NAME = "gstr1Documents";

    /** Documents of the period, then those amended since a filed GSTR-1 reported them (latest reported row). */
    private static final String DOCUMENTS = "select " + Gstr1Rows.COLUMNS + ", null as reported_section,"
            + " null as reported_number, cast(null as date) as reported_date, null as reported_period"
            + " from sales_document d join sales_document_line l on l.sales_document_id = d.id"
            + " where d.company_id = ? and d.supplier_gstin = ? and d.return_period = ?"
            + " union all select " + Gstr1Rows.COLUMNS + ", r.section, r.doc_number, r.doc_date, r.return_period"
            + " from sales_document d join sales_document_line l on l.sales_document_id = d.id"
            + " join gstr1_reported_document r on r.sales_document_id = d.id"
            + " where d.company_id = ? and d.supplier_gstin = ? and d.return_period <> ?"
            + " and r.content_sha256 <> d.content_sha256"
            + " and r.id = (select max(r2.id) from gstr1_reported_document r2 where r2.sales_document_id = d.id)"
            + " order by doc_id, line_no";

    @Bean
    LekhaJob gstr1(@Qualifier("gstr1Job") Job gstr1Job) {
        return new LekhaJob(gstr1Job, new JobDescriptor(JOB_NAME,
                "GSTR-1 of one GSTIN for a period: portal JSON and a review workbook tied to the books; refuses to"
                        + " produce a file the portal would reject, listing every offending document",
                List.of(new ParamSpec("gstin", "gstin", true, "The company's GST registration", "27AAACL1234C1Z5"),
                        new ParamSpec("period", "period", true, "GST return period MMYYYY", "112026")),
                List.of(Gstr1ReturnTasklet.JSON_KIND, Gstr1ReturnTasklet.XLSX_KIND)));
    }

    @Bean
    Job gstr1Job(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
                 ArtifactStore artifacts, GstReturns returns, JobEvents jobEvents, Gstr1Settings settings,
                 @Qualifier("gstr1Reader") Gstr1DocumentReader reader,
                 @Qualifier("gstr1Classifier") Gstr1Classifier classifier,
                 @Qualifier("gstr1Staging") Gstr1Staging staging) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Step classify = new StepBuilder("classifyGstr1Documents", jobRepository)
                .<Gstr1DocumentReader.Candidate, Gstr1Classifier.Staged>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(classifier)
                .writer(staging)
                .listener(new FreshStaging(jdbc))
                .allowStartIfComplete(true)
                .build();
        Step check = new StepBuilder("checkGstr1", jobRepository)
                .tasklet(new Gstr1ProblemCheck(jdbc, transactionManager, artifacts), transactionManager)
                .allowStartIfComplete(true)
                .build();
        Step write = new StepBuilder("writeGstr1", jobRepository)
                .tasklet(new Gstr1ReturnTasklet(dataSource, artifacts, returns, settings.fetchSize()),
                        transactionManager)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(jobEvents)
                .start(classify)
                .next(check)
                .next(write)
                .build();
    }

    @Bean
    @StepScope
    Gstr1DocumentReader gstr1Reader(DataSource dataSource, Gstr1Settings settings,
            @Value("#{jobParameters['companyId']}") Long companyId, @Value("#{jobParameters['gstin']}") String gstin,
            @Value("#{jobParameters['period']}") String period) {
        JdbcCursorItemReader<Gstr1Rows.Row> rows = new JdbcCursorItemReaderBuilder<Gstr1Rows.Row>()
                .name(READER_NAME)
                .dataSource(dataSource)
                // PostgreSQL honours the fetch size only outside autocommit (DEPENDENCIES.md)
                .connectionAutoCommit(false)
                .fetchSize(settings.fetchSize())
                .sql(DOCUMENTS)
                .queryArguments(companyId, gstin, period, companyId, gstin, period)
                .rowMapper((rs, n) -> Gstr1Rows.row(rs, true))
                .saveState(false)
                .build();
        return new Gstr1DocumentReader(rows);
    }

    @Bean
    @StepScope
    Gstr1Classifier gstr1Classifier(DataSource dataSource, @Value("#{jobParameters['companyId']}") Long companyId,
            @Value("#{jobParameters['gstin']}") String gstin, @Value("#{jobParameters['period']}") String period) {
        GstReturnPeriod p = GstReturnPeriod.parse(period);
        return new Gstr1Classifier(gstin, p, Gstr1RulesSource.load(new JdbcTemplate(dataSource), companyId, gstin, p));
    }

    @Bean
    @StepScope
    Gstr1Staging gstr1Staging(JdbcTemplate jdbc, @Value("#{stepExecution}") StepExecution stepExecution) {
        return new Gstr1Staging(jdbc, stepExecution.getJobExecution().getJobInstanceId());
    }

    /** Clears what an earlier execution of the instance staged, and counts the documents for the progress bar. */
    static final class FreshStaging implements StepExecutionListener {

        private final JdbcTemplate jdbc;

        FreshStaging(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void beforeStep(StepExecution step) {
            Gstr1Staging.clear(jdbc, step.getJobExecution().getJobInstanceId());
            var p = step.getJobExecution().getJobParameters();
            Long total = jdbc.queryForObject("select count(*) from sales_document where company_id = ?"
                    + " and supplier_gstin = ? and return_period = ?", Long.class, p.getLong("companyId"),
                    p.getString("gstin"), p.getString("period"));
            step.getExecutionContext().putLong(RunProgress.EXPECTED_ITEMS, total == null ? 0 : total);
        }
    }
}
