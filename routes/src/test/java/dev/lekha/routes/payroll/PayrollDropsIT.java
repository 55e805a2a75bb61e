package dev.lekha.routes.payroll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.lekha.domain.inbound.InboundFile;
import dev.lekha.domain.inbound.InboundFileStatus;
import dev.lekha.domain.inbound.InboundFiles;
import dev.lekha.routes.drops.DropSettings;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code employees} and {@code payroll-inputs} drops driven through their inbox folders, for a company of this
 * test's own (PAN AAKCE####X, new per test): imported files are archived and stored, bad ones rejected with a
 * {@code .error.txt} naming file, sheet, row and column, and nothing of a rejected file reaches the database.
 */
@SpringBootTest
@LekhaIntegrationTest
class PayrollDropsIT {

    private final DropSettings settings;
    private final InboundFiles inboundFiles;
    private final JdbcTemplate jdbc;

    PayrollDropsIT(DropSettings settings, InboundFiles inboundFiles, JdbcTemplate jdbc) {
        this.settings = settings;
        this.inboundFiles = inboundFiles;
        this.jdbc = jdbc;
    }

    String pan;
    long companyId;

    @BeforeEach
    void newCompany() {
        pan = unusedPan();
        jdbc.update("insert into company (legal_name, pan, sandbox, einvoice_enabled, created_at) values (?, ?, false, false, ?)",
                "Payroll Drop Test " + pan, pan, OffsetDateTime.now());
        companyId = jdbc.queryForObject("select id from company where pan = ?", Long.class, pan);
    }

