package dev.lekha.jobs.tdsquarterly;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.tds.Pan;
import dev.lekha.domain.tds.TdsChallan;
import dev.lekha.domain.tds.TdsDeduction;
import dev.lekha.domain.tds.TdsDeductor;
import dev.lekha.domain.tds.TdsRecords;
import dev.lekha.mappings.tds.StatementCheck;
import dev.lekha.mappings.tds.StatementCheck.Finding;
import dev.lekha.mappings.tds.StatementForm;
import dev.lekha.mappings.tds.StatementWriter;
import dev.lekha.mappings.tds.TdsStatement;
import dev.lekha.mappings.tds.TdsStatement.ChallanBlock;
import dev.lekha.mappings.tds.TdsStatement.DeducteeLine;
import dev.lekha.mappings.tds.TdsStatement.SalaryDetail;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** Builds, checks and stores the quarter's statements (see {@link TdsQuarterlyJobConfiguration}). */
class TdsQuarterlyTasklet implements Tasklet {

    static final String KIND_SALARY = "TDS_24Q";
    static final String KIND_NON_SALARY = "TDS_26Q";
    static final String KIND_PRECHECK = "TDS_PRECHECK";
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-(\\d{2})-Q([1-4])");
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    private final JdbcTemplate jdbc;
    private final TdsRecords records;
    private final ArtifactStore artifacts;
    private final Clock clock;

    TdsQuarterlyTasklet(DataSource dataSource, TdsRecords records, ArtifactStore artifacts, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.records = records;
        this.artifacts = artifacts;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobParameters params = contribution.getStepExecution().getJobExecution().getJobParameters();
        long companyId = params.getLong("companyId");
        String tan = params.getString("tan");
        String quarterParam = params.getString("quarter");
        if (!Pan.isValidTan(tan)) {
            throw new IllegalArgumentException("tan '" + tan + "' is not a TAN (4 letters, 5 digits, a letter)");
        }
        Matcher m = QUARTER.matcher(quarterParam == null ? "" : quarterParam);
        if (!m.matches() || (Integer.parseInt(m.group(1)) + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException("quarter '" + quarterParam + "' must look like 2026-27-Q2");
        }
        int fy = Integer.parseInt(m.group(1));
        int quarter = Integer.parseInt(m.group(3));
        TdsDeductor deductor = records.deductor(companyId, tan).orElseThrow(() -> new IllegalArgumentException(
                "No deductor details for TAN " + tan + ": save them first (POST /api/tds/deductors)"));
        LocalDate today = LocalDate.now(clock.withZone(INDIA));
        LocalDate qStart = quarter == 4 ? LocalDate.of(fy + 1, 1, 1) : LocalDate.of(fy, 4 + 3 * (quarter - 1), 1);
        LocalDate qEnd = qStart.plusMonths(3).minusDays(1);
        long jobExecutionId = contribution.getStepExecution().getJobExecutionId();

        List<String> notes = new ArrayList<>();
        StringBuilder report = new StringBuilder("TDS pre-check for TAN " + tan + ", " + quarterParam + "\r\n");
        int deductees = 0;
        int findings = 0;
        List<String> summary = new ArrayList<>();

        TdsStatement salary = salaryStatement(companyId, tan, deductor, fy, quarter, qStart, qEnd, today, notes);
        TdsStatement vendor = vendorStatement(companyId, tan, deductor, fy, quarter, qStart, qEnd, today, notes);
        for (TdsStatement s : new TdsStatement[] {salary, vendor}) {
            if (s == null) {
                continue;
            }
            String text = StatementWriter.write(s);
            List<Finding> found = StatementCheck.check(text);
            findings += found.size();
            int dd = s.challans().stream().mapToInt(c -> c.deductees().size()).sum();
            deductees += dd;
            String kind = s.form().salary() ? KIND_SALARY : KIND_NON_SALARY;
            String fileName = s.form().number() + "_" + tan + "_" + quarterParam + ".txt";
            artifacts.store(new NewArtifact(companyId, kind, quarterParam, fileName, "text/plain", jobExecutionId),
                    out -> out.write(text.getBytes(StandardCharsets.US_ASCII)));
            summary.add("Form " + s.form().number() + ": " + s.challans().size() + " challans, " + dd + " deductees, "
                    + s.salaryDetails().size() + " salary details, " + found.size() + " findings");
            report.append("\r\nForm ").append(s.form().number()).append(" (").append(fileName).append("): ")
                    .append(found.isEmpty() ? "no findings" : found.size() + " findings").append("\r\n");
            for (Finding f : found) {
                report.append("  ").append(f).append("\r\n");
            }
        }
        if (!notes.isEmpty()) {
            report.append("\r\nData left out of the statements:\r\n");
            for (String n : notes) {
                report.append("  ").append(n).append("\r\n");
            }
        }
        String reportText = report.toString();
        artifacts.store(new NewArtifact(companyId, KIND_PRECHECK, quarterParam, "tds-precheck_" + tan + "_"
                + quarterParam + ".txt", "text/plain", jobExecutionId),
                out -> out.write(reportText.getBytes(StandardCharsets.UTF_8)));
        contribution.incrementWriteCount(deductees);
        String description = String.join("; ", summary)
                + (notes.isEmpty() ? "" : "; " + notes.size() + " items left out")
                + (findings + notes.size() == 0 ? "" : " (see the TDS_PRECHECK artifact)");
        // the description is what the run's errors show: the findings' count and where to read them
        contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(description));
        return RepeatStatus.FINISHED;
    }

