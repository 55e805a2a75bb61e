package dev.lekha.jobs.payroll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.StoredArtifact;
import dev.lekha.domain.employee.DemoEmployees;
import dev.lekha.domain.employee.EmployerRegistrations;
import dev.lekha.domain.employee.EmployerRegistrations.Scheme;
import dev.lekha.jobs.JobsTestConfiguration;
import dev.lekha.jobs.RunsAwait;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.testsupport.LekhaIntegrationTest;
import dev.lekha.testsupport.PayrollFixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The payroll job's statutory files, read back from the artifact store exactly as a person downloads them, for
 * December 2026 in Maharashtra with the dated rules of V19 (PF ceiling ₹25,000 from 17 Sep 2026, ESI 0.75%/3.25%
 * up to ₹21,000, MH PT with the women's exemption up to ₹25,000, MH LWF ₹25/₹75 in December):
 * <ul>
 *   <li>E1 Ravi Kulkarni, 30,000 / 12,000 / 18,000: PF wages capped at 25,000 → EPF 3,000, EPS 8.33% = 2,082.50 →
 *       2,083, employer difference 3,000 − 2,083 = 917; PT 200; gross 60,000;</li>
 *   <li>E2 Asha Patil (woman, ESI), 12,000 / 3,000 / 3,000: PF wages 12,000 (allowances 6,000 are within 50% of
 *       18,000) → EPF 1,440, EPS 999.60 → 1,000, difference 440; ESI 0.75% of 18,000 = 135; PT nil (women up to
 *       25,000); LWF 25; net 18,000 − 1,440 − 135 − 25 = 16,400;</li>
 *   <li>E3 Sunil Jadhav, PF member without a UAN: in the register and payslips, left out of the ECR and listed.</li>
 * </ul>
 */
@SpringBootTest
@LekhaIntegrationTest
@Import(JobsTestConfiguration.class)
class PayrollFilesJobIT {

    private final JobRuns jobs;
    private final ArtifactStore artifacts;
    private final EmployerRegistrations registrations;
    private final JdbcTemplate jdbc;
    private final DemoEmployees demo;
    private final dev.lekha.domain.payroll.PayrollRuns payrollRuns;
    private final java.time.Clock clock;

    PayrollFilesJobIT(JobRuns jobs, ArtifactStore artifacts, EmployerRegistrations registrations, JdbcTemplate jdbc,
                      DemoEmployees demo, dev.lekha.domain.payroll.PayrollRuns payrollRuns, java.time.Clock clock) {
        this.jobs = jobs;
        this.artifacts = artifacts;
        this.registrations = registrations;
        this.jdbc = jdbc;
        this.demo = demo;
        this.payrollRuns = payrollRuns;
        this.clock = clock;
    }

    @Test
    void writesRegisterPayslipsEcrEsicAndPtReturnFromTheStoredRun() throws Exception {
        // given
        PayrollFixture fx = new PayrollFixture(jdbc);
        long company = fx.company(String.format("AAKCF%04dA", ThreadLocalRandom.current().nextInt(10000)));
        long e1 = fx.employee(company, "E1", LocalDate.of(2020, 1, 1), null);
        long e2 = fx.employee(company, "E2", LocalDate.of(2021, 4, 1), null);
        long e3 = fx.employee(company, "E3", LocalDate.of(2022, 7, 1), null);
        jdbc.update("update employee set name = 'Ravi Kulkarni' where id = ?", e1);
        jdbc.update("update employee set name = 'Asha Patil', gender = 'F', esi_applicable = true,"
                + " esi_number = '3100000002' where id = ?", e2);
        jdbc.update("update employee set name = 'Sunil Jadhav', uan = null where id = ?", e3);
        fx.structure(company, e1, LocalDate.of(2020, 1, 1), "30000", "12000", "18000");
        fx.structure(company, e2, LocalDate.of(2021, 4, 1), "12000", "3000", "3000");
        fx.structure(company, e3, LocalDate.of(2022, 7, 1), "30000", "12000", "18000");
        registrations.register(company, Scheme.EPF, null, "MHBAN0012345000");
        registrations.register(company, Scheme.ESIC, null, "31000123450001001");
        registrations.register(company, Scheme.PT, "MH", "27551234567P");
        registrations.register(company, Scheme.LWF, "MH", "MLWB/PUN/012345");

        // when
        RunDetail detail = RunsAwait.finished(jobs, jobs.launch("payroll", company, Map.of("month", "2026-12"), "tester"));

        // then
        assertThat(detail.summary().status()).isEqualTo("COMPLETED");
        long execution = detail.summary().runId();
        assertThat(artifacts.forJobExecution(execution)).extracting(StoredArtifact::kind).containsExactlyInAnyOrder(
                "PAYROLL_REGISTER_XLSX", "PAYSLIPS_PDF_ZIP", "BANK_SALARY_FILE", "EPF_ECR", "ESIC_XLSX", "PT_XLSX",
                "LWF_XLSX", "PAYROLL_FILE_PROBLEMS_CSV");

        // ECR: 11 fields, whole rupees, CRLF between lines, none after the last; E3 (no UAN) left out
        assertThat(text(execution, "EPF_ECR")).isEqualTo(
                "100000000001#~#Ravi Kulkarni#~#60000#~#25000#~#25000#~#25000#~#3000#~#2083#~#917#~#0#~#0\r\n"
                        + "100000000002#~#Asha Patil#~#18000#~#12000#~#12000#~#12000#~#1440#~#1000#~#440#~#0#~#0");

        // the problems a person must fix: only E3's missing UAN
        assertThat(text(execution, "PAYROLL_FILE_PROBLEMS_CSV").split("\n")).containsExactly(
                "file,problem",
                "EPF_ECR,employee E3 has no UAN: the ECR identifies members by UAN only; add the UAN to the employee"
                        + " master or leave the employee out of PF; left out of the ECR");

        // ESIC upload: only the insured person, the template's headings, days paid and ESI wages
        try (XSSFWorkbook esic = workbook(execution, "ESIC_XLSX")) {
            Sheet sheet = esic.getSheet("Sheet1");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(cells(sheet.getRow(0)).get(0)).isEqualTo("IP Number (10 Digits)");
            assertThat(cells(sheet.getRow(1))).containsExactly("3100000002", "Asha Patil", "31", "18000", "0");
        }

        // PT return, Maharashtra: E1 and E3 at ₹200, E2 in the women's nil band; total 3 employees, ₹400
        try (XSSFWorkbook pt = workbook(execution, "PT_XLSX")) {
            Sheet mh = pt.getSheet("MH");
            assertThat(cells(mh.getRow(3))).containsExactly("PT registration number", "27551234567P");
            List<List<String>> bands = new ArrayList<>();
            for (int r = 7; r <= mh.getLastRowNum(); r++) {
                bands.add(cells(mh.getRow(r)));
            }
            assertThat(bands).containsExactly(
                    List.of("1", "Up to ₹7,500", "0", "₹0.00", "₹0.00"),
                    List.of("2", "Above ₹7,500 up to ₹10,000", "0", "₹175.00", "₹0.00"),
                    List.of("3", "Above ₹10,000", "2", "₹200.00", "₹400.00"),
                    List.of("4", "Up to ₹25,000 (women)", "1", "₹0.00", "₹0.00"),
                    List.of("5", "Above ₹25,000 (women)", "0", "₹200.00", "₹0.00"),
                    List.of("", "Total", "3", "", "₹400.00"));
        }

        // LWF statement, Maharashtra, December: ₹25 and ₹75 for each of the three (MLWF Act 1953 s.6BB as amended
        // 2024), half-yearly
        try (XSSFWorkbook lwf = workbook(execution, "LWF_XLSX")) {
            Sheet mh = lwf.getSheet("MH");
            assertThat(cells(mh.getRow(3))).containsExactly("LWF registration number", "MLWB/PUN/012345");
            assertThat(cells(mh.getRow(4))).containsExactly("Period", "Half-year ending December 2026");
            assertThat(cells(mh.getRow(7)).subList(0, 3)).containsExactly("1", "E1", "Ravi Kulkarni");
            assertThat(amount(mh.getRow(10), 4)).isEqualByComparingTo("75");
            assertThat(amount(mh.getRow(10), 5)).isEqualByComparingTo("225");
            assertThat(amount(mh.getRow(10), 6)).isEqualByComparingTo("300");
        }

        // register: one row per employee in code order, each net pay as stored
        try (XSSFWorkbook register = workbook(execution, "PAYROLL_REGISTER_XLSX")) {
            Sheet sheet = register.getSheet("Payroll register");
            List<String> headings = cells(sheet.getRow(8));
            int net = headings.indexOf("Net pay");
            int esiEmployee = headings.indexOf("ESI (employee)");
            assertThat(cells(sheet.getRow(9)).get(0)).isEqualTo("E1");
            assertThat(cells(sheet.getRow(10)).get(0)).isEqualTo("E2");
            assertThat(cells(sheet.getRow(11)).get(0)).isEqualTo("E3");
            assertThat(amount(sheet.getRow(10), net)).isEqualByComparingTo("16400");
            assertThat(amount(sheet.getRow(10), esiEmployee)).isEqualByComparingTo("135");
            BigDecimal storedNet = jdbc.queryForObject("select net_pay from payroll_run_line where employee_id = ?",
                    BigDecimal.class, e1);
            assertThat(amount(sheet.getRow(9), net)).isEqualByComparingTo(storedNet);
        }

        // payslips: one PDF per employee that opens and shows the net pay
        List<String> names = new ArrayList<>();
        String asha = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes(execution, "PAYSLIPS_PDF_ZIP")))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                names.add(entry.getName());
                try (PDDocument pdf = Loader.loadPDF(zip.readAllBytes())) {
                    String content = new PDFTextStripper().getText(pdf);
                    if (entry.getName().startsWith("E2")) {
                        asha = content;
                    }
                }
            }
        }
        assertThat(names).containsExactly("E1_2026-12.pdf", "E2_2026-12.pdf", "E3_2026-12.pdf");
        assertThat(asha).contains("Asha Patil").contains("16,400.00");
    }

    /**
     * The demo company's thirty employees (six states, a joiner, a leaver, ESI members, loss of pay) files cleanly:
     * every file written, nothing listed to fix, one ECR line per PF member and one payslip per employee.
     */
    @Test
    void theDemoPayrollFilesWithNothingToFix() throws Exception {
        String pan = String.format("AAKCD%04dQ", ThreadLocalRandom.current().nextInt(10000));
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values (?, ?, true,"
                + " false, ?)", "Demo payroll " + pan, pan, java.sql.Timestamp.from(clock.instant()));
        long company = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
        jdbc.update("insert into bank_account (company_id, account_number, ifsc, bank_name) values (?,?,?,?)", company,
                "50200011112222", "HDFC0000001", "HDFC Bank");
        demo.seedIfEmpty(company);
        String month = java.time.YearMonth.now(clock).toString();

        RunDetail detail = RunsAwait.finished(jobs, jobs.launch("payroll", company, Map.of("month", month), "tester"));

        assertThat(detail.summary().status()).isEqualTo("COMPLETED");
        long execution = detail.summary().runId();
        // LWF falls due in June and December only
        List<String> kinds = new ArrayList<>(List.of("PAYROLL_REGISTER_XLSX", "PAYSLIPS_PDF_ZIP", "BANK_SALARY_FILE",
                "EPF_ECR", "ESIC_XLSX", "PT_XLSX"));
        if (month.endsWith("-06") || month.endsWith("-12")) {
            kinds.add("LWF_XLSX");
        }
        assertThat(artifacts.forJobExecution(execution)).extracting(StoredArtifact::kind)
                .containsExactlyInAnyOrderElementsOf(kinds);
        int employees = jdbc.queryForObject("select count(*) from payroll_run_line l join payroll_run r on"
                + " r.id = l.payroll_run_id where r.company_id = ?", Integer.class, company);
        // all 30 demo employees are active in the month (the joiner joins on the 8th, the leaver leaves on the 15th)
        assertThat(employees).isEqualTo(30);
        int pfMembers = jdbc.queryForObject("select count(*) from employee where company_id = ? and pf_applicable = ?",
                Integer.class, company, true);
        assertThat(text(execution, "EPF_ECR").split("\r\n")).hasSize(pfMembers);
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes(execution, "PAYSLIPS_PDF_ZIP")))) {
            while (zip.getNextEntry() != null) {
                entries++;
            }
        }
        assertThat(entries).isEqualTo(30);
    }

    /**
     * The payslip's year to date counts the LOCKED runs of the financial year's earlier months and this one. E1 on
     * 30,000 / 12,000 / 18,000 in Maharashtra: November 2026 gross 60,000, PF 3,000 (ceiling 25,000), PT 200, no
     * LWF (June and December only), no TDS (rebate), net 56,800; December the same with LWF 25, net 56,775.
     * To date: gross 1,20,000, PF 6,000, PT 400, TDS 0, net 1,13,575. A DRAFT November would not count.
     */
    @Test
    void payslipsShowTheYearToDateFromLockedRuns() throws Exception {
        PayrollFixture fx = new PayrollFixture(jdbc);
        long company = fx.company(String.format("AAKCY%04dA", ThreadLocalRandom.current().nextInt(10000)));
        long e1 = fx.employee(company, "E1", LocalDate.of(2020, 1, 1), null);
        fx.structure(company, e1, LocalDate.of(2020, 1, 1), "30000", "12000", "18000");
        RunDetail november = RunsAwait.finished(jobs, jobs.launch("payroll", company, Map.of("month", "2026-11"),
                "tester"));
        assertThat(november.summary().status()).isEqualTo("COMPLETED");
        RunDetail draftOnly = RunsAwait.finished(jobs, jobs.launch("payroll", company, Map.of("month", "2026-12"),
                "tester"));
        assertThat(payslipText(draftOnly.summary().runId(), "E1_2026-12.pdf").lines())
                .contains("Gross earnings ₹60,000.00", "Net pay ₹56,775.00").doesNotContain("Net pay ₹1,13,575.00");

        payrollRuns.lock(company, payrollRuns.list(company, "2026-11").get(0).id(), "finance");
        RunDetail december = RunsAwait.finished(jobs, jobs.launch("payroll", company, Map.of("month", "2026-12"),
                "tester"));
        // ESI covers nobody here: no ESIC upload, and no "missing ESIC employer code" problem
        assertThat(artifacts.forJobExecution(december.summary().runId())).extracting(StoredArtifact::kind)
                .doesNotContain("ESIC_XLSX");

        assertThat(payslipText(december.summary().runId(), "E1_2026-12.pdf").lines()).containsSubsequence(
                "Year to date (Apr 2026 to Dec 2026) Amount",
                "Gross earnings ₹1,20,000.00",
                "Provident fund (employee) ₹6,000.00",
                "Professional tax ₹400.00",
                "Income tax (TDS) ₹0.00",
                "Net pay ₹1,13,575.00");
    }

    private String payslipText(long execution, String entryName) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes(execution, "PAYSLIPS_PDF_ZIP")))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(entryName)) {
                    try (PDDocument pdf = Loader.loadPDF(zip.readAllBytes())) {
                        return new PDFTextStripper().getText(pdf);
                    }
                }
            }
        }
        throw new AssertionError("no " + entryName + " in the payslips of execution " + execution);
    }

    private byte[] bytes(long execution, String kind) throws IOException {
        StoredArtifact artifact = artifacts.forJobExecution(execution).stream().filter(a -> a.kind().equals(kind))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind));
        try (InputStream in = artifacts.open(artifact.id())) {
            return in.readAllBytes();
        }
    }

    private String text(long execution, String kind) throws IOException {
        return new String(bytes(execution, kind), StandardCharsets.UTF_8);
    }

    private XSSFWorkbook workbook(long execution, String kind) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes(execution, kind)));
    }

    private static List<String> cells(Row row) {
        DataFormatter f = new DataFormatter();
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            values.add(cell == null ? "" : f.formatCellValue(cell));
        }
        return values;
    }

    private static BigDecimal amount(Row row, int column) {
        return BigDecimal.valueOf(row.getCell(column).getNumericCellValue());
    }
}