    /** A PAN of the AAKCE test prefix that no company has yet (the database outlives test runs). */
    String unusedPan() {
        while (true) {
            String candidate = "AAKCE" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000))
                    + (char) ('A' + ThreadLocalRandom.current().nextInt(26));
            if (jdbc.queryForObject("select count(*) from company where pan = ?", Integer.class, candidate) == 0) {
                return candidate;
            }
        }
    }

    /** A workbook of the given sheets plus an 'About' sheet naming the company, so each test's content is new. */
    byte[] xlsx(Map<String, List<List<Object>>> sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("About").createRow(0).createCell(0).setCellValue("Test company " + pan);
            sheets.forEach((name, rows) -> {
                Sheet s = wb.createSheet(name);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = s.createRow(r);
                    for (int c = 0; c < rows.get(r).size(); c++) {
                        Object v = rows.get(r).get(c);
                        if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            row.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
            });
            wb.write(out);
            return out.toByteArray();
        }
    }

    static final List<Object> EMPLOYEE_HEADER = List.of("Employee code", "Name", "Gender", "PAN", "UAN", "Bank account",
            "IFSC", "Work state", "Tax regime", "Joining date", "Leaving date", "ESI applicable");
    static final List<Object> STRUCTURE_HEADER = List.of("Employee code", "Effective from", "Annual CTC", "Component",
            "Monthly amount", "Formula");

    byte[] master() throws IOException {
        return xlsx(new java.util.LinkedHashMap<>(Map.of(
                "Employees", List.of(EMPLOYEE_HEADER,
                        List.of("T001", "Meera Iyer", "F", "ABCPI1234M", "100200300400", "123456789012", "ICIC0001234",
                                "KA", "NEW", "2025-04-01", "", "N"),
                        List.of("T002", "Sunil Das", "M", "", "", "", "", "WB", "OLD", "2026-11-19", "", "Y")),
                "SalaryStructures", List.of(STRUCTURE_HEADER,
                        List.of("T001", "2025-04-01", 1200000, "BASIC", "", "40% of CTC / 12"),
                        List.of("T001", "2025-04-01", "", "HRA", "", "50% of BASIC"),
                        List.of("T001", "2025-04-01", "", "SPECIAL", "", "CTC/12 - BASIC - HRA"),
                        List.of("T002", "2026-11-19", "", "BASIC", 11000, ""),
                        List.of("T002", "2026-11-19", "", "HRA", "", "40% of BASIC")))));
    }

    @Test
    void theMasterThenTheMonthsInputsAreStored() throws IOException {
        InboundFile employees = drop(EmployeesDrop.CHANNEL, pan + "_employees.xlsx", master());

        assertThat(employees.getStatus()).isEqualTo(InboundFileStatus.ARCHIVED);
        assertThat(employees.getArchivedPath()).startsWith("archive/employees/");
        assertThat(employees.getCompanyId()).isEqualTo(companyId);
        assertThat(employees.getDocumentsCount()).isEqualTo(4);  // 2 employees + 2 structures
        assertThat(jdbc.queryForMap("select name, gender, pan, work_state, tax_regime, pf_applicable, eps_member,"
                + " esi_applicable, source_file_id from employee where company_id = ? and employee_code = 'T001'", companyId))
                .containsEntry("name", "Meera Iyer").containsEntry("pan", "ABCPI1234M").containsEntry("work_state", "KA")
                .containsEntry("tax_regime", "NEW").containsEntry("pf_applicable", true)
                .containsEntry("esi_applicable", false).containsEntry("source_file_id", employees.getId());
        assertThat(jdbc.queryForList("""
                select l.component_code || '=' || coalesce(l.formula, cast(l.monthly_amount as varchar(30)))
                from salary_structure_line l join salary_structure s on s.id = l.salary_structure_id
                join employee e on e.id = s.employee_id where e.company_id = ? order by e.employee_code, l.id""",
                String.class, companyId)).containsExactly("BASIC=40% of CTC / 12", "HRA=50% of BASIC",
                "SPECIAL=CTC/12 - BASIC - HRA", "BASIC=11000.00", "HRA=40% of BASIC");
        // the default catalogue was created with the first file: 10 + 7 arrears + reimbursement + 2 deductions
        assertThat(jdbc.queryForObject("select count(*) from salary_component where company_id = ?", Integer.class,
                companyId)).isEqualTo(20);

        // a column Lekha does not know ('Batch') is ignored; here it makes the content unique to this test's company
        String inputs = "Employee code,Month,LOP days,Batch\r\nT001,2026-11,1.5," + pan + "\r\nT002,2026-11,2,"
                + pan + "\r\n";
        InboundFile attendance = drop(PayrollInputsDrop.CHANNEL, pan + "_attendance_2026-11.csv",
                inputs.getBytes(StandardCharsets.UTF_8));
        assertThat(attendance.getStatus()).isEqualTo(InboundFileStatus.ARCHIVED);
        assertThat(attendance.getDocumentsCount()).isEqualTo(2);

        byte[] workbook = xlsx(new java.util.LinkedHashMap<>(Map.of(
                "Attendance", List.of(List.of("Employee code", "Month", "LOP days"), List.of("T001", "2026-11", 0.5)),
                "Variable", List.of(List.of("Employee code", "Month", "Component", "Amount", "Tax treatment", "Note"),
                        List.of("T001", "2026-11", "BONUS", 60000, "SPREAD", "annual bonus")),
                "Declarations", List.of(List.of("Employee code", "Financial year", "Section", "Declared", "Proof", "Detail"),
                        List.of("T002", "2026-27", "80C", 150000, "", ""),
                        List.of("T002", "2026-27", "HRA_RENT", 180000, "", "AAAPZ9999Q")))));
        InboundFile second = drop(PayrollInputsDrop.CHANNEL, pan + "_payroll-inputs_2026-11.xlsx", workbook);
        assertThat(second.getStatus()).isEqualTo(InboundFileStatus.ARCHIVED);
        assertThat(second.getDocumentsCount()).isEqualTo(4);
        // T001's November attendance was replaced (1.5 -> 0.5), T002's kept
        assertThat(jdbc.queryForList("""
                select e.employee_code || ' ' || a.pay_month || ' ' || cast(a.lop_days as varchar(10))
                from payroll_attendance a join employee e on e.id = a.employee_id where a.company_id = ?
                order by e.employee_code""", String.class, companyId)).containsExactly("T001 2026-11 0.5", "T002 2026-11 2.0");
        assertThat(jdbc.queryForMap("select component_code, amount, tax_treatment, note from payroll_input where company_id = ?",
                companyId)).containsEntry("component_code", "BONUS").containsEntry("tax_treatment", "SPREAD")
                .containsEntry("note", "annual bonus");
        assertThat(jdbc.queryForObject("select amount from payroll_input where company_id = ?", BigDecimal.class,
                companyId)).isEqualByComparingTo("60000");
        assertThat(jdbc.queryForList("select section || '/' || coalesce(detail, '-') from investment_declaration"
                + " where company_id = ? order by section", String.class, companyId))
                .containsExactly("80C/-", "HRA_RENT/AAAPZ9999Q");
    }

    @Test
    void aFileWithBadRowsIsRejectedWithEveryProblemAndChangesNothing() throws IOException {
        drop(EmployeesDrop.CHANNEL, pan + "_employees.xlsx", master());
        Map<String, Object> before = counts();

        String bad = "Employee code,Month,Component,Amount,Tax treatment,Note\r\n"
                + "T001,2026-11,BONUS,25000,SPREAD," + pan + "\r\n"          // fine on its own, but the file is all or nothing
                + "T002,2026-10,INCENTIVE,5000,\r\n"             // T002 joined 2026-11-19
                + "T404,2026-11,BONUS,1000,\r\n";
        String name = pan + "_variable_2026-11.csv";
        InboundFile rejected = drop(PayrollInputsDrop.CHANNEL, name, bad.getBytes(StandardCharsets.UTF_8));

        assertThat(rejected.getStatus()).isEqualTo(InboundFileStatus.REJECTED);
        assertThat(Files.exists(settings.rejected(PayrollInputsDrop.CHANNEL).resolve(name))).isTrue();
        assertThat(errorReport(PayrollInputsDrop.CHANNEL, name)).contains("2 problem(s)",
                "  - " + name + ", sheet Variable, row 3, column Month: 2026-10 is before T002 joined on 2026-11-19",
                "  - " + name + ", sheet Variable, row 4, column Employee code: T404 is not an employee of the company");
        assertThat(counts()).isEqualTo(before);

        // a master whose second structure has a cycle: the good first employee is not stored either
        byte[] cyclic = xlsx(new java.util.LinkedHashMap<>(Map.of(
                "Employees", List.of(EMPLOYEE_HEADER, List.of("T003", "New Person", "M", "", "", "", "", "GJ", "", "2026-12-01",
                        "", "N")),
                "SalaryStructures", List.of(STRUCTURE_HEADER,
                        List.of("T003", "2026-12-01", "", "BASIC", 20000, ""),
                        List.of("T001", "2026-12-01", 1300000, "HRA", "", "50% of SPECIAL"),
                        List.of("T001", "2026-12-01", "", "SPECIAL", "", "CTC/12 - HRA")))));
        String master = pan + "_revision.xlsx";
        drop(EmployeesDrop.CHANNEL, master, cyclic);
        assertThat(errorReport(EmployeesDrop.CHANNEL, master)).contains("1 problem(s)", master + ", sheet SalaryStructures,"
                + " rows 3, 4 (structure of T001 from 2026-12-01): the formulas refer to each other in a cycle:"
                + " HRA -> SPECIAL -> HRA");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aFileNotNamedByACompanyPanIsRejected() throws IOException {
        String name = "employees-" + pan + ".csv";
        drop(EmployeesDrop.CHANNEL, name, ("Employee code\r\n" + pan + "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(errorReport(EmployeesDrop.CHANNEL, name)).contains(name + ": the file name must start with the"
                + " company's PAN and '_' so Lekha knows whose employees it is, e.g. AAACL1234C_employees.xlsx");

        String stranger = unusedPan();
        String other = stranger + "_attendance.csv";
        drop(PayrollInputsDrop.CHANNEL, other, ("Employee code,Month,LOP days\r\nT001,2026-11,1\r\n" + pan)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(errorReport(PayrollInputsDrop.CHANNEL, other)).contains(other + ": no company in Lekha has PAN "
                + stranger + " (the file name's prefix)");
    }

    private Map<String, Object> counts() {
        return jdbc.queryForMap("""
                select (select count(*) from employee where company_id = ?) as employees,
                       (select count(*) from salary_structure where company_id = ?) as structures,
                       (select count(*) from salary_structure_line l join salary_structure s on s.id = l.salary_structure_id
                          where s.company_id = ?) as lines,
                       (select count(*) from payroll_attendance where company_id = ?) as attendance,
                       (select count(*) from payroll_input where company_id = ?) as inputs,
                       (select count(*) from investment_declaration where company_id = ?) as declarations""",
                companyId, companyId, companyId, companyId, companyId, companyId);
    }

    private String errorReport(String channel, String name) throws IOException {
        return Files.readString(settings.rejected(channel).resolve(name + ".error.txt"));
    }

    private InboundFile drop(String channel, String name, byte[] bytes) throws IOException {
        Files.write(settings.inbox(channel).resolve(name), bytes);
        Files.createFile(settings.inbox(channel).resolve(name + ".done"));
        String sha = PayrollDropFiles.sha256(bytes);
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> inboundFiles.findByChannelAndSha256(channel, sha).orElse(null),
                        f -> f != null && f.getStatus() != InboundFileStatus.RECEIVED);
    }
}