    private TdsStatement salaryStatement(long companyId, String tan, TdsDeductor deductor, int fy, int quarter,
                                         LocalDate qStart, LocalDate qEnd, LocalDate today, List<String> notes) {
        Map<String, Long> monthChallans = records.salaryChallans(companyId, tan);
        Map<Long, List<DeducteeLine>> byChallan = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(qStart); !month.isAfter(YearMonth.from(qEnd)); month = month.plusMonths(1)) {
            String payMonth = month.toString();
            LocalDate paid = month.atEndOfMonth();
            List<DeducteeLine> lines = jdbc.query("""
                    select e.employee_code, e.pan, e.name, l.taxable_earnings, l.tds
                      from payroll_run_line l join payroll_run r on r.id = l.payroll_run_id
                      join employee e on e.id = l.employee_id
                     where r.company_id = ? and r.pay_month = ? and r.status = 'LOCKED' and l.tds > 0
                     order by e.employee_code""", (rs, n) -> new DeducteeLine(rs.getString(1), panOrWord(rs.getString(2)),
                    rs.getString(3), fy >= 2026 ? "1002" : "192", paid, paid, rs.getBigDecimal(4), rs.getBigDecimal(5),
                    BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), null,
                    Pan.isValid(rs.getString(2)) ? null : "C"), companyId, payMonth);
            if (lines.isEmpty()) {
                continue;
            }
            Long challanId = monthChallans.get(payMonth);
            if (challanId == null) {
                notes.add("salary " + payMonth + ": " + lines.size() + " employees' TDS has no challan linked"
                        + " (POST /api/tds/salary-challans) and is not in the statement");
                continue;
            }
            byChallan.computeIfAbsent(challanId, k -> new ArrayList<>()).addAll(lines);
        }
        List<SalaryDetail> details = quarter == 4 ? salaryDetails(companyId, fy) : List.of();
        return statement(companyId, tan, deductor, StatementForm.of(true, fy), fy, quarter, qStart, qEnd, today,
                byChallan, "SALARY", details);
    }

    /** Q4: each employee's year from the LOCKED payroll runs (see docs/tds.md for what this summary leaves out). */
    private List<SalaryDetail> salaryDetails(long companyId, int fy) {
        return jdbc.query("""
                select e.pan, e.name, e.date_of_birth, min(l.pay_month) first_month, max(l.pay_month) last_month,
                       sum(l.taxable_earnings) taxable, sum(l.tds) tds,
                       max(l.projected_annual_tax) annual_tax
                  from payroll_run_line l join payroll_run r on r.id = l.payroll_run_id
                  join employee e on e.id = l.employee_id
                 where r.company_id = ? and r.status = 'LOCKED' and l.pay_month between ? and ?
                 group by e.id, e.pan, e.name, e.date_of_birth, e.employee_code
                 order by e.employee_code""", (rs, n) -> {
            LocalDate from = YearMonth.parse(rs.getString("first_month")).atDay(1);
            LocalDate to = YearMonth.parse(rs.getString("last_month")).atEndOfMonth();
            java.sql.Date dob = rs.getDate("date_of_birth");
            String category = "G";
            if (dob != null) {
                int age = fy + 1 - dob.toLocalDate().getYear();
                category = age >= 80 ? "W" : age >= 60 ? "S" : "G";
            }
            BigDecimal zero = BigDecimal.ZERO.setScale(2);
            return new SalaryDetail(panOrWord(rs.getString("pan")), rs.getString("name"), category, from, to,
                    rs.getBigDecimal("taxable"), zero, zero, zero, rs.getBigDecimal("annual_tax"), zero, zero, zero,
                    rs.getBigDecimal("tds"));
        }, companyId, fy + "-04", (fy + 1) + "-03");
    }

    private TdsStatement vendorStatement(long companyId, String tan, TdsDeductor deductor, int fy, int quarter,
                                         LocalDate qStart, LocalDate qEnd, LocalDate today, List<String> notes) {
        Map<Long, List<DeducteeLine>> byChallan = new LinkedHashMap<>();
        boolean form140 = fy >= 2026;
        for (TdsDeduction d : records.deductions(companyId, tan, qStart, qEnd)) {
            if (d.tds().signum() == 0 && d.reasonCode() == null) {
                continue; // below the threshold: nothing to report
            }
            if (d.challanId() == null) {
                notes.add("deduction " + d.id() + " (" + d.sectionCode() + ", " + d.deducteeName() + ", "
                        + d.paymentDate() + ") has no challan and is not in the statement");
                continue;
            }
            String code = form140 ? d.paymentCode() : d.sectionCode();
            if (form140 && code == null) {
                notes.add("deduction " + d.id() + " (" + d.sectionCode() + " " + d.nature()
                        + ") has no s.393 payment code: set it in tds_section_rule and record it again");
            }
            byChallan.computeIfAbsent(d.challanId(), k -> new ArrayList<>()).add(new DeducteeLine(
                    d.partyId() == null ? "" : String.valueOf(d.partyId()), panOrWord(d.deducteePan()),
                    d.deducteeName(), code, d.paymentDate(), d.deductionDate(), d.amountPaid(), d.tds(),
                    BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), d.ratePercent(), d.reasonCode()));
        }
        return statement(companyId, tan, deductor, StatementForm.of(false, fy), fy, quarter, qStart, qEnd, today,
                byChallan, "NON_SALARY", List.of());
    }

    /** The statement of the challans used plus the others of the form deposited in the quarter; null when none. */
    private TdsStatement statement(long companyId, String tan, TdsDeductor deductor, StatementForm form, int fy,
                                   int quarter, LocalDate qStart, LocalDate qEnd, LocalDate today,
                                   Map<Long, List<DeducteeLine>> byChallan, String formKind,
                                   List<SalaryDetail> details) {
        Map<Long, TdsChallan> challans = new TreeMap<>();
        for (Long id : byChallan.keySet()) {
            Optional<TdsChallan> c = records.challan(companyId, id);
            c.ifPresent(x -> challans.put(id, x));
        }
        for (TdsChallan c : records.challans(companyId, tan, formKind, qStart, qEnd)) {
            challans.putIfAbsent(c.id(), c);
        }
        if (challans.isEmpty()) {
            return null;
        }
        List<ChallanBlock> blocks = challans.values().stream()
                .sorted(java.util.Comparator.comparing(TdsChallan::depositDate).thenComparing(TdsChallan::id))
                .map(c -> new ChallanBlock(c, byChallan.getOrDefault(c.id(), List.of()))).toList();
        return new TdsStatement(form, deductor, fy, quarter, today, "Lekha", blocks, details);
    }

    private static String panOrWord(String pan) {
        if (pan == null || pan.isBlank()) {
            return Pan.NOT_AVAILABLE;
        }
        return Pan.isValid(pan) ? pan : Pan.INVALID;
    }
}
