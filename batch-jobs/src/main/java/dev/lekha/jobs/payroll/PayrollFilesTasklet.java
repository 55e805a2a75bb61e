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
import com.opencsv.CSVWriter;
import dev.lekha.domain.employee.EmployerRegistrations;
import dev.lekha.jobs.statutory.PayrollRulesSource;
import dev.lekha.mappings.payroll.Payslip;
import dev.lekha.mappings.payroll.files.EcrCheck;
import dev.lekha.mappings.payroll.files.EcrFile;
import dev.lekha.mappings.payroll.files.EcrProblem;
import dev.lekha.mappings.payroll.files.EcrRules;
import dev.lekha.mappings.payroll.files.EsicContributionWorkbook;
import dev.lekha.mappings.payroll.files.LabourWelfareFundReturnWorkbook;
import dev.lekha.mappings.payroll.files.PayrollFileHeader;
import dev.lekha.mappings.payroll.files.PayrollFileHeader.ComponentColumn;
import dev.lekha.mappings.payroll.files.PayrollRegisterWorkbook;
import dev.lekha.mappings.payroll.files.PayslipZip;
import dev.lekha.mappings.payroll.files.ProfessionalTaxReturnWorkbook;
import dev.lekha.mappings.payroll.files.ProfessionalTaxSlab;
import dev.lekha.mappings.payroll.statutory.PfRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the run's files as artifacts from the stored lines (never from payslips held in memory): each file is one
 * pass of a cursor over the run ({@link StoredPayslips}) straight into the artifact store, so memory stays flat
 * whatever the number of employees.
 *
 * <ul>
 *   <li>{@code PAYROLL_REGISTER_XLSX}: every employee with earnings, statutory and other deductions, employer
 *       contributions and totals ({@link PayrollRegisterWorkbook});</li>
 *   <li>{@code PAYSLIPS_PDF_ZIP}: one A4 payslip PDF per employee, {@code <code>_<month>.pdf} ({@link PayslipZip});</li>
 *   <li>{@code BANK_SALARY_FILE}: the net pay of every employee with a salary account, in the bank layout of the
 *       launch (or {@code lekha.jobs.payroll.layout}), through the payment-file writers of issue 5 (same checks as a
 *       payment batch). References are {@code PR<run>-<line>}. Employees without a bank account are left out and
 *       counted in the step's exit description. Payment date: the last day of the month. No file when the company
 *       has no bank account. A correction's file pays only each employee's rise in net pay against the run it
 *       corrects (whose file paid the rest), dated the later of the month's end and today; a fall is listed to
 *       recover;</li>
 *   <li>{@code EPF_ECR}: the ECR 2.0 text of every PF member ({@link EcrFile}), checked against the month's dated PF
 *       rules ({@link EcrCheck}); a member without a UAN is left out and listed;</li>
 *   <li>{@code ESIC_XLSX}: the ESIC monthly contribution upload of every insured person
 *       ({@link EsicContributionWorkbook}); none when ESI covers no employee in the run;</li>
 *   <li>{@code PT_XLSX}: one professional-tax return sheet per state, against the dated PT bands in force
 *       ({@link ProfessionalTaxReturnWorkbook});</li>
 *   <li>{@code LWF_XLSX}, in a month with labour welfare fund contributions (June, December): a statement per state
 *       ({@link LabourWelfareFundReturnWorkbook}); a state with one deduction month a year files for the year;</li>
 *   <li>{@code PAYROLL_FILE_PROBLEMS_CSV}, only when a file has something a person must fix before filing: file and
 *       problem (employee, row, field), one per line. The files are still written so the rest can be reviewed.</li>
 * </ul>
 * The registration numbers the files carry (EPF establishment code, ESIC employer code, PTRC per state) come from
 * {@link EmployerRegistrations}; a missing one is a listed problem.
 */
class PayrollFilesTasklet implements Tasklet {

