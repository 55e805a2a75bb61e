package dev.lekha.jobs.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.employee.EmployerRegistrations;
import dev.lekha.domain.employee.EmployerRegistrations.Scheme;
import dev.lekha.jobs.BenchHeap;
import dev.lekha.jobs.BenchRuns;
import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.testsupport.LekhaIntegrationTest;
import dev.lekha.testsupport.PayrollFixture;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, not a test (never run by {@code ./mvnw verify}; ops/bench/payroll.sh, ops/bench/README.md "Payroll"):
 * generates {@code lekha.bench.employees} employees (default 10,000) in PostgreSQL with salary structures and
 * attendance, runs the {@code payroll} job for December 2026 with every artifact (register, payslip PDFs in a ZIP with
 * the year to date, bank salary file, ECR, ESIC upload, PT returns, LWF statements) and reports the wall time of
 * the job and of each step, the peak heap in use (heap pools sampled every 50 ms), and what the files hold.
 *
 * <p>Data, for employee i (1..n): monthly gross {@code 15,000 + (i × 7,919) mod 1,85,000} rupees split basic 50%,
 * HRA 20%, special allowance the rest; work state MH, KA, WB, TN, TG, GJ in turn; a woman every third; old regime
 * every fourth; ESI-covered when gross ≤ ₹21,000; PF on actual wages every tenth; no PAN every 500th; a joiner on
 * 10 Dec every 200th, a leaver on 20 Dec every 250th; two days' loss of pay every 13th.
 */
