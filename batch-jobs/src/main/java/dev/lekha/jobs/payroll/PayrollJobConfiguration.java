package dev.lekha.jobs.payroll;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.employee.EmployerRegistrations;
import dev.lekha.domain.payroll.PayrollRuns;
import dev.lekha.jobs.runs.JobDescriptor;
import dev.lekha.jobs.runs.JobDescriptor.ParamSpec;
import dev.lekha.jobs.runs.JobEvents;
import dev.lekha.jobs.runs.LekhaJob;
import dev.lekha.jobs.runs.RunProgress;
import dev.lekha.jobs.statutory.IncomeTaxRulesSource;
import dev.lekha.jobs.statutory.PayrollRulesSource;
import dev.lekha.mappings.payroll.PayrollCalculationException;
import dev.lekha.mappings.payroll.PayslipEmployee;
import java.sql.Date;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code payroll}: one month's pay for every employee of a company active in it.
 *
 * <ol>
 *   <li>{@code beginPayrollRun}: the month's DRAFT run emptied for recomputing, or a new run (a correction when the
 *       month is locked); its id goes into the job's context;</li>
 *   <li>{@code computePayslips} (chunks): a cursor over the employees active in the month → the engine → lines and
 *       components in JDBC batches; an employee that cannot be computed is skipped and listed on the run with what
 *       to fix. A restart recomputes the run from the start (the run is emptied again), so nothing is counted twice;</li>
 *   <li>{@code finishPayrollRun}: totals, and a correction's differences against the locked run;</li>
 *   <li>{@code writePayrollFiles}: the run's files as artifacts, each streamed from the stored lines.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PayrollSettings.class)
public class PayrollJobConfiguration {

    public static final String JOB_NAME = "payroll";
    static final String RUN_ID = "payrollRunId";

    /** Employees with a day of service in the month (joined by its end, not left before its start). */
    static final String ACTIVE = " from employee where company_id = ? and date_of_joining <= ?"
            + " and (date_of_leaving is null or date_of_leaving >= ?)";

    @Bean
    LekhaJob payroll(@Qualifier("payrollJob") Job payrollJob) {
        return new LekhaJob(payrollJob, new JobDescriptor(JOB_NAME,
                "A month's payroll: payslips with PF, ESI, PT, LWF and TDS for every employee, as a DRAFT run to lock,"
                        + " with the register, payslips, bank salary file and statutory files",
                List.of(new ParamSpec("month", "month", true, "The pay month yyyy-MM", "2026-12"),
                        new ParamSpec("bankAccountId", "integer", false,
                                "The company bank account salaries are paid from; the first one when empty", "1"),
                        new ParamSpec("layout", "string", false, "Bank salary file layout: HDFC_ENET or GENERIC_CSV",
                                "HDFC_ENET")),
                PayrollFilesTasklet.KINDS));
    }

