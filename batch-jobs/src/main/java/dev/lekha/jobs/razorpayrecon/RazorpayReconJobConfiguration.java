package dev.lekha.jobs.razorpayrecon;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.recon.RazorpayRecons;
import dev.lekha.domain.recon.RazorpayRecons.IssueRow;
import dev.lekha.domain.recon.RazorpayRecons.SettlementRow;
import dev.lekha.jobs.runs.JobDescriptor;
import dev.lekha.jobs.runs.JobDescriptor.ParamSpec;
import dev.lekha.jobs.runs.JobEvents;
import dev.lekha.jobs.runs.LekhaJob;
import dev.lekha.mappings.recon.RazorpayReconWorkbook;
import dev.lekha.mappings.recon.SettlementCheck;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code razorpay-recon}: each Razorpay settlement settled in the range checked by the mappings'
 * {@link SettlementCheck} against its report rows (payments - refunds - fees, GST included in the fee -
 * transfers +/- adjustments = settled, to the paisa) and the bank (a credit carrying its UTR, of its amount).
 * Issues are stored per run with the rows behind them; a clean settlement sends {@code settlement.reconciled}
 * through the outbox (once per settlement). Then {@code RAZORPAY_RECON_XLSX}.
 */
@Configuration(proxyBeanMethods = false)
public class RazorpayReconJobConfiguration {

    public static final String JOB_NAME = "razorpay-recon";
    static final String KIND = "RAZORPAY_RECON_XLSX";

    /** A settlement and what the check found. */
    record Checked(SettlementRow settlement, SettlementCheck.Totals totals, Long bankLineId, List<IssueRow> issues) {
    }

    @Bean
    LekhaJob razorpayRecon(@Qualifier("razorpayReconJob") Job razorpayReconJob) {
        return new LekhaJob(razorpayReconJob, new JobDescriptor(JOB_NAME,
                "Razorpay settlements against their report rows and the bank credit of their UTR, discrepancies as an XLSX",
                List.of(new ParamSpec("from", "date", true, "First settlement date", "2026-06-01"),
                        new ParamSpec("to", "date", true, "Last settlement date", "2026-06-30")),
                List.of(KIND)));
    }

    @Bean
    Job razorpayReconJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         RazorpayRecons recons, ArtifactStore artifacts, JobEvents jobEvents,
                         @Qualifier("razorpayReconSettlements") JdbcCursorItemReader<SettlementRow> reader,
                         @Qualifier("razorpayReconCheck") ItemProcessor<SettlementRow, Checked> check,
                         @Qualifier("razorpayReconWriter") ItemWriter<Checked> writer) {
        Step checkStep = new StepBuilder("checkSettlements", jobRepository)
                .<SettlementRow, Checked>chunk(100)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(check)
                .writer(writer)
                .build();
        Step workbook = new StepBuilder("writeRazorpayReconWorkbook", jobRepository)
                .tasklet((contribution, context) -> {
                    StepExecution step = contribution.getStepExecution();
                    var params = step.getJobExecution().getJobParameters();
                    long companyId = params.getLong("companyId");
                    LocalDate from = LocalDate.parse(params.getString("from"));
                    LocalDate to = LocalDate.parse(params.getString("to"));
                    long runId = step.getJobExecutionId();
                    List<IssueRow> issues = recons.issues(runId);
                    artifacts.store(new NewArtifact(companyId, KIND, from.toString().replace("-", "") + "-"
                            + to.toString().replace("-", ""), "razorpay-recon-" + from + "-" + to + ".xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", runId), out -> {
                                try (var wb = new RazorpayReconWorkbook("Razorpay settlements " + from + " to " + to)) {
                                    for (SettlementRow s : recons.settlements(companyId, from, to)) {
                                        Checked c = check(recons, companyId, s);
                                        wb.settlement(s.settlementId(), s.settledOn().toString(), s.amount(), c.totals(),
                                                s.utr(), c.bankLineId(), c.issues().size());
                                    }
                                    for (IssueRow i : issues) {
                                        wb.issue(i.settlementId(), i.kind(), i.expected(), i.actual(), i.detail());
                                    }
                                    wb.finish(out);
                                }
                            });
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(jobEvents)
                .start(checkStep)
                .next(workbook)
                .build();
    }

    static Checked check(RazorpayRecons recons, long companyId, SettlementRow s) {
        List<SettlementCheck.Row> rows = recons.items(companyId, s.settlementId()).stream()
                .map(i -> new SettlementCheck.Row(i.entityId(), i.entityType(), i.amount(), i.fee(), i.tax(), i.credit(),
                        i.debit())).toList();
        List<SettlementCheck.BankCredit> bank = recons.bankCredits(companyId, s.utr()).stream()
                .map(c -> new SettlementCheck.BankCredit(c.lineId(), c.amount())).toList();
        List<IssueRow> issues = SettlementCheck.check(s.settlementId(), s.amount(), s.utr(), rows, bank,
                recons.paymentsOf(companyId, s.settlementId())).stream()
                .map(i -> new IssueRow(s.settlementId(), i.kind(), i.expected(), i.actual(), i.detail())).toList();
        Long line = bank.stream().filter(b -> b.amount().compareTo(s.amount()) == 0).map(SettlementCheck.BankCredit::lineId)
                .findFirst().orElse(null);
        return new Checked(s, SettlementCheck.totals(rows), line, issues);
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<SettlementRow> razorpayReconSettlements(DataSource dataSource,
            @Value("#{jobParameters['companyId']}") Long companyId,
            @Value("#{jobParameters['from']}") String from, @Value("#{jobParameters['to']}") String to) {
        return new JdbcCursorItemReaderBuilder<SettlementRow>()
                .name("razorpayReconSettlements")
                .dataSource(dataSource)
                .connectionAutoCommit(false)
                .fetchSize(100)
                .sql(RazorpayRecons.settlementsSql())
                .queryArguments(companyId, Date.valueOf(LocalDate.parse(from)), Date.valueOf(LocalDate.parse(to)))
                .rowMapper(RazorpayRecons::settlement)
                .build();
    }

    @Bean
    @StepScope
    ItemProcessor<SettlementRow, Checked> razorpayReconCheck(RazorpayRecons recons,
            @Value("#{jobParameters['companyId']}") Long companyId) {
        return s -> check(recons, companyId, s);
    }

    @Bean
    @StepScope
    ItemWriter<Checked> razorpayReconWriter(RazorpayRecons recons, @Value("#{stepExecution}") StepExecution step,
            @Value("#{jobParameters['companyId']}") Long companyId) {
        long runId = step.getJobExecutionId();
        return chunk -> {
            for (Checked c : chunk.getItems()) {
                recons.record(companyId, runId, c.settlement(), c.totals().computed(), c.bankLineId(), c.issues());
            }
        };
    }
}
