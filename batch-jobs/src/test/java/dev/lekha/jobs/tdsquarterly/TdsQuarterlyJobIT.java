package dev.lekha.jobs.tdsquarterly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.tds.DeducteeKind;
import dev.lekha.domain.tds.TdsChallan;
import dev.lekha.domain.tds.TdsDeduction;
import dev.lekha.domain.tds.TdsDeductor;
import dev.lekha.domain.tds.TdsRecords;
import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.jobs.RunsAwait;
import dev.lekha.jobs.SalesDocumentsFixture;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.mappings.tds.StatementCheck;
import dev.lekha.mappings.tds.StatementReader;
import dev.lekha.mappings.tds.StatementReader.StatementRecord;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * tds-quarterly on a generated Q4 of FY 2025-26: three employees over three LOCKED payroll months (a superseded
 * January run must stay out), a challan per month, and two vendor deductions on one challan (a below-threshold
 * payment and one without a challan stay out). Both statements must pass StatementCheck with exact counts and totals.
 */
@SpringBootTest
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class TdsQuarterlyJobIT {

    private static final String TAN = "MUMA77001B";

    private final JobRuns runs;
    private final ArtifactStore artifacts;
    private final JdbcTemplate jdbc;
    private final TdsRecords records;

    TdsQuarterlyJobIT(JobRuns runs, ArtifactStore artifacts, JdbcTemplate jdbc, TdsRecords records) {
        this.runs = runs;
        this.artifacts = artifacts;
        this.jdbc = jdbc;
        this.records = records;
    }

    private static BigDecimal m(String v) {
        return new BigDecimal(v);
    }

    private long employee(long company, String code, String pan, String name) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into employee (company_id, employee_code, name, gender, pan, work_state, tax_regime,
                    date_of_joining, pf_applicable, pf_on_actual_wages, eps_member, esi_applicable, disabled,
                    created_at, updated_at)
                values (?, ?, ?, 'F', ?, 'MH', 'NEW', date '2024-04-01', true, false, true, false, false, ?, ?)""",
                company, code, name, pan, now, now);
        return jdbc.queryForObject("select id from employee where company_id = ? and employee_code = ?", Long.class,
                company, code);
    }

    private final java.util.Map<Long, String> finalStatuses = new java.util.LinkedHashMap<>();

    private long run(long company, String month, int runNo, String status) {
        jdbc.update("""
                insert into payroll_run (company_id, pay_month, run_no, status, employee_count, total_gross, total_net,
                    total_tds, created_at) values (?, ?, ?, ?, 3, 0, 0, 0, ?)""",
                company, month, runNo, "DRAFT", Timestamp.from(Instant.now()));
        long id = jdbc.queryForObject("select id from payroll_run where company_id = ? and pay_month = ? and run_no = ?",
                Long.class, company, month, runNo);
        // lines can only be added to a DRAFT run (V22 trigger): the status is set once the lines are in
        finalStatuses.put(id, status);
        return id;
    }

    private void line(long run, long company, long employee, String month, String taxable, String tds, String annualTax) {
        jdbc.update("""
                insert into payroll_run_line (payroll_run_id, company_id, employee_id, pay_month, days_in_month,
                    paid_days, lop_days, gross_earnings, taxable_earnings, pf_wages, eps_wages, edli_wages,
                    epf_employee, vpf_employee, eps_employer, epf_employer, edli_employer, pf_admin_employer, esi_wages,
                    esi_employee, esi_employer, professional_tax, lwf_employee, lwf_employer, tds, other_deductions,
                    net_pay, ncp_days, tax_regime, projected_taxable_income, projected_annual_tax)
                values (?, ?, ?, ?, 30, 30, 0, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ?, 0, 0, 0, 'NEW',
                    0, ?)""", run, company, employee, month, m(taxable), m(taxable), m(tds), m(annualTax));
    }

    private long challan(long company, String kind, LocalDate date, String serial, String section, String tax,
                         String interest) {
        BigDecimal t = m(tax);
        BigDecimal i = m(interest);
        BigDecimal z = m("0.00");
        return records.recordChallan(new TdsChallan(null, company, TAN, kind, "0510308", date, serial, section, "200",
                t, z, z, i, z, z, t.add(i)), "tester");
    }

    private void vendor(long company, String pan, String name, String section, String nature, LocalDate date,
                        String amount, String base, String rate, String tds, Long challanId) {
        records.recordDeduction(new TdsDeduction(null, company, TAN, null, pan, name,
                DeducteeKind.fromPan(pan, DeducteeKind.OTHER), section, nature, null, date, m(amount), m(base), m(rate),
                m(tds), null, "test", challanId, date), "tester");
    }

    private String artifact(long runId, String kind) throws Exception {
        StoredArtifact a = artifacts.forJobExecution(runId).stream().filter(x -> x.kind().equals(kind)).findFirst()
                .orElseThrow();
        try (InputStream in = artifacts.open(a.id())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long count(List<StatementRecord> r, String type) {
        return r.stream().filter(x -> x.type().equals(type)).count();
    }

    @Test
    void writesQ4SalaryAndVendorStatementsThatPassTheStructuralChecks() throws Exception {
        long company = new SalesDocumentsFixture(jdbc).company("AAKCT7001C");
        records.saveDeductor(new TdsDeductor(company, TAN, "AAKCT7001C", "AAKCT TDS TEST LIMITED", "HO", "1 Test Street",
                null, null, null, "Mumbai", "19", "400001", "tds@example.com", "022", "22000000", "K", "Asha Rao",
                "CFO", "AAKPT7009R", "9800000001"));
        long e1 = employee(company, "E001", "AAKPT7001A", "Ravi Kumar");
        long e2 = employee(company, "E002", "AAKPT7002B", "Meena Iyer");
        long e3 = employee(company, "E003", null, "No Pan Person");
        // January: run 1 superseded (different TDS, must not appear), run 2 locked
        long janOld = run(company, "2026-01", 1, "SUPERSEDED");
        line(janOld, company, e1, "2026-01", "999999.00", "99999.00", "0.00");
        String[] months = {"2026-01", "2026-02", "2026-03"};
        for (String month : months) {
            long r = run(company, month, month.equals("2026-01") ? 2 : 1, "LOCKED");
            line(r, company, e1, month, "100000.00", "8000.00", "96000.00");
            line(r, company, e2, month, "100000.00", "5000.00", "60000.00");
            line(r, company, e3, month, "100000.00", "20000.00", "240000.00");
        }
        // a draft March run must stay out too
        long draft = run(company, "2026-03", 2, "DRAFT");
        line(draft, company, e1, "2026-03", "500.00", "50.00", "0.00");
        finalStatuses.forEach((id, status) -> jdbc.update("update payroll_run set status = ? where id = ?", status, id));
        records.linkSalaryChallan(company, TAN, "2026-01", challan(company, "SALARY", LocalDate.of(2026, 2, 6), "00101", "192", "33000.00", "0.00"));
        records.linkSalaryChallan(company, TAN, "2026-02", challan(company, "SALARY", LocalDate.of(2026, 3, 6), "00102", "192", "33000.00", "0.00"));
        records.linkSalaryChallan(company, TAN, "2026-03", challan(company, "SALARY", LocalDate.of(2026, 4, 30), "00103", "192", "33000.00", "0.00"));

        long vendorChallan = challan(company, "NON_SALARY", LocalDate.of(2026, 2, 7), "00201", "194C", "8000.00", "10.00");
        vendor(company, "AAKCT7005F", "Builders Co", "194C", "CONTRACT", LocalDate.of(2026, 1, 20), "100001.00",
                "100001.00", "2", "2000.00", vendorChallan);
        vendor(company, "AAKPT7006C", "Dr Consultant", "194J", "PROFESSIONAL", LocalDate.of(2026, 1, 25), "60000.00",
                "60000.00", "10", "6000.00", vendorChallan);
        vendor(company, "AAKCT7007G", "Small Job Co", "194C", "CONTRACT", LocalDate.of(2026, 2, 2), "20000.00",
                "0.00", "0", "0.00", null); // below threshold: not reported
        vendor(company, "AAKCT7008H", "Unpaid Co", "194C", "CONTRACT", LocalDate.of(2026, 3, 2), "40000.00",
                "40000.00", "2", "800.00", null); // not yet deposited: left out with a note

        long runId = runs.launch("tds-quarterly", company, Map.of("tan", TAN, "quarter", "2025-26-Q4"), "tester");
        RunDetail run = RunsAwait.until(runs, runId, "COMPLETED", "FAILED");

        assertThat(run.summary().status()).isEqualTo("COMPLETED");
        assertThat(run.steps().get(0).writeCount()).isEqualTo(11); // 9 salary + 2 vendor deductee records

        String salary = artifact(runId, "TDS_24Q");
        assertThat(StatementCheck.check(salary)).isEmpty();
        List<StatementRecord> s = StatementReader.read(salary);
        assertThat(s.get(1).field(5)).isEqualTo("24Q");
        assertThat(count(s, "CD")).isEqualTo(3);
        assertThat(count(s, "DD")).isEqualTo(9);
        assertThat(count(s, "SD")).isEqualTo(3);
        assertThat(s.get(1).field(47)).isEqualTo("99000.00");   // 3 × 33,000
        assertThat(s.get(1).field(50)).isEqualTo("900000.00");  // 3 employees × 3 months × 1,00,000
        assertThat(s.get(2).field(29)).isEqualTo("33000.00");   // 8,000 + 5,000 + 20,000
        assertThat(salary).contains("^PANNOTAVBL^").doesNotContain("99999.00").doesNotContain("^50.00^");

        String vendorText = artifact(runId, "TDS_26Q");
        assertThat(StatementCheck.check(vendorText)).isEmpty();
        List<StatementRecord> v = StatementReader.read(vendorText);
        assertThat(v.get(1).field(5)).isEqualTo("26Q");
        assertThat(count(v, "CD")).isEqualTo(1);
        assertThat(count(v, "DD")).isEqualTo(2);
        assertThat(v.get(1).field(47)).isEqualTo("8010.00");
        assertThat(v.get(2).field(29)).isEqualTo("8000.00");    // 2,000 + 6,000

        String precheck = artifact(runId, "TDS_PRECHECK");
        assertThat(precheck).contains("Form 24Q").contains("Form 26Q").contains("no findings")
                .contains("Unpaid Co").doesNotContain("Small Job Co");
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).contains("1 items left out"));
    }

    @Test
    void refusesAMalformedQuarter() throws Exception {
        long company = new SalesDocumentsFixture(jdbc).company("AAKCT7002C");
        long runId = runs.launch("tds-quarterly", company, Map.of("tan", TAN, "quarter", "2025-27-Q4"), "tester");
        RunDetail run = RunsAwait.until(runs, runId, "COMPLETED", "FAILED");
        assertThat(run.summary().status()).isEqualTo("FAILED");
        assertThat(run.errors()).anySatisfy(e -> assertThat(e).contains("must look like 2026-27-Q2"));
    }
}
