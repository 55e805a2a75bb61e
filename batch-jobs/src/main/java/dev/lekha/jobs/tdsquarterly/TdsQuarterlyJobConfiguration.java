package dev.lekha.jobs.tdsquarterly;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.tds.TdsRecords;
import dev.lekha.jobs.runs.JobDescriptor;
import dev.lekha.jobs.runs.JobDescriptor.ParamSpec;
import dev.lekha.jobs.runs.JobEvents;
import dev.lekha.jobs.runs.LekhaJob;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code tds-quarterly}: a TAN's quarterly TDS statements in the Protean text format. Salary (Form 24Q up to
 * FY 2025-26, Form 138 from tax year 2026-27) from the LOCKED payroll runs of the quarter's months and the challan
 * linked to each month; non-salary (26Q / 140) from the vendor deductions of the quarter and their challans.
 * Artifacts {@code TDS_24Q}, {@code TDS_26Q} and {@code TDS_PRECHECK} (what Protean's FVU would reject, record by
 * record). One tasklet: a quarter's statement is one file whose headers carry totals of the whole, so it is built in
 * one pass (a quarter of 10,000 employees is 30,000 deductee records, a few MB).
 */
@Configuration(proxyBeanMethods = false)
public class TdsQuarterlyJobConfiguration {

    public static final String JOB_NAME = "tds-quarterly";

    @Bean
    LekhaJob tdsQuarterly(@Qualifier("tdsQuarterlyJob") Job tdsQuarterlyJob) {
        return new LekhaJob(tdsQuarterlyJob, new JobDescriptor(JOB_NAME,
                "Quarterly TDS statements (24Q/138 salary, 26Q/140 non-salary) in the Protean format, with a pre-check"
                        + " of what the FVU would reject",
                List.of(new ParamSpec("tan", "tan", true, "The deductor's TAN (AAAA99999A)", "MUMA12345B"),
                        new ParamSpec("quarter", "quarter", true,
                                "Financial/tax year and quarter: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar",
                                "2026-27-Q2")),
                List.of(TdsQuarterlyTasklet.KIND_SALARY, TdsQuarterlyTasklet.KIND_NON_SALARY,
                        TdsQuarterlyTasklet.KIND_PRECHECK)));
    }

    @Bean
    Job tdsQuarterlyJob(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                        DataSource dataSource, TdsRecords records, ArtifactStore artifacts, JobEvents jobEvents,
                        Clock clock) {
        Step write = new StepBuilder("writeTdsStatements", jobRepository)
                .tasklet(new TdsQuarterlyTasklet(dataSource, records, artifacts, clock), transactionManager)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository).listener(jobEvents).start(write).build();
    }
}