    static final String REGISTER = "PAYROLL_REGISTER_XLSX";
    static final String PAYSLIPS = "PAYSLIPS_PDF_ZIP";
    static final String BANK_SALARY_FILE = "BANK_SALARY_FILE";
    static final String ECR = "EPF_ECR";
    static final String ESIC = "ESIC_XLSX";
    static final String PT = "PT_XLSX";
    static final String LWF = "LWF_XLSX";
    static final String PROBLEMS = "PAYROLL_FILE_PROBLEMS_CSV";
    static final List<String> KINDS = List.of(REGISTER, PAYSLIPS, BANK_SALARY_FILE, ECR, ESIC, PT, LWF, PROBLEMS);

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final JdbcTemplate jdbc;
    private final ArtifactStore artifacts;
    private final PayrollSettings settings;
    private final EmployerRegistrations registrations;
    private final PayrollRulesSource rules;
    private final Clock clock;

    PayrollFilesTasklet(DataSource dataSource, ArtifactStore artifacts, PayrollSettings settings,
                        EmployerRegistrations registrations, PayrollRulesSource rules, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
        this.artifacts = artifacts;
        this.settings = settings;
        this.registrations = registrations;
        this.rules = rules;
        this.clock = clock;
    }

    /** What a file-writing pass found to fix: the file's kind and the problem. */
    private record Problem(String file, String problem) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        StepExecution step = contribution.getStepExecution();
        JobParameters params = step.getJobExecution().getJobParameters();
        long companyId = params.getLong("companyId");
        YearMonth month = YearMonth.parse(params.getString("month"));
        long runId = step.getJobExecution().getExecutionContext().getLong(PayrollJobConfiguration.RUN_ID);
        List<String> notes = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        StoredPayslips payslips = new StoredPayslips(jdbc, companyId, runId);
        PayrollFileHeader header = header(companyId, month, payslips);
        String suffix = "-" + month + "-run" + runId;