    @Bean
    Job payrollJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, JobEvents jobEvents,
                   PayrollRuns runs, DataSource dataSource, ArtifactStore artifacts, PayrollSettings settings,
                   EmployerRegistrations registrations, PayrollRulesSource statutoryRules, Clock clock,
                   @Qualifier("payrollEmployeeReader") JdbcCursorItemReader<EmployeeRow> reader,
                   @Qualifier("payrollEmployeeProcessor") PayrollEmployeeProcessor processor,
                   @Qualifier("payslipLineWriter") PayslipLineWriter writer,
                   @Qualifier("payrollSkipListener") SkipListener<EmployeeRow, ComputedPayslip> skips) {
        Step begin = new StepBuilder("beginPayrollRun", jobRepository)
                .tasklet((contribution, context) -> {
                    StepExecution step = contribution.getStepExecution();
                    var params = step.getJobExecution().getJobParameters();
                    long runId = runs.begin(params.getLong("companyId"), YearMonth.parse(params.getString("month")),
                            step.getJobExecutionId());
                    step.getJobExecution().getExecutionContext().putLong(RUN_ID, runId);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .allowStartIfComplete(true)
                .build();
        Step compute = new StepBuilder("computePayslips", jobRepository)
                .<EmployeeRow, ComputedPayslip>chunk(settings.chunkSize())
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(processor)
                .writer(writer)
                .faultTolerant()
                .skip(PayrollCalculationException.class)
                .skipLimit(Long.MAX_VALUE)
                .skipListener(skips)
                .listener(new ExpectedEmployees(new JdbcTemplate(dataSource)))
                .allowStartIfComplete(true)
                .build();
        Step finish = new StepBuilder("finishPayrollRun", jobRepository)
                .tasklet((contribution, context) -> {
                    long runId = contribution.getStepExecution().getJobExecution().getExecutionContext().getLong(RUN_ID);
                    runs.finish(runId);
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .allowStartIfComplete(true)
                .build();
        Step files = new StepBuilder("writePayrollFiles", jobRepository)
                .tasklet(new PayrollFilesTasklet(dataSource, artifacts, settings, registrations, statutoryRules, clock), transactionManager)
                .allowStartIfComplete(true)
                .build();
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(jobEvents)
                .start(begin)
                .next(compute)
                .next(finish)
                .next(files)
                .build();
    }

    @Bean
    @StepScope
    JdbcCursorItemReader<EmployeeRow> payrollEmployeeReader(DataSource dataSource,
            @Value("#{jobParameters['companyId']}") Long companyId, @Value("#{jobParameters['month']}") String month) {
        YearMonth m = YearMonth.parse(month);
        return new JdbcCursorItemReaderBuilder<EmployeeRow>()
                .name("payrollEmployees")
                .dataSource(dataSource)
                // PostgreSQL honours the fetch size only outside autocommit (DEPENDENCIES.md)
                .connectionAutoCommit(false)
                .fetchSize(500)
                .sql("select id, employee_code, name, gender, date_of_birth, pan, uan, esi_number, bank_account_number,"
                        + " bank_ifsc, work_state, designation, department, date_of_joining, date_of_leaving,"
                        + " residence_city, tax_regime, pf_applicable, pf_on_actual_wages, eps_member, esi_applicable"
                        + ACTIVE + " order by id")
                .queryArguments(companyId, Date.valueOf(m.atEndOfMonth()), Date.valueOf(m.atDay(1)))
                .rowMapper((rs, n) -> {
                    Date dob = rs.getDate("date_of_birth");
                    Date left = rs.getDate("date_of_leaving");
                    return new EmployeeRow(rs.getLong("id"), new PayslipEmployee(rs.getString("employee_code"),
                            rs.getString("name"), rs.getString("gender"), dob == null ? null : dob.toLocalDate(),
                            rs.getString("pan"), rs.getString("uan"), rs.getString("esi_number"),
                            rs.getString("bank_account_number"), rs.getString("bank_ifsc"), rs.getString("work_state"),
                            rs.getString("designation"), rs.getString("department"),
                            rs.getDate("date_of_joining").toLocalDate(), left == null ? null : left.toLocalDate()),
                            rs.getString("residence_city"), rs.getString("tax_regime"), rs.getBoolean("pf_applicable"),
                            rs.getBoolean("pf_on_actual_wages"), rs.getBoolean("eps_member"),
                            rs.getBoolean("esi_applicable"));
                })
                // a restart recomputes the emptied run from the first employee
                .saveState(false)
                .build();
    }

    @Bean
    @StepScope
    PayrollEmployeeProcessor payrollEmployeeProcessor(JdbcTemplate jdbc, PayrollRuns runs,
            PayrollRulesSource statutoryRules, IncomeTaxRulesSource taxRules,
            @Value("#{jobParameters['companyId']}") Long companyId, @Value("#{jobParameters['month']}") String month) {
        return new PayrollEmployeeProcessor(jdbc, runs, statutoryRules, taxRules, companyId, YearMonth.parse(month));
    }

    @Bean
    @StepScope
    PayslipLineWriter payslipLineWriter(JdbcTemplate jdbc, @Value("#{jobExecutionContext['payrollRunId']}") Long runId,
            @Value("#{jobParameters['companyId']}") Long companyId) {
        return new PayslipLineWriter(jdbc, runId, companyId);
    }

    @Bean
    @StepScope
    SkipListener<EmployeeRow, ComputedPayslip> payrollSkipListener(PayrollRuns runs,
            @Value("#{jobExecutionContext['payrollRunId']}") Long runId) {
        return new SkipListener<>() {
            @Override
            public void onSkipInProcess(EmployeeRow item, Throwable t) {
                String code = t instanceof PayrollCalculationException p ? p.code() : t.getClass().getSimpleName();
                runs.recordError(runId, item.id(), code, t.getMessage());
            }
        };
    }

    /** Counts the employees to compute, for the run's progress bar ({@link RunProgress}). */
    static final class ExpectedEmployees implements StepExecutionListener {

        private final JdbcTemplate jdbc;

        ExpectedEmployees(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public void beforeStep(StepExecution step) {
            var params = step.getJobExecution().getJobParameters();
            YearMonth m = YearMonth.parse(params.getString("month"));
            Long total = jdbc.queryForObject("select count(*)" + ACTIVE, Long.class, params.getLong("companyId"),
                    Date.valueOf(m.atEndOfMonth()), Date.valueOf(m.atDay(1)));
            step.getExecutionContext().putLong(RunProgress.EXPECTED_ITEMS, total == null ? 0 : total);
        }
    }
}
