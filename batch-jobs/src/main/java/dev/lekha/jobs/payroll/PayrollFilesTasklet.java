package dev.lekha.jobs.payroll;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.payment.InstructionStatus;
import dev.lekha.domain.payment.PaymentInstruction;
import dev.lekha.domain.payment.PaymentMode;
import dev.lekha.mappings.payment.PaymentFileFormat;
import dev.lekha.mappings.payment.PaymentFileLayout;
import dev.lekha.mappings.payment.PaymentFileRequest;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the run's files as artifacts from the stored lines (never from payslips held in memory).
 *
 * <p>{@code BANK_SALARY_FILE}: the net pay of every employee with a salary account, in the bank layout of the launch
 * (or {@code lekha.jobs.payroll.layout}), through the payment-file writers of issue 5 (same checks as a payment
 * batch). References are {@code PR<run>-<line>}. Employees without a bank account are left out and counted in the
 * step's exit description. Payment date: the last day of the month. No file when the company has no bank account.
 */
class PayrollFilesTasklet implements Tasklet {

    static final String BANK_SALARY_FILE = "BANK_SALARY_FILE";
    static final List<String> KINDS = List.of("PAYROLL_REGISTER_XLSX", "PAYSLIPS_PDF_ZIP", BANK_SALARY_FILE,
            "EPF_ECR", "ESIC_XLSX", "PT_XLSX");

    private final JdbcTemplate jdbc;
    private final ArtifactStore artifacts;
    private final PayrollSettings settings;

    PayrollFilesTasklet(DataSource dataSource, ArtifactStore artifacts, PayrollSettings settings, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.artifacts = artifacts;
        this.settings = settings;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = contribution.getStepExecution();
        JobParameters params = step.getJobExecution().getJobParameters();
        long companyId = params.getLong("companyId");
        YearMonth month = YearMonth.parse(params.getString("month"));
        long runId = step.getJobExecution().getExecutionContext().getLong(PayrollJobConfiguration.RUN_ID);
        List<String> notes = new ArrayList<>();
        bankSalaryFile(step, companyId, month, runId, params, notes);
        step.setExitStatus(step.getExitStatus().addExitDescription(String.join("; ", notes)));
        return RepeatStatus.FINISHED;
    }

    private void bankSalaryFile(StepExecution step, long companyId, YearMonth month, long runId, JobParameters params,
                                List<String> notes) {
        Long bankAccountId = params.getLong("bankAccountId");
        List<String> debit = bankAccountId == null
                ? jdbc.queryForList("select account_number from bank_account where company_id = ? order by id",
                        String.class, companyId)
                : jdbc.queryForList("select account_number from bank_account where company_id = ? and id = ?",
                        String.class, companyId, bankAccountId);
        if (debit.isEmpty()) {
            notes.add("no bank salary file: company " + companyId + " has no bank account"
                    + (bankAccountId == null ? "" : " " + bankAccountId));
            return;
        }
        String layoutName = params.getString("layout");
        PaymentFileFormat format = PaymentFileLayout.parse(layoutName == null || layoutName.isBlank()
                ? settings.layout() : layoutName).format();
        String narration = "SALARY " + month.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH))
                .toUpperCase(Locale.ROOT);
        List<PaymentInstruction> payments = new ArrayList<>();
        int[] missing = {0};
        jdbc.query("select e.employee_code, e.name, e.bank_account_number, e.bank_ifsc, e.email, l.net_pay"
                + " from payroll_run_line l join employee e on e.id = l.employee_id where l.payroll_run_id = ?"
                + " and l.net_pay > 0 order by e.employee_code", rs -> {
                    String account = rs.getString(3);
                    String ifsc = rs.getString(4);
                    if (account == null || ifsc == null) {
                        missing[0]++;
                        return;
                    }
                    int line = payments.size() + 1;
                    payments.add(new PaymentInstruction(0, runId, line, "PR" + runId + "-" + line,
                            bankName(rs.getString(2)), account, ifsc, PaymentMode.NEFT, rs.getBigDecimal(6), narration,
                            rs.getString(5), rs.getString(1), null, InstructionStatus.PENDING, null, null, null));
                }, runId);
        if (missing[0] > 0) {
            notes.add(missing[0] + " employees without a salary account are not in the bank file");
        }
        if (payments.isEmpty()) {
            notes.add("no bank salary file: no net pay to a salary account");
            return;
        }
        byte[] file = format.write(new PaymentFileRequest(debit.get(0), month.atEndOfMonth(), payments));
        String name = "salary-" + month + "-run" + runId + "-" + format.layout().name().toLowerCase(Locale.ROOT)
                + (format.layout() == PaymentFileLayout.GENERIC_CSV ? ".csv" : ".txt");
        StoredArtifact stored = artifacts.store(new NewArtifact(companyId, BANK_SALARY_FILE, month.toString(), name,
                "text/plain", step.getJobExecutionId()), out -> out.write(file));
        contribution(step, payments.size());
        step.getExecutionContext().putLong("lekha.artifactId." + BANK_SALARY_FILE, stored.id());
    }

    private static void contribution(StepExecution step, int written) {
        step.setWriteCount(step.getWriteCount() + written);
    }

    /** Only what NEFT/RTGS carry (letters, digits, space and / - ? : ( ) . ' +), at most 35 characters. */
    static String bankName(String name) {
        String clean = name.replaceAll("[^A-Za-z0-9 /\\-?:().'+]", " ").replaceAll(" +", " ").trim();
        return clean.length() > 35 ? clean.substring(0, 35).trim() : clean;
    }
}