        int[] count = {0};
        store(step, new NewArtifact(companyId, REGISTER, month.toString(), "payroll-register" + suffix + ".xlsx", XLSX,
                step.getJobExecutionId()), out -> {
                    try (PayrollRegisterWorkbook register = PayrollRegisterWorkbook.open(out, header)) {
                        payslips.forEach(s -> register.add(s.payslip()));
                        count[0] = register.employees();
                    }
                });
        notes.add("register: " + count[0] + " employees");
        if (count[0] == 0) {
            notes.add("no payslips: the run has no lines");
        } else {
            store(step, new NewArtifact(companyId, PAYSLIPS, month.toString(), "payslips" + suffix + ".zip",
                    "application/zip", step.getJobExecutionId()), out -> {
                        try (PayslipZip zip = PayslipZip.open(out, header)) {
                            payslips.forEachWithYearToDate(s -> zip.add(s.payslip(), s.yearToDate()));
                            count[0] = zip.entries();
                        }
                    });
            notes.add("payslips: " + count[0] + " PDFs");
        }
        bankSalaryFile(step, companyId, month, runId, params, problems, notes);
        ecr(step, companyId, month, payslips, header, problems, notes, suffix);
        esic(step, companyId, month, payslips, header, problems, notes, suffix);
        professionalTax(step, companyId, month, payslips, header, problems, notes, suffix);
        labourWelfareFund(step, companyId, month, runId, payslips, header, problems, notes, suffix);
        if (!problems.isEmpty()) {
            store(step, new NewArtifact(companyId, PROBLEMS, month.toString(), "payroll-file-problems" + suffix + ".csv",
                    "text/csv", step.getJobExecutionId()), out -> {
                        CSVWriter csv = new CSVWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                        csv.writeNext(new String[] {"file", "problem"}, false);
                        for (Problem p : problems) {
                            csv.writeNext(new String[] {p.file(), p.problem()}, false);
                        }
                        csv.flush();
                    });
            notes.add(problems.size() + " problems to fix before filing, listed in " + PROBLEMS);
        }
        step.setExitStatus(step.getExitStatus().addExitDescription(String.join("; ", notes)));
        return RepeatStatus.FINISHED;
    }

    private PayrollFileHeader header(long companyId, YearMonth month, StoredPayslips payslips) {
        Map<String, Object> company = jdbc.queryForMap("select legal_name, pan from company where id = ?", companyId);
        List<Map<String, Object>> deductor = jdbc.queryForList("select tan, address1, address2, address3, address4,"
                + " city, pin from tds_deductor where company_id = ? order by id", companyId);
        String tan = null;
        String address = null;
        if (!deductor.isEmpty()) {
            Map<String, Object> d = deductor.get(0);
            tan = (String) d.get("tan");
            address = join(d.get("address1"), d.get("address2"), d.get("address3"), d.get("address4"), d.get("city"),
                    d.get("pin"));
        } else {
            List<Map<String, Object>> gst = jdbc.queryForList("select address, city, pincode from gst_registration"
                    + " where company_id = ? and active = ? order by id", companyId, true);
            if (!gst.isEmpty()) {
                address = join(gst.get(0).get("address"), gst.get(0).get("city"), gst.get(0).get("pincode"));
            }
        }
        EmployerRegistrations.Registrations r = registrations.forCompany(companyId);
        List<List<ComponentColumn>> columns = payslips.columns();
        return new PayrollFileHeader((String) company.get("legal_name"), address, (String) company.get("pan"), tan,
                r.epfEstablishmentCode(), r.esicEmployerCode(), r.ptByState(), month, columns.get(0), columns.get(1));
    }

    private void ecr(StepExecution step, long companyId, YearMonth month, StoredPayslips payslips,
                     PayrollFileHeader header, List<Problem> problems, List<String> notes, String suffix) {
        String state = jdbc.query("select e.work_state from payroll_run_line l join employee e on e.id = l.employee_id"
                + " where l.payroll_run_id = ? and e.pf_applicable = ? group by e.work_state order by count(*) desc,"
                + " e.work_state", rs -> rs.next() ? rs.getString(1) : null,
                step.getJobExecution().getExecutionContext().getLong(PayrollJobConfiguration.RUN_ID), true);
        if (state == null) {
            notes.add("no ECR: PF applies to no employee in the run");
            return;
        }
        if (header.epfEstablishmentCode() == null) {
            problems.add(new Problem(ECR, "the company has no EPF establishment code: record it under the employer's"
                    + " registrations before uploading the ECR"));
        }
        PfRules pf = rules.forMonth(month, state).pf();
        EcrRules ecrRules = new EcrRules(month, pf.wageCeiling(), pf.employeeRatePercent(), pf.epsRatePercent());
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        int lines;
        try (EcrFile ecr = EcrFile.open(text, header)) {
            payslips.forEach(s -> {
                if (!s.pfApplicable()) {
                    return;
                }
                try {
                    ecr.add(s.payslip());
                } catch (IllegalArgumentException e) {
                    // the writer's message names the employee and the field
                    problems.add(new Problem(ECR, e.getMessage() + "; left out of the ECR"));
                }
            });
            lines = ecr.lines();
        }
        if (lines == 0) {
            notes.add("no ECR: no PF member could be written");
            return;
        }
        byte[] bytes = text.toByteArray();
        for (EcrProblem p : EcrCheck.check(new String(bytes, StandardCharsets.US_ASCII), ecrRules)) {
            problems.add(new Problem(ECR, p.toString()));
        }
        store(step, new NewArtifact(companyId, ECR, month.toString(), "ecr" + suffix + ".txt", "text/plain",
                step.getJobExecutionId()), out -> out.write(bytes));
        notes.add("ECR: " + lines + " members");
    }

    private void esic(StepExecution step, long companyId, YearMonth month, StoredPayslips payslips,
                      PayrollFileHeader header, List<Problem> problems, List<String> notes, String suffix) {
        Integer insured = jdbc.queryForObject("select count(*) from payroll_run_line l join employee e on"
                + " e.id = l.employee_id where l.payroll_run_id = ? and e.esi_applicable = ?", Integer.class,
                step.getJobExecution().getExecutionContext().getLong(PayrollJobConfiguration.RUN_ID), true);
        if (insured == null || insured == 0) {
            notes.add("no ESIC upload: ESI covers no employee in the run");
            return;
        }
        if (header.esicEmployerCode() == null) {
            problems.add(new Problem(ESIC, "the company has no ESIC employer code: record it under the employer's"
                    + " registrations before uploading the contributions"));
        }
        int[] rows = {0};
        store(step, new NewArtifact(companyId, ESIC, month.toString(), "esic-contributions" + suffix + ".xlsx", XLSX,
                step.getJobExecutionId()), out -> {
                    try (EsicContributionWorkbook esic = EsicContributionWorkbook.open(out, header)) {
                        payslips.forEach(s -> {
                            Payslip p = s.payslip();
                            String ip = p.employee().esiNumber();
                            if (s.esiApplicable() && p.esiWages().signum() > 0 && (ip == null || ip.isBlank())) {
                                problems.add(new Problem(ESIC, "employee " + p.employee().code() + ": ESI applies"
                                        + " (wages " + p.esiWages().toPlainString() + ") but there is no IP number;"
                                        + " left out of the upload"));
                            } else if (s.esiApplicable()) {
                                esic.add(p);
                            }
                        });
                        rows[0] = esic.rows();
                        esic.problems().forEach(m -> problems.add(new Problem(ESIC, m)));
                    }
                });
        notes.add("ESIC: " + rows[0] + " insured persons");
    }

    private void professionalTax(StepExecution step, long companyId, YearMonth month, StoredPayslips payslips,
                                 PayrollFileHeader header, List<Problem> problems, List<String> notes, String suffix) {
        // a state assessed over several months (Tamil Nadu's half-year) files only in its deduction months
        Map<String, Integer> periodic = new HashMap<>();
        Set<String> notThisMonth = new HashSet<>();
        Date first = Date.valueOf(month.atDay(1));
        jdbc.query("select code, rate_value from statutory_rate where kind = 'PT_SCHEDULE' and effective_from <= ?"
                + " and (effective_to is null or effective_to >= ?)", rs -> {
                    String code = rs.getString(1);
                    String state = code.substring(0, code.indexOf('_'));
                    int value = rs.getBigDecimal(2).intValue();
                    if (code.endsWith("_ASSESSMENT_MONTHS") && value > 1) {
                        periodic.put(state, value);
                    }
                }, first, first);
        for (String state : periodic.keySet()) {
            Integer deductionMonths = jdbc.queryForObject("select count(*) from statutory_rate where kind = 'PT_SCHEDULE'"
                    + " and code like ? and rate_value = ? and effective_from <= ? and (effective_to is null"
                    + " or effective_to >= ?)", Integer.class, state + "_DEDUCTION_MONTH_%", month.getMonthValue(),
                    first, first);
            if (deductionMonths == null || deductionMonths == 0) {
                notThisMonth.add(state);
            }
        }
        List<ProfessionalTaxSlab> slabs = professionalTaxSlabs(month).stream()
                .filter(s -> !notThisMonth.contains(s.state())).toList();
        store(step, new NewArtifact(companyId, PT, month.toString(), "professional-tax" + suffix + ".xlsx", XLSX,
                step.getJobExecutionId()), out -> {
                    try (ProfessionalTaxReturnWorkbook pt = ProfessionalTaxReturnWorkbook.open(out, header, slabs,
                            periodic)) {
                        payslips.forEach(s -> {
                            Payslip p = s.payslip();
                            if (!notThisMonth.contains(p.employee().workState()) || p.professionalTax().signum() != 0) {
                                pt.add(p);
                            }
                        });
                        pt.problems().forEach(m -> problems.add(new Problem(PT, m)));
                    }
                });
        notes.add("PT returns written");
    }

    private void labourWelfareFund(StepExecution step, long companyId, YearMonth month, long runId,
                                   StoredPayslips payslips, PayrollFileHeader header, List<Problem> problems,
                                   List<String> notes, String suffix) {
        Integer contributors = jdbc.queryForObject("select count(*) from payroll_run_line where payroll_run_id = ?"
                + " and (lwf_employee <> 0 or lwf_employer <> 0)", Integer.class, runId);
        if (contributors == null || contributors == 0) {
            return;
        }
        // a state whose employee contribution falls due in one month a year contributes for the calendar year
        Date first = Date.valueOf(month.atDay(1));
        Set<String> yearly = new HashSet<>(jdbc.queryForList("select region from statutory_slab where kind ="
                + " 'LWF_EMPLOYEE' and effective_from <= ? and (effective_to is null or effective_to >= ?)"
                + " group by region having count(distinct variant) = 1", String.class, first, first));
        Map<String, String> registered = registrations.forCompany(companyId).lwfByState();
        store(step, new NewArtifact(companyId, LWF, month.toString(), "labour-welfare-fund" + suffix + ".xlsx", XLSX,
                step.getJobExecutionId()), out -> {
                    try (LabourWelfareFundReturnWorkbook lwf = LabourWelfareFundReturnWorkbook.open(out, header, yearly,
                            registered)) {
                        payslips.forEach(s -> lwf.add(s.payslip()));
                        lwf.problems().forEach(m -> problems.add(new Problem(LWF, m)));
                    }
                });
        notes.add("LWF: " + contributors + " contributors");
    }

    /**
     * The professional-tax bands in force on the month's first day, every state's, in bound order. The
     * {@code statutory_slab} variant says whom a band is for: '-' everyone, 'F' women only, a month number ('02') that
     * month only, or both ('F-02').
     */
    List<ProfessionalTaxSlab> professionalTaxSlabs(YearMonth month) {
        Date first = Date.valueOf(month.atDay(1));
        return jdbc.query("select region, variant, lower_bound, upper_bound, amount from statutory_slab"
                + " where kind = 'PROFESSIONAL_TAX' and effective_from <= ? and (effective_to is null or effective_to >= ?)"
                + " order by region, variant, lower_bound", (rs, i) -> {
                    String gender = null;
                    Month only = null;
                    for (String part : rs.getString("variant").split("-")) {
                        if (part.equals("F") || part.equals("M")) {
                            gender = part;
                        } else if (part.matches("[0-9]{2}")) {
                            only = Month.of(Integer.parseInt(part));
                        }
                    }
                    return new ProfessionalTaxSlab(rs.getString("region"), rs.getBigDecimal("lower_bound"),
                            rs.getBigDecimal("upper_bound"), rs.getBigDecimal("amount"), gender, only);
                }, first, first);
    }

    private StoredArtifact store(StepExecution step, NewArtifact artifact, ArtifactStore.ContentWriter writer) {
        StoredArtifact stored = artifacts.store(artifact, writer);
        step.getExecutionContext().putLong("lekha.artifactId." + artifact.kind(), stored.id());
        return stored;
    }

    private static String join(Object... parts) {
        StringBuilder b = new StringBuilder();
        for (Object p : parts) {
            if (p != null && !p.toString().isBlank()) {
                b.append(b.isEmpty() ? "" : ", ").append(p.toString().trim());
            }
        }
        return b.isEmpty() ? null : b.toString();
    }

    private void bankSalaryFile(StepExecution step, long companyId, YearMonth month, long runId, JobParameters params,
                                List<Problem> problems, List<String> notes) {
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
        Long corrected = jdbc.queryForObject("select corrects_run_id from payroll_run where id = ?", Long.class, runId);
        String monthText = month.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH)).toUpperCase(Locale.ROOT);
        String narration = (corrected == null ? "SALARY " : "SALARY DIFF ") + monthText;
        List<PaymentInstruction> payments = new ArrayList<>();
        int[] missing = {0};
        // a correction pays only what the run it corrects did not: the rise in each employee's net pay (that run's
        // bank file paid the rest); a fall is listed to recover, never paid back into the bank file
        String amounts = corrected == null
                ? "select e.employee_code, e.name, e.bank_account_number, e.bank_ifsc, e.email, l.net_pay"
                        + " from payroll_run_line l join employee e on e.id = l.employee_id where l.payroll_run_id = ?"
                        + " and l.net_pay > 0 order by e.employee_code"
                : "select e.employee_code, e.name, e.bank_account_number, e.bank_ifsc, e.email,"
                        + " l.net_pay - coalesce(p.net_pay, 0) from payroll_run_line l join employee e on e.id ="
                        + " l.employee_id left join payroll_run_line p on p.payroll_run_id = ?"
                        + " and p.employee_id = l.employee_id where l.payroll_run_id = ?"
                        + " and l.net_pay - coalesce(p.net_pay, 0) > 0 order by e.employee_code";
        if (corrected != null) {
            jdbc.query("select e.employee_code, p.net_pay - coalesce(l.net_pay, 0) from payroll_run_line p"
                    + " join employee e on e.id = p.employee_id left join payroll_run_line l on l.payroll_run_id = ?"
                    + " and l.employee_id = p.employee_id where p.payroll_run_id = ?"
                    + " and p.net_pay - coalesce(l.net_pay, 0) > 0 order by e.employee_code", rs -> {
                        problems.add(new Problem(BANK_SALARY_FILE, "employee " + rs.getString(1) + ": net pay is "
                                + rs.getBigDecimal(2).toPlainString() + " lower than in run " + corrected
                                + ", which was paid; recover it from the next salary or by a refund"));
                    }, runId, corrected);
        }
        jdbc.query(amounts, rs -> {
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
                }, corrected == null ? new Object[] {runId} : new Object[] {corrected, runId});
        if (missing[0] > 0) {
            notes.add(missing[0] + " employees without a salary account are not in the bank file");
        }
        if (payments.isEmpty()) {
            notes.add(corrected == null ? "no bank salary file: no net pay to a salary account"
                    : "no bank salary file: the correction raises no employee's net pay");
            return;
        }
        // a correction is paid when it is made, not back on the month's last day
        LocalDate payOn = corrected == null ? month.atEndOfMonth()
                : java.util.Collections.max(List.of(month.atEndOfMonth(), LocalDate.now(clock)));
        byte[] file = format.write(new PaymentFileRequest(debit.get(0), payOn, payments));
        String name = (corrected == null ? "salary-" : "salary-difference-") + month + "-run" + runId + "-"
                + format.layout().name().toLowerCase(Locale.ROOT)
                + (format.layout() == PaymentFileLayout.GENERIC_CSV ? ".csv" : ".txt");
        store(step, new NewArtifact(companyId, BANK_SALARY_FILE, month.toString(), name, "text/plain",
                step.getJobExecutionId()), out -> out.write(file));
        step.setWriteCount(step.getWriteCount() + payments.size());
        notes.add((corrected == null ? "bank salary file: " : "bank salary file of the differences: ")
                + payments.size() + " payments");
    }

    /** Only what NEFT/RTGS carry (letters, digits, space and / - ? : ( ) . ' +), at most 35 characters. */
    static String bankName(String name) {
        String clean = name.replaceAll("[^A-Za-z0-9 /\\-?:().'+]", " ").replaceAll(" +", " ").trim();
        return clean.length() > 35 ? clean.substring(0, 35).trim() : clean;
    }
}
