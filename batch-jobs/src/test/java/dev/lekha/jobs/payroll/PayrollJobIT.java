package dev.lekha.jobs.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.payroll.PayrollRun;
import dev.lekha.domain.payroll.PayrollRunDifference;
import dev.lekha.domain.payroll.PayrollRunLockedException;
import dev.lekha.domain.payroll.PayrollRuns;
import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.jobs.RunsAwait;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.jobs.runs.RunDetail.StepDetail;
import dev.lekha.testsupport.LekhaIntegrationTest;
import dev.lekha.testsupport.PayrollFixture;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The payroll job against the database with the dated rules of V19/V20 (December 2026, Maharashtra, new regime
 * tax year 2026-27): exact counts, stored figures worked by hand, the error list, locking, a correction with its
 * differences, the superseded run, the lock guard, and the bank salary file.
 */
@SpringBootTest
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class PayrollJobIT {

    private final JobRuns jobs;
    private final PayrollRuns runs;
    private final ArtifactStore artifacts;
    private final JdbcTemplate jdbc;

    PayrollJobIT(JobRuns jobs, PayrollRuns runs, ArtifactStore artifacts, JdbcTemplate jdbc) {
        this.jobs = jobs;
        this.runs = runs;
        this.artifacts = artifacts;
        this.jdbc = jdbc;
    }

    @Test
    void computesTheMonthLocksItAndCorrectsItWithStatedDifferences() throws Exception {
        // given: E1 all month on 30,000/12,000/18,000; E2 joins 15 Dec on the same; E3 has no structure;
        // E4 left in November (not in the month)
        PayrollFixture fx = new PayrollFixture(jdbc);
        long company = fx.company(String.format("AAKCP%04dA", ThreadLocalRandom.current().nextInt(10000)));
        long e1 = fx.employee(company, "E1", LocalDate.of(2020, 1, 1), null);
        long e2 = fx.employee(company, "E2", LocalDate.of(2026, 12, 15), null);
        fx.employee(company, "E3", LocalDate.of(2020, 1, 1), null);
        long e4 = fx.employee(company, "E4", LocalDate.of(2020, 1, 1), LocalDate.of(2026, 11, 30));
        fx.structure(company, e1, LocalDate.of(2020, 1, 1), "30000", "12000", "18000");
        fx.structure(company, e2, LocalDate.of(2026, 12, 15), "30000", "12000", "18000");
        fx.structure(company, e4, LocalDate.of(2020, 1, 1), "30000", "12000", "18000");

        // when
        RunDetail detail = RunsAwait.finished(jobs, jobs.launch("payroll", company, Map.of("month", "2026-12"), "tester"));

        // then: 3 employees read, 2 stored, E3 skipped and listed
        assertThat(detail.summary().status()).isEqualTo("COMPLETED");
        StepDetail compute = step(detail, "computePayslips");
        assertThat(compute.readCount()).isEqualTo(3);
        assertThat(compute.writeCount()).isEqualTo(2);
        assertThat(compute.skipCount()).isEqualTo(1);
        PayrollRun first = runs.list(company, "2026-12").get(0);
        assertThat(first.status()).isEqualTo("DRAFT");
        assertThat(first.runNo()).isEqualTo(1);
        assertThat(first.employeeCount()).isEqualTo(2);
        assertThat(runs.errors(first.id())).singleElement().satisfies(e -> {
            assertThat(e.employeeCode()).isEqualTo("E3");
            assertThat(e.code()).isEqualTo("NO_STRUCTURE");
            assertThat(e.message()).startsWith("E3 has no salary structure in force in 2026-12");
        });
        // E1: PF wages 30,000 capped at 25,000 (from 17 Sep 2026) → 3,000; MH PT 200 (Dec); MH LWF 25/75 (Dec,
        // s.6BB, 2024 rates); 7,20,000 a year − 75,000 is within the rebate: no TDS. Net 60,000 − 3,225 = 56,775
        Map<String, Object> l1 = line(first.id(), e1);
        assertThat((BigDecimal) l1.get("gross_earnings")).isEqualByComparingTo("60000.00");
        assertThat((BigDecimal) l1.get("pf_wages")).isEqualByComparingTo("25000.00");
        assertThat((BigDecimal) l1.get("epf_employee")).isEqualByComparingTo("3000.00");
        assertThat((BigDecimal) l1.get("professional_tax")).isEqualByComparingTo("200.00");
        assertThat((BigDecimal) l1.get("lwf_employee")).isEqualByComparingTo("25.00");
        assertThat((BigDecimal) l1.get("tds")).isEqualByComparingTo("0.00");
        assertThat((BigDecimal) l1.get("net_pay")).isEqualByComparingTo("56775.00");
        // E2: 17 of 31 days: 16,452 + 6,581 + 9,871 = 32,904; PF 12% of 16,452 = 1,974; net 32,904 − 1,974 − 225
        Map<String, Object> l2 = line(first.id(), e2);
        assertThat((BigDecimal) l2.get("gross_earnings")).isEqualByComparingTo("32904.00");
        assertThat((BigDecimal) l2.get("epf_employee")).isEqualByComparingTo("1974.00");
        assertThat((BigDecimal) l2.get("ncp_days")).isEqualByComparingTo("14.0");
        assertThat((BigDecimal) l2.get("net_pay")).isEqualByComparingTo("30705.00");
        assertThat(first.totalNet()).isEqualByComparingTo("87480.00");
        assertThat(jdbc.queryForObject("select count(*) from payroll_run_component c join payroll_run_line l"
                + " on l.id = c.payroll_run_line_id where l.payroll_run_id = ?", Integer.class, first.id())).isEqualTo(6);

        // the bank salary file: HDFC ENet, one NEFT line per employee with net pay
        StoredArtifact bank = artifacts.forJobExecution(detail.summary().runId()).stream()
                .filter(a -> a.kind().equals("BANK_SALARY_FILE")).findFirst().orElseThrow();
        String file;
        try (InputStream in = artifacts.open(bank.id())) {
            file = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        assertThat(file.split("\r\n")).hasSize(2);
        assertThat(file).startsWith("N,,50100012341,56775.00,Employee E1,");

        // when: run again while DRAFT → the same run recomputed
        RunsAwait.finished(jobs, jobs.launch("payroll", company, Map.of("month", "2026-12"), "tester"));
        assertThat(runs.list(company, "2026-12")).extracting(PayrollRun::id).containsExactly(first.id());

        // when: locked, it cannot change, not even by SQL
        runs.lock(company, first.id(), "finance");
        assertThatThrownBy(() -> runs.lock(company, first.id(), "finance"))
                .isInstanceOf(PayrollRunLockedException.class).hasMessageContaining("is LOCKED");
        // the SQL guard is a trigger on PostgreSQL and Oracle (V22); the H2 fallback for local runs has none
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if (!"H2".equals(product)) {
            assertThatThrownBy(() -> jdbc.update("update payroll_run_line set net_pay = 1 where payroll_run_id = ?",
                    first.id())).hasMessageContaining("payroll run is LOCKED");
        }

        // when: E1 had 3 days of loss of pay after all, and the month is run again
        fx.lop(company, e1, "2026-12", "3");
        RunDetail corrected = RunsAwait.finished(jobs, jobs.launch("payroll", company, Map.of("month", "2026-12"),
                "tester"));

        // then: a correction (run 2) states E1's differences: 28 of 31 days → 27,097 + 10,839 + 16,258 = 54,194;
        // PF wages 27,097 still above the ceiling (3,000); net 54,194 − 3,225 = 50,969
        PayrollRun correction = runs.list(company, "2026-12").get(0);
        assertThat(correction.runNo()).isEqualTo(2);
        assertThat(correction.correctsRunId()).isEqualTo(first.id());
        List<PayrollRunDifference> differences = runs.differences(correction.id());
        assertThat(differences).allMatch(d -> d.employeeCode().equals("E1"));
        assertThat(differences).extracting(PayrollRunDifference::field, PayrollRunDifference::before,
                PayrollRunDifference::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("paid_days", new BigDecimal("31.00"), new BigDecimal("28.00")),
                org.assertj.core.groups.Tuple.tuple("lop_days", new BigDecimal("0.00"), new BigDecimal("3.00")),
                org.assertj.core.groups.Tuple.tuple("gross_earnings", new BigDecimal("60000.00"), new BigDecimal("54194.00")),
                org.assertj.core.groups.Tuple.tuple("taxable_earnings", new BigDecimal("60000.00"), new BigDecimal("54194.00")),
                org.assertj.core.groups.Tuple.tuple("net_pay", new BigDecimal("56775.00"), new BigDecimal("50969.00")),
                org.assertj.core.groups.Tuple.tuple("component:BASIC", new BigDecimal("30000.00"), new BigDecimal("27097.00")),
                org.assertj.core.groups.Tuple.tuple("component:HRA", new BigDecimal("12000.00"), new BigDecimal("10839.00")),
                org.assertj.core.groups.Tuple.tuple("component:SPECIAL", new BigDecimal("18000.00"), new BigDecimal("16258.00")));

        // when the correction is locked, the first run is superseded
        runs.lock(company, correction.id(), "finance");
        assertThat(runs.find(first.id()).status()).isEqualTo("SUPERSEDED");
        assertThat(runs.find(correction.id()).status()).isEqualTo("LOCKED");

        // the first run's bank file paid E1 56,775: the correction pays nobody more and lists 5,806 to recover
        assertThat(artifacts.forJobExecution(corrected.summary().runId())).extracting(StoredArtifact::kind)
                .doesNotContain("BANK_SALARY_FILE");
        assertThat(text(corrected.summary().runId(), "PAYROLL_FILE_PROBLEMS_CSV")).contains("BANK_SALARY_FILE,\"employee"
                + " E1: net pay is 5806.00 lower than in run " + first.id() + ", which was paid; recover it from the"
                + " next salary or by a refund\"");

        // when: the three days were a mistake after all; run 3 corrects the locked run 2
        fx.lop(company, e1, "2026-12", "0");
        RunDetail third = RunsAwait.finished(jobs, jobs.launch("payroll", company, Map.of("month", "2026-12"),
                "tester"));

        // then: its bank file pays E1 only the 5,806 back (56,775 − 50,969), E2 nothing (unchanged)
        String difference = text(third.summary().runId(), "BANK_SALARY_FILE");
        assertThat(difference.split("\r\n")).hasSize(1);
        assertThat(difference).startsWith("N,,50100012341,5806.00,Employee E1,");
        assertThat(artifacts.forJobExecution(third.summary().runId())).filteredOn(a -> a.kind().equals(
                "BANK_SALARY_FILE")).singleElement().satisfies(a -> assertThat(a.fileName())
                .startsWith("salary-difference-2026-12-run"));
    }

    private String text(long execution, String kind) throws java.io.IOException {
        StoredArtifact artifact = artifacts.forJobExecution(execution).stream().filter(a -> a.kind().equals(kind))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind));
        try (InputStream in = artifacts.open(artifact.id())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Map<String, Object> line(long runId, long employeeId) {
        return jdbc.queryForMap("select * from payroll_run_line where payroll_run_id = ? and employee_id = ?", runId,
                employeeId);
    }

    private static StepDetail step(RunDetail detail, String name) {
        return detail.steps().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