@SpringBootTest(properties = "logging.level.dev.lekha=WARN")
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class PayrollBench {

    private static final List<String> STATES = List.of("MH", "KA", "WB", "TN", "TG", "GJ");

    private final JobRuns runs;
    private final JdbcTemplate jdbc;
    private final ArtifactStore artifacts;
    private final EmployerRegistrations registrations;

    PayrollBench(JobRuns runs, JdbcTemplate jdbc, ArtifactStore artifacts, EmployerRegistrations registrations) {
        this.runs = runs;
        this.jdbc = jdbc;
        this.artifacts = artifacts;
        this.registrations = registrations;
    }

    @Test
    void payrollForTenThousandEmployeesWithEveryFile() throws Exception {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        Assumptions.assumeTrue("PostgreSQL".equals(product), "the payroll benchmark needs PostgreSQL");
        int n = Integer.getInteger("lekha.bench.employees", 10_000);

        // given
        long loadStart = System.nanoTime();
        long company = load(n);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        // when
        BenchHeap heap = BenchHeap.start();
        long start = System.nanoTime();
        long runId;
        RunDetail run;
        try (heap) {
            runId = runs.launch("payroll", company, Map.of("month", "2026-12"), "bench");
            run = BenchRuns.await(runs, runId, Duration.ofHours(2));
        }
        double jobSeconds = (System.nanoTime() - start) / 1e9;
        assertThat(run.summary().status()).as("errors: %s", run.errors()).isEqualTo("COMPLETED");

        // then
        long lines = jdbc.queryForObject("select count(*) from payroll_run_line where company_id = ?", Long.class,
                company);
        long errors = jdbc.queryForObject("select count(*) from payroll_run_error where payroll_run_id in"
                + " (select id from payroll_run where company_id = ?)", Long.class, company);
        String steps = BenchRuns.steps(run);
        StringBuilder files = new StringBuilder();
        long pdfs = 0;
        long ecrLines = 0;
        long problems = 0;
        for (StoredArtifact a : artifacts.forJobExecution(runId)) {
            files.append(String.format(Locale.ROOT, "  %s %s: %,d bytes%n", a.kind(), a.fileName(), a.sizeBytes()));
            try (InputStream in = artifacts.open(a.id())) {
                switch (a.kind()) {
                    case "PAYSLIPS_PDF_ZIP" -> {
                        try (ZipInputStream zip = new ZipInputStream(in)) {
                            while (zip.getNextEntry() != null) {
                                pdfs++;
                            }
                        }
                    }
                    case "EPF_ECR" -> ecrLines = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                            .split("\r\n").length;
                    case "PAYROLL_FILE_PROBLEMS_CSV" -> problems = new String(in.readAllBytes(),
                            StandardCharsets.UTF_8).lines().count() - 1;
                    default -> {
                        // size is enough
                    }
                }
            }
        }
        String report = String.format(Locale.ROOT, "Payroll benchmark: %d employees (generated in %.1f s), December 2026%n"
                        + "payroll job: %s in %.1f s; %d payslips stored, %d employees listed with errors;"
                        + " peak heap used %d MB (before the run %d MB, max %d MB)%n%s"
                        + "files:%n%s"
                        + "payslip PDFs in the ZIP: %d; ECR lines: %d; problems listed: %d%n"
                        + "%d cores, Java %s, %s%n",
                n, loadSeconds, run.summary().status(), jobSeconds, lines, errors, heap.peakMb(),
                heap.baselineMb(), BenchHeap.maxMb(), steps, files, pdfs,
                ecrLines, problems, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                jdbc.queryForObject("select version()", String.class));
        System.out.print(report);
        Path out = Path.of("target", "bench", "payroll.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        assertThat(lines).isEqualTo(n);
        assertThat(pdfs).isEqualTo(n);
    }

    private long load(int n) {
        PayrollFixture fx = new PayrollFixture(jdbc);
        long company = fx.company("AAKCB0001P");
        registrations.register(company, Scheme.EPF, null, "MHBAN0012345000");
        registrations.register(company, Scheme.ESIC, null, "31000123450001001");
        for (String state : STATES) {
            registrations.register(company, Scheme.PT, state, "PT" + state + "00012345");
            registrations.register(company, Scheme.LWF, state, "LWF/" + state + "/0012345");
        }
        // gross g(i) = 15000 + (i * 7919) % 185000
        String gross = "(15000 + (i * 7919) % 185000)";
        jdbc.update("insert into employee (company_id, employee_code, name, gender, date_of_birth, pan, uan,"
                + " esi_number, bank_account_number, bank_ifsc, work_state, residence_city, tax_regime, date_of_joining,"
                + " date_of_leaving, pf_applicable, pf_on_actual_wages, eps_member, esi_applicable, disabled, created_at,"
                + " updated_at)"
                + " select ?, 'B' || lpad(cast(i as varchar), 6, '0'),"
                + " 'Employee ' || translate(lpad(cast(i as varchar), 6, '0'), '0123456789', 'ABCDEFGHIJ'),"
                + " case when i % 3 = 0 then 'F' else 'M' end, date '1980-01-01' + (i % 9000),"
                + " case when i % 500 = 0 then null else 'ABCP' || chr(65 + (i / 10000) % 26)"
                + "   || lpad(cast(i % 10000 as varchar), 4, '0') || chr(65 + i % 26) end,"
                + " cast(100100000000 + i as varchar),"
                + " case when " + gross + " <= 21000 then cast(3100000000 + i as varchar) end,"
                + " '5010' || lpad(cast(i as varchar), 10, '0'), 'HDFC0001234',"
                + " (array['MH','KA','WB','TN','TG','GJ'])[1 + i % 6],"
                + " (array['Mumbai','Bengaluru','Kolkata','Chennai','Hyderabad','Ahmedabad'])[1 + i % 6],"
                + " case when i % 4 = 0 then 'OLD' else 'NEW' end,"
                + " case when i % 200 = 1 then date '2026-12-10' else date '2015-01-01' + (i % 3000) end,"
                + " case when i % 250 = 2 then date '2026-12-20' end,"
                + " true, i % 10 = 0, true, " + gross + " <= 21000, false, now(), now()"
                + " from generate_series(1, ?) as g(i)", company, n);
        jdbc.update("insert into salary_structure (company_id, employee_id, effective_from, created_at)"
                + " select company_id, id, date_of_joining, now() from employee where company_id = ?", company);
        String g = "(15000 + (cast(substr(e.employee_code, 2) as integer) * 7919) % 185000)";
        jdbc.update("insert into salary_structure_line (salary_structure_id, component_code, monthly_amount)"
                + " select s.id, c.code, case c.code when 'BASIC' then round(" + g + " * 0.5)"
                + " when 'HRA' then round(" + g + " * 0.2) else " + g + " - round(" + g + " * 0.5) - round(" + g
                + " * 0.2) end"
                + " from salary_structure s join employee e on e.id = s.employee_id"
                + " cross join (values ('BASIC'), ('HRA'), ('SPECIAL')) as c(code) where s.company_id = ?", company);
        jdbc.update("insert into payroll_attendance (company_id, employee_id, pay_month, lop_days)"
                + " select company_id, id, '2026-12', 2 from employee"
                + " where company_id = ? and cast(substr(employee_code, 2) as integer) % 13 = 0", company);
        jdbc.execute("analyze");
        return company;
    }
}
