package dev.lekha.jobs.bankrecon;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.recon.BankLine;
import dev.lekha.domain.recon.BankReconciliations;
import dev.lekha.jobs.runs.JobDescriptor;
import dev.lekha.jobs.runs.JobDescriptor.ParamSpec;
import dev.lekha.jobs.runs.JobEvents;
import dev.lekha.jobs.runs.LekhaJob;
import dev.lekha.jobs.runs.RunProgress;
import dev.lekha.mappings.recon.BankReconciliation;
import java.sql.Date;
import java.time.LocalDate;
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
 * {@code bank-recon}: matches one bank account's statement lines in a date range to open receivables and
 * payables, Razorpay settlements and journal entries on the account.
 *
 * <ol>
 *   <li>{@code matchLines} (chunks): the lines still UNMATCHED or SUGGESTED, by value date, through a
 *       cursor; the mappings' {@link BankReconciliation} against an in-memory index of every candidate
 *       (built once per step execution, see docs/reconciliation.md for its size); a match at or above
 *       {@code autoConfirmAt} is posted at once (via OpenItems), the rest stored as suggestions. The first
 *       thing a step execution does is drop earlier suggestions of the range; confirmed matches stay, so a
 *       re-run or restart only works on what is still open.</li>
 *   <li>{@code writeBankReconWorkbook} (tasklet): {@code BANK_RECON_XLSX}.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
public class BankReconJobConfiguration {

    public static final String JOB_NAME = "bank-recon";
    static final String ACTOR = "system:bank-recon";

    @Bean
    LekhaJob bankRecon(@Qualifier("bankReconJob") Job bankReconJob) {
        return new LekhaJob(bankReconJob, new JobDescriptor(JOB_NAME,
                "Bank statement lines matched to receivables, payables, Razorpay settlements and journal entries,"
                        + " sure matches posted, the rest suggested; match rate and ageing as an XLSX",
                List.of(new ParamSpec("bankAccount", "string", true, "The bank account number (or #id)", "50200012345678"),
                        new ParamSpec("from", "date", true, "First value date", "2026-06-01"),
                        new ParamSpec("to", "date", true, "Last value date; ageing is as of this day", "2026-06-30")),
                List.of(BankReconWorkbookTasklet.KIND)));
    }

    @Bean
    Job bankReconJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
                     BankReconciliations recon, ArtifactStore artifacts, JobEvents jobEvents, BankReconSettings settings,
                     @Qualifier("bankReconLines") JdbcCursorItemReader<BankLine> reader,
                     @Qualifier("bankReconMatcher") LineMatcher matcher,
                     @Qualifier("bankReconWriter") ItemWriter<LineMatcher.Result> writer) {
        Step match = new StepBuilder("matchLines", jobRepository)
                .<BankLine, LineMatcher.Result>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(matcher)
                .writer(writer)
                .listener(new StartRun(recon, new JdbcTemplate(dataSource)))
                .build();
        Step write = new StepBuilder("writeBankReconWorkbook", jobRepository)
                .tasklet(new BankReconWorkbookTasklet(recon, artifacts), transactionManager)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(jobEvents)
                .start(match)
                .next(write)
                .build();
    }

    /** The account named by the job's {@code bankAccount}; a clear error when the company has none such. */
    static long accountId(BankReconciliations recon, long companyId, String bankAccount) {
        return recon.bankAccountId(companyId, bankAccount).orElseThrow(() -> new IllegalArgumentException(
                "bankAccount: company " + companyId + " has no bank account " + bankAccount));
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<BankLine> bankReconLines(DataSource dataSource, BankReconciliations recon,
            @Value("#{jobParameters['companyId']}") Long companyId,
            @Value("#{jobParameters['bankAccount']}") String bankAccount,
            @Value("#{jobParameters['from']}") String from, @Value("#{jobParameters['to']}") String to) {
        return new JdbcCursorItemReaderBuilder<BankLine>()
                .name("bankReconLines")
                .dataSource(dataSource)
                // PostgreSQL honours the fetch size only outside autocommit (DEPENDENCIES.md)
                .connectionAutoCommit(false)
                .fetchSize(1000)
                .sql(BankReconciliations.openLinesSql())
                .queryArguments(companyId, accountId(recon, companyId, bankAccount), Date.valueOf(LocalDate.parse(from)),
                        Date.valueOf(LocalDate.parse(to)))
                .rowMapper(BankReconciliations::line)
                // a restart re-reads from the start: lines matched by the failed execution are no longer selected
                .saveState(false)
                .build();
    }

    @Bean
    @StepScope
    LineMatcher bankReconMatcher(BankReconciliations recon, BankReconSettings settings,
            @Value("#{jobParameters['companyId']}") Long companyId,
            @Value("#{jobParameters['bankAccount']}") String bankAccount,
            @Value("#{jobParameters['from']}") String from, @Value("#{jobParameters['to']}") String to) {
        return new LineMatcher(recon, new BankReconciliation(settings.engine()), companyId,
                accountId(recon, companyId, bankAccount), LocalDate.parse(from), LocalDate.parse(to));
    }

    @Bean
    @StepScope
    ItemWriter<LineMatcher.Result> bankReconWriter(BankReconciliations recon,
            @Value("#{stepExecution}") StepExecution step) {
        Long runId = step.getJobExecutionId();
        return chunk -> {
            for (LineMatcher.Result r : chunk.getItems()) {
                recon.record(r.line(), r.matches(), r.confirm(), runId, ACTOR);
            }
        };
    }

    /** Drops the range's earlier suggestions and counts the lines to read, for the progress bar. */
    static final class StartRun implements StepExecutionListener {

        private final BankReconciliations recon;
        private final JdbcTemplate jdbc;

        StartRun(BankReconciliations recon, JdbcTemplate jdbc) {
            this.recon = recon;
            this.jdbc = jdbc;
        }

        @Override
        public void beforeStep(StepExecution step) {
            var params = step.getJobExecution().getJobParameters();
            long companyId = params.getLong("companyId");
            long account = accountId(recon, companyId, params.getString("bankAccount"));
            LocalDate from = LocalDate.parse(params.getString("from"));
            LocalDate to = LocalDate.parse(params.getString("to"));
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("to " + to + " is before from " + from);
            }
            recon.startRun(companyId, account, from, to);
            Long open = jdbc.queryForObject("select count(*) from bank_statement_line where company_id = ?"
                    + " and bank_account_id = ? and value_date between ? and ? and recon_status in ('UNMATCHED', 'SUGGESTED')",
                    Long.class, companyId, account, Date.valueOf(from), Date.valueOf(to));
            step.getExecutionContext().putLong(RunProgress.EXPECTED_ITEMS, open == null ? 0 : open);
        }
    }
}
