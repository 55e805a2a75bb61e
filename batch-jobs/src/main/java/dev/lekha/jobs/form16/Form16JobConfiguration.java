package dev.lekha.jobs.form16;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.jobs.runs.JobDescriptor;
import dev.lekha.jobs.runs.JobDescriptor.ParamSpec;
import dev.lekha.jobs.runs.JobEvents;
import dev.lekha.jobs.runs.LekhaJob;
import dev.lekha.jobs.statutory.IncomeTaxRulesSource;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code form16}: the year's TDS certificates of a company.
 *
 * <ol>
 *   <li>{@code writeForm16} (tasklet): for every employee with a LOCKED payroll line in the year, Part B of Form 16
 *       (Form 130 from tax year 2026-27) computed from the locked lines and the employee's investment declarations,
 *       with the TRACES Part A beside it when it was dropped into {@code form16-part-a}; one ZIP
 *       {@code FORM16_PDF_ZIP}. The lines are streamed employee by employee, so memory does not grow with the
 *       number of employees;</li>
 *   <li>{@code writeForm16A} (tasklet): for every vendor deductee and quarter, Form 16A (Form 131) from
 *       {@code tds_deduction}; one ZIP {@code FORM16A_PDF_ZIP}.</li>
 * </ol>
 * Each step stores its artifact in its own transaction, so a restart after a failure in 16A keeps the Form 16 ZIP.
 */
@Configuration(proxyBeanMethods = false)
public class Form16JobConfiguration {

    public static final String JOB_NAME = "form16";

    @Bean
    LekhaJob form16(@Qualifier("form16Job") Job form16Job) {
        return new LekhaJob(form16Job, new JobDescriptor(JOB_NAME,
                "Form 16 / Form 130 Part B for every employee from the year's locked payroll (with the TRACES Part A"
                        + " when dropped in), and Form 16A / Form 131 for vendors, as PDFs in ZIPs",
                List.of(new ParamSpec("financialYear", "financialYear", true, "Financial (tax) year", "2025-26")),
                List.of(Form16Tasklet.KIND, Form16aTasklet.KIND)));
    }

    @Bean
    Job form16Job(JobRepository jobRepository, PlatformTransactionManager transactionManager, DataSource dataSource,
                  ArtifactStore artifacts, IncomeTaxRulesSource rules, JobEvents jobEvents) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        Step employees = new StepBuilder("writeForm16", jobRepository)
                .tasklet(new Form16Tasklet(jdbc, artifacts, rules), transactionManager)
                .build();
        Step vendors = new StepBuilder("writeForm16A", jobRepository)
                .tasklet(new Form16aTasklet(jdbc, artifacts), transactionManager)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(jobEvents)
                .start(employees)
                .next(vendors)
                .build();
    }
}
