package dev.lekha.mappings.payroll.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lekha.domain.employee.AttendanceData;
import dev.lekha.domain.employee.DeclarationData;
import dev.lekha.domain.employee.DemoEmployees;
import dev.lekha.domain.employee.EmployeeData;
import dev.lekha.domain.employee.KnownEmployee;
import dev.lekha.domain.employee.PayrollInputData;
import dev.lekha.domain.employee.SalaryComponents;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every file of samples/employees and samples/payroll-inputs read against the demo company as seeded in December
 * 2026 (DemoEmployees): the good ones give exactly these rows, XLSX and CSV alike, and the broken one its problems.
 */
class PayrollSamplesTest {

    static final Path SAMPLES = Path.of("..", "samples");
    static final YearMonth MONTH = YearMonth.of(2026, 12);

    static Map<String, KnownEmployee> demoEmployees() {
        Map<String, KnownEmployee> known = new LinkedHashMap<>();
        long id = 1;
        for (EmployeeData e : DemoEmployees.data(MONTH).employees()) {
            known.put(e.employeeCode(), new KnownEmployee(id++, e.employeeCode(), e.dateOfJoining(), e.dateOfLeaving()));
        }
        return known;
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(SAMPLES.resolve(name));
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theEmployeesSamplesAddTwoEmployeesWithTheirStructures() throws IOException {
        EmployeeMasterFile csv = EmployeeMasterReader.read("AAACL1234C_employees.csv",
                sample("employees/AAACL1234C_employees.csv"), demoEmployees(), SalaryComponents.DEFAULTS);
        EmployeeMasterFile structures = EmployeeMasterReader.read("AAACL1234C_salarystructures.csv",
                sample("employees/AAACL1234C_salarystructures.csv"), Map.of(
                        "LD031", new KnownEmployee(31, "LD031", LocalDate.of(2026, 12, 14), null),
                        "LD032", new KnownEmployee(32, "LD032", LocalDate.of(2026, 12, 1), null)),
                SalaryComponents.DEFAULTS);
        EmployeeMasterFile xlsx = EmployeeMasterReader.read("AAACL1234C_employees.xlsx",
                sample("employees/AAACL1234C_employees.xlsx"), demoEmployees(), SalaryComponents.DEFAULTS);

        assertThat(csv.employees()).hasSize(2);
        assertThat(csv.employees().get(0)).isEqualTo(new EmployeeData("LD031", "Ananya Kulkarni", "F",
                LocalDate.of(1997, 3, 21), "Prakash Kulkarni", "ABQPK5031M", "100952000031", null, "ld031@demo.lekha.dev",
                "+919876543031", "Executive", "Finance", "50100077000031", "HDFC0000123", "MH", "Pune", "NEW",
                LocalDate.of(2026, 12, 14), null, true, false, true, false, false));
        assertThat(csv.employees().get(1).esiApplicable()).isTrue();
        assertThat(structures.structures()).hasSize(2);
        assertThat(xlsx.employees()).isEqualTo(csv.employees());
        assertThat(xlsx.structures()).isEqualTo(structures.structures());
    }

    @Test
    void thePayrollInputsSamplesReadAlikeAsCsvAndXlsx() throws IOException {
        Map<String, KnownEmployee> known = demoEmployees();
        PayrollInputsFile attendance = PayrollInputsReader.read("AAACL1234C_attendance_2026-12.csv",
                sample("payroll-inputs/AAACL1234C_attendance_2026-12.csv"), known, SalaryComponents.DEFAULTS);
        PayrollInputsFile variable = PayrollInputsReader.read("AAACL1234C_variable_2026-12.csv",
                sample("payroll-inputs/AAACL1234C_variable_2026-12.csv"), known, SalaryComponents.DEFAULTS);
        PayrollInputsFile declarations = PayrollInputsReader.read("AAACL1234C_declarations_2026-27.csv",
                sample("payroll-inputs/AAACL1234C_declarations_2026-27.csv"), known, SalaryComponents.DEFAULTS);
        PayrollInputsFile xlsx = PayrollInputsReader.read("AAACL1234C_payroll-inputs_2026-12.xlsx",
                sample("payroll-inputs/AAACL1234C_payroll-inputs_2026-12.xlsx"), known, SalaryComponents.DEFAULTS);

        assertThat(attendance.attendance()).hasSize(5).contains(new AttendanceData("LD002", "2026-12", d("1.5")));
        assertThat(variable.inputs()).containsExactly(
                new PayrollInputData("LD012", "2026-12", "BONUS", d("40000.00"), "SPREAD", "joining bonus second instalment"),
                new PayrollInputData("LD018", "2026-12", "INCENTIVE", d("6500.00"), "IN_MONTH", "quarterly sales incentive"),
                new PayrollInputData("LD024", "2026-12", "OVERTIME", d("1850.00"), "IN_MONTH", "12 hours"),
                new PayrollInputData("LD021", "2026-12", "REIMBURSEMENT", d("1275.50"), null, "mobile bills"),
                new PayrollInputData("LD027", "2026-12", "OTHER_DEDUCTION", d("500.00"), null, "canteen"));
        assertThat(declarations.declarations()).hasSize(5)
                .contains(new DeclarationData("LD022", "2026-27", "HRA_RENT", d("300000.00"), null, "AAKPR7788N"));
        assertThat(xlsx.attendance()).isEqualTo(attendance.attendance());
        assertThat(xlsx.inputs()).isEqualTo(variable.inputs());
        assertThat(xlsx.declarations()).isEqualTo(declarations.declarations());
    }

    @Test
    void theBrokenSampleNamesEachProblem() throws IOException {
        String name = "AAACL1234C_variable_2026-12_broken.csv";
        InvalidPayrollFileException e = catchThrowableOfType(InvalidPayrollFileException.class,
                () -> PayrollInputsReader.read(name, sample("payroll-inputs/" + name), demoEmployees(),
                        SalaryComponents.DEFAULTS));
        String at = name + ", sheet Variable, row ";
        assertThat(e.problems()).containsExactly(
                at + "2, column Tax treatment: 'LATER' is not SPREAD (tax spread over the remaining months of the year)"
                        + " or IN_MONTH (tax on it deducted in the month paid; the default)",
                at + "3, column Employee code: LD099 is not an employee of the company: drop the employees file with"
                        + " LD099 first",
                at + "4, column Component: BASIC is paid every month by the salary structure; for arrears use"
                        + " ARREAR_BASIC, for a revision drop a new structure");
    }

    @Test
    void theCommittedWorkbooksAreWhatTheGeneratorMakesOfTheCsvs() throws IOException {
        EmployeeMasterFile committed = EmployeeMasterReader.read("AAACL1234C_employees.xlsx",
                sample("employees/AAACL1234C_employees.xlsx"), demoEmployees(), SalaryComponents.DEFAULTS);
        EmployeeMasterFile fresh = EmployeeMasterReader.read("AAACL1234C_employees.xlsx",
                PayrollSampleWorkbooks.employees(SAMPLES), demoEmployees(), SalaryComponents.DEFAULTS);
        assertThat(committed).isEqualTo(fresh);
        PayrollInputsFile committedInputs = PayrollInputsReader.read("x.xlsx",
                sample("payroll-inputs/AAACL1234C_payroll-inputs_2026-12.xlsx"), demoEmployees(), SalaryComponents.DEFAULTS);
        PayrollInputsFile freshInputs = PayrollInputsReader.read("x.xlsx", PayrollSampleWorkbooks.inputs(SAMPLES),
                demoEmployees(), SalaryComponents.DEFAULTS);
        assertThat(committedInputs).isEqualTo(freshInputs);
    }
}
