package dev.lekha.mappings.payroll.inputs;

import static dev.lekha.mappings.payroll.inputs.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lekha.domain.employee.EmployeeData;
import dev.lekha.domain.employee.KnownEmployee;
import dev.lekha.domain.employee.SalaryComponents;
import dev.lekha.domain.employee.SalaryStructureData;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmployeeMasterReaderTest {

    static final Object[] EMPLOYEE_HEADER = {"Employee Code", "Name", "Gender", "Date of birth", "PAN", "UAN",
            "ESI number", "Email", "Phone", "Designation", "Department", "Bank account", "IFSC", "Work state",
            "Residence city", "Tax regime", "Joining date", "Leaving date", "PF applicable", "PF on actual wages",
            "EPS member", "ESI applicable", "Disabled"};
    static final Object[] STRUCTURE_HEADER = {"employee_code", "EFFECTIVE FROM", "Annual CTC", "Component",
            "Monthly amount", "Formula"};

    @Test
    void aValidWorkbookGivesEveryFieldAndStructure() {
        byte[] xlsx = new Workbooks()
                .sheet("Read me", row("This sheet is ignored"))
                .sheet("Employees", EMPLOYEE_HEADER,
                        row("E001", "Asha Rao", "female", LocalDate.of(1990, 5, 17), "abcpr1234k", "100123456789",
                                null, "asha@example.in", "+91 98450 12345", "Accountant", "Finance", "50100012345678",
                                "hdfc0001234", "TS", "Hyderabad", null, LocalDate.of(2024, 4, 1), null, "Y", "N", "Y",
                                "N", "N"),
                        row("E002", "Ravi Kumar", "M", "12-08-1998", null, null, 1234567890, null, "9876543210", null,
                                null, null, null, "Tamil Nadu", "Chennai", "old", "01/11/2026", "2026-12-15", "yes",
                                "", "", "TRUE", "0"))
                .sheet("Salary Structures", STRUCTURE_HEADER,
                        row("E001", LocalDate.of(2024, 4, 1), "9,00,000", "BASIC", null, "40% of CTC / 12"),
                        row("E001", LocalDate.of(2024, 4, 1), null, "hra", null, "50% of BASIC"),
                        row("E001", LocalDate.of(2024, 4, 1), null, "SPECIAL", null, "CTC/12 - BASIC - HRA"),
                        row("E002", LocalDate.of(2026, 11, 1), null, "BASIC", 12000, null),
                        row("E002", LocalDate.of(2026, 11, 1), null, "HRA", "4,800.50", null))
                .bytes();

        EmployeeMasterFile file = EmployeeMasterReader.read("AAKCE1111A_employees.xlsx", xlsx, Map.of(),
                SalaryComponents.DEFAULTS);

        assertThat(file.employees()).containsExactly(
                new EmployeeData("E001", "Asha Rao", "F", LocalDate.of(1990, 5, 17), null, "ABCPR1234K", "100123456789",
                        null, "asha@example.in", "+919845012345", "Accountant", "Finance", "50100012345678",
                        "HDFC0001234", "TG", "Hyderabad", "NEW", LocalDate.of(2024, 4, 1), null, true, false, true,
                        false, false),
                new EmployeeData("E002", "Ravi Kumar", "M", LocalDate.of(1998, 8, 12), null, null, null, "1234567890",
                        null, "+919876543210", null, null, null, null, "TN", "Chennai", "OLD", LocalDate.of(2026, 11, 1),
                        LocalDate.of(2026, 12, 15), true, false, true, true, false));
        assertThat(file.structures()).containsExactly(
                new SalaryStructureData("E001", LocalDate.of(2024, 4, 1), new BigDecimal("900000.00"), List.of(
                        new SalaryStructureData.Line("BASIC", null, "40% of CTC / 12"),
                        new SalaryStructureData.Line("HRA", null, "50% of BASIC"),
                        new SalaryStructureData.Line("SPECIAL", null, "CTC/12 - BASIC - HRA"))),
                new SalaryStructureData("E002", LocalDate.of(2026, 11, 1), null, List.of(
                        new SalaryStructureData.Line("BASIC", new BigDecimal("12000.00"), null),
                        new SalaryStructureData.Line("HRA", new BigDecimal("4800.50"), null))));
    }

    @Test
    void everyBadRowAndFieldIsReportedWithFileSheetRowAndColumn() {
        byte[] xlsx = new Workbooks()
                .sheet("Employees", EMPLOYEE_HEADER,
                        row("E001", "Asha Rao", "F", null, "ABCCR1234K", "10012345678", null, null, null, null, null,
                                "50100012345678", "HDFC1234567", "XX", null, "BOTH", "2024-04-01", "2024-03-31", "Y",
                                null, null, null, null),
                        row("E001", "Asha Again", "Q", "2020-01-01", "ABC", null, "12345", "not-an-email", "12345",
                                null, null, "5010", null, "MH", null, null, "2024-04-31", null, "N", "Y", "maybe",
                                null, null))
                .sheet("SalaryStructures", STRUCTURE_HEADER,
                        row("E009", "2026-04-01", null, "BASIC", 10000, null),
                        row("E001", "2026-04-01", 600000, "BASIC", null, "50% of SPECIAL"),
                        row("E001", "2026-04-01", 700000, "SPECIAL", null, "CTC/12 - BASIC"),
                        row("E001", "2026-05-01", null, "BONUS", 5000, null),
                        row("E001", "2026-05-01", null, "HRA", 5000, "40% of BASIC"))
                .bytes();

        InvalidPayrollFileException e = catchThrowableOfType(InvalidPayrollFileException.class,
                () -> EmployeeMasterReader.read("f.xlsx", xlsx, Map.of(), SalaryComponents.DEFAULTS));

        String r2 = "f.xlsx, sheet Employees, row 2, column ";
        String r3 = "f.xlsx, sheet Employees, row 3, column ";
        String s = "f.xlsx, sheet SalaryStructures, row ";
        assertThat(e.problems()).containsExactly(
                r2 + "PAN: PAN ABCCRXXXXK has 'C' as its 4th letter; an employee's PAN is an individual's, with P there",
                r2 + "UAN: '10012345678' is wrong: a UAN is 12 digits",
                r2 + "IFSC: 'HDFC1234567' is not an IFSC (four letters, a zero, six letters or digits: AAAA0XXXXXX)",
                r2 + "Work state: 'XX' is not a state: use a code of " + WorkStates.CODES.keySet()
                        + " (or the state's name)",
                r2 + "Tax regime: 'BOTH' is not NEW or OLD (empty means NEW, the default regime of s.115BAC(1A))",
                r2 + "Leaving date: leaving date 2024-03-31 is before the joining date 2024-04-01",
                r3 + "Employee code: E001 is already on row 2; one row per employee",
                r3 + "Gender: 'Q' is not M, F or T (Male, Female, Transgender)",
                r3 + "PAN: 'ABC' is not a PAN (five letters, four digits, a letter: AAAAA9999A)",
                r3 + "ESI number: '12345' is wrong: an ESI (IP) number is 10 digits",
                r3 + "Email: 'not-an-email' is not an e-mail address",
                r3 + "Phone: '12345' is not an Indian mobile number (ten digits starting 6 to 9, optionally +91)",
                r3 + "Bank account: '5010' is not a bank account number (9 to 18 digits; format the column as text"
                        + " so Excel keeps leading zeros)",
                r3 + "IFSC: a bank account needs both the account number and the IFSC (salary is paid by bank"
                        + " transfer); give both or neither",
                r3 + "Joining date: '2024-04-31' is not a date (write 2026-04-01, 01-04-2026, 01/04/2026 or 01-Apr-2026)",
                r3 + "EPS member: 'maybe' is not Y or N",
                r3 + "PF on actual wages: is Y but PF applicable is N",
                s + "2, column Employee code: E009 is not an employee of the company: add the employee to the Employees"
                        + " sheet (of this file or an earlier one) first",
                s + "4, column Annual CTC: annual CTC 700000.00 differs from 600000.00 on row 3 of the same structure"
                        + " (E001 from 2026-04-01); give it once or the same on every row",
                s + "5, column Component: BONUS is variable pay: give it month by month in the Variable sheet of a"
                        + " payroll-inputs file, not in a structure",
                s + "6, column Formula: give the monthly amount or the formula, not both");
    }

    @Test
    void aStructureIsEvaluatedAndItsProblemsNameItsRows() {
        byte[] xlsx = new Workbooks()
                .sheet("SalaryStructures", STRUCTURE_HEADER,
                        row("E001", "2026-04-01", 600000, "BASIC", null, "50% of SPECIAL"),
                        row("E001", "2026-04-01", null, "SPECIAL", null, "CTC/12 - BASIC"),
                        row("E001", "2026-04-01", null, "HRA", null, "40% of BASC"))
                .bytes();
        Map<String, KnownEmployee> known = Map.of("E001", new KnownEmployee(7, "E001", LocalDate.of(2024, 4, 1), null));

        InvalidPayrollFileException e = catchThrowableOfType(InvalidPayrollFileException.class,
                () -> EmployeeMasterReader.read("AAKCE1111A_structures.xlsx", xlsx, known, SalaryComponents.DEFAULTS));

        assertThat(e.problems()).containsExactly("AAKCE1111A_structures.xlsx, sheet SalaryStructures, rows 2, 3, 4"
                + " (structure of E001 from 2026-04-01): HRA refers to BASC ('40% of BASC'), which is not a component of"
                + " this structure");
    }

    @Test
    void aStructureBeforeJoiningIsARowError() {
        byte[] csv = ("\uFEFFEmployee code,Effective from,Component,Monthly amount\r\n"
                + "E001,2024-03-01,BASIC,20000\r\n").getBytes(StandardCharsets.UTF_8);
        Map<String, KnownEmployee> known = Map.of("E001", new KnownEmployee(7, "E001", LocalDate.of(2024, 4, 1), null));

        InvalidPayrollFileException e = catchThrowableOfType(InvalidPayrollFileException.class,
                () -> EmployeeMasterReader.read("AAKCE1111A_salary-structures.csv", csv, known, SalaryComponents.DEFAULTS));

        assertThat(e.problems()).containsExactly("AAKCE1111A_salary-structures.csv, sheet SalaryStructures, row 2,"
                + " column Effective from: effective from 2024-03-01 is before E001 joined on 2024-04-01");
    }

    @Test
    void aCsvOfAKnownEmployeesStructureIsRead() {
        byte[] csv = ("EMPLOYEE CODE;Effective From;Annual CTC;Component;Monthly Amount;Formula\n"
                + "E001;01-Apr-2026;1000000;BASIC;;40% of CTC / 12\n"
                + "E001;01-Apr-2026;;SPECIAL;;CTC/12 - BASIC\n").getBytes(StandardCharsets.UTF_8);
        Map<String, KnownEmployee> known = Map.of("E001", new KnownEmployee(7, "E001", LocalDate.of(2024, 4, 1), null));

        EmployeeMasterFile file = EmployeeMasterReader.read("AAKCE1111A_salarystructures_2026.csv", csv, known,
                SalaryComponents.DEFAULTS);

        assertThat(file.employees()).isEmpty();
        assertThat(file.structures()).containsExactly(new SalaryStructureData("E001", LocalDate.of(2026, 4, 1),
                new BigDecimal("1000000.00"), List.of(new SalaryStructureData.Line("BASIC", null, "40% of CTC / 12"),
                new SalaryStructureData.Line("SPECIAL", null, "CTC/12 - BASIC"))));
    }

    @Test
    void aMissingRequiredColumnAndAnUnknownSheetAreNamed() {
        byte[] xlsx = new Workbooks().sheet("Employees", row("Employee code", "Name", "Gender", "Joining date"),
                row("E001", "Asha", "F", "2026-01-01")).bytes();
        assertThat(catchThrowableOfType(InvalidPayrollFileException.class, () -> EmployeeMasterReader.read("f.xlsx",
                xlsx, Map.of(), SalaryComponents.DEFAULTS)).problems()).containsExactly("f.xlsx, sheet Employees: no"
                + " column 'Work state' in the header row (found ['Employee code', 'Name', 'Gender', 'Joining date'])");

        byte[] other = new Workbooks().sheet("Staff", row("Employee code")).bytes();
        assertThat(catchThrowableOfType(InvalidPayrollFileException.class, () -> EmployeeMasterReader.read("g.xlsx",
                other, Map.of(), SalaryComponents.DEFAULTS)).problems()).containsExactly("g.xlsx: holds none of the"
                + " sheets [Employees, SalaryStructures]; name the workbook's sheets so");

        byte[] csv = "Employee code\nE1\n".getBytes(StandardCharsets.UTF_8);
        assertThat(catchThrowableOfType(InvalidPayrollFileException.class, () -> EmployeeMasterReader.read(
                "AAKCE1111A_staff.csv", csv, Map.of(), SalaryComponents.DEFAULTS)).problems()).containsExactly(
                "AAKCE1111A_staff.csv: a CSV file holds one sheet and is named by it: <companyPAN>_<sheet>[_anything].csv"
                        + " with <sheet> one of [Employees, SalaryStructures]");
    }
}
