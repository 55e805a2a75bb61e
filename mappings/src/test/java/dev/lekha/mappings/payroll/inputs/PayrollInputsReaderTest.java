package dev.lekha.mappings.payroll.inputs;

import static dev.lekha.mappings.payroll.inputs.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.lekha.domain.employee.AttendanceData;
import dev.lekha.domain.employee.DeclarationData;
import dev.lekha.domain.employee.KnownEmployee;
import dev.lekha.domain.employee.PayrollInputData;
import dev.lekha.domain.employee.SalaryComponents;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayrollInputsReaderTest {

    /** E001 since 2024; E031 joined 19 Nov 2026; E040 left 10 Nov 2026. */
    static final Map<String, KnownEmployee> KNOWN = Map.of(
            "E001", new KnownEmployee(1, "E001", LocalDate.of(2024, 4, 1), null),
            "E031", new KnownEmployee(2, "E031", LocalDate.of(2026, 11, 19), null),
            "E040", new KnownEmployee(3, "E040", LocalDate.of(2022, 1, 3), LocalDate.of(2026, 11, 10)));

    static final Object[] ATTENDANCE = {"Employee code", "Month", "LOP days"};
    static final Object[] VARIABLE = {"Employee code", "Month", "Component", "Amount", "Tax treatment", "Note"};
    static final Object[] DECLARATIONS = {"Employee code", "Financial year", "Section", "Declared", "Proof", "Detail"};

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void aValidWorkbookWithAllThreeSheets() {
        byte[] xlsx = new Workbooks()
                .sheet("Attendance", ATTENDANCE,
                        row("E001", "2026-11", 2.5),
                        row("E031", LocalDate.of(2026, 11, 1), 12),   // joined on the 19th: 12 days employed
                        row("E040", "2026-11", "0"))
                .sheet("Variable", VARIABLE,
                        row("E001", "2026-11", "bonus", "50,000", "spread", "Diwali bonus"),
                        row("E001", "2026-11", "ARREAR_BASIC", 1200, null, null),
                        row("E001", "2026-11", "REIMBURSEMENT", "₹ 2,350.75", null, "fuel bills"),
                        row("E040", "2026-11", "LOAN_RECOVERY", 10000, null, "final settlement"))
                .sheet("Declarations", DECLARATIONS,
                        row("E001", "2026-27", "80C", 150000, 120000, null),
                        row("E001", "FY 2026-2027", "80CCD(1B)", 50000, null, null),
                        row("E001", "2026-27", "HRA_RENT", 240000, null, "aaapl1234c"),
                        row("E031", "2026-27", "hra rent", 96000, null, null))
                .bytes();

        PayrollInputsFile file = PayrollInputsReader.read("AAKCE1111A_inputs.xlsx", xlsx, KNOWN, SalaryComponents.DEFAULTS);

        assertThat(file.attendance()).containsExactly(new AttendanceData("E001", "2026-11", d("2.5")),
                new AttendanceData("E031", "2026-11", d("12.0")), new AttendanceData("E040", "2026-11", d("0.0")));
        assertThat(file.inputs()).containsExactly(
                new PayrollInputData("E001", "2026-11", "BONUS", d("50000.00"), "SPREAD", "Diwali bonus"),
                new PayrollInputData("E001", "2026-11", "ARREAR_BASIC", d("1200.00"), "IN_MONTH", null),
                new PayrollInputData("E001", "2026-11", "REIMBURSEMENT", d("2350.75"), null, "fuel bills"),
                new PayrollInputData("E040", "2026-11", "LOAN_RECOVERY", d("10000.00"), null, "final settlement"));
        assertThat(file.declarations()).containsExactly(
                new DeclarationData("E001", "2026-27", "80C", d("150000.00"), d("120000.00"), null),
                new DeclarationData("E001", "2026-27", "80CCD1B", d("50000.00"), null, null),
                new DeclarationData("E001", "2026-27", "HRA_RENT", d("240000.00"), null, "AAAPL1234C"),
                new DeclarationData("E031", "2026-27", "HRA_RENT", d("96000.00"), null, null));
        assertThat(file.size()).isEqualTo(11);
    }

    @Test
    void everyBadRowIsReported() {
        byte[] xlsx = new Workbooks()
                .sheet("Attendance", ATTENDANCE,
                        row("E001", "2026-02", 29),       // February 2026 has 28 days
                        row("E001", "2026-02", 0.3),
                        row("E031", "2026-11", 13),       // 12 days employed (19-30 Nov)
                        row("E031", "2026-10", 0),        // before joining
                        row("E040", "2026-12", 0),        // after leaving
                        row("E999", "2026-11", 1),
                        row("E001", "2026-13", 1))
                .sheet("Variable", VARIABLE,
                        row("E001", "2026-11", "BASIC", 1000, null, null),
                        row("E001", "2026-11", "REIMBURSEMENT", 500, "IN_MONTH", null),
                        row("E001", "2026-11", "BONUS", -5, "LATER", null),
                        row("E001", "2026-11", "PERKS", 5, null, null),
                        row("E001", "2026-11", "INCENTIVE", 5, null, null),
                        row("E001", "2026-11", "INCENTIVE", 6, null, null))
                .sheet("Declarations", DECLARATIONS,
                        row("E001", "2026-27", "HRA_RENT", 120000, null, null),
                        row("E001", "2025-27", "80C", 1000, null, null),
                        row("E001", "2026-27", "80G", 1000, null, null),
                        row("E040", "2027-28", "80C", 1000, null, null),
                        row("E001", "2026-27", "HRA", 100000, 130000, "Mr Landlord"))
                .bytes();

        InvalidPayrollFileException e = catchThrowableOfType(InvalidPayrollFileException.class,
                () -> PayrollInputsReader.read("in.xlsx", xlsx, KNOWN, SalaryComponents.DEFAULTS));

        String a = "in.xlsx, sheet Attendance, row ";
        String v = "in.xlsx, sheet Variable, row ";
        String dd = "in.xlsx, sheet Declarations, row ";
        assertThat(e.problems()).containsExactly(
                a + "2, column LOP days: LOP 29 days is more than the 28 days of 2026-02",
                a + "3, column LOP days: '0.3' is not a whole or half day (e.g. 2 or 2.5)",
                a + "3, column Month: E001 already has 2026-02 on row 2; one row per employee and month",
                a + "4, column LOP days: LOP 13 days is more than the 12 days E031 was employed in 2026-11",
                a + "5, column Month: 2026-10 is before E031 joined on 2026-11-19",
                a + "6, column Month: 2026-12 is after E040 left on 2026-11-10",
                a + "7, column Employee code: E999 is not an employee of the company: drop the employees file with E999"
                        + " first",
                a + "8, column Month: '2026-13' is not a month; write it as YYYY-MM, e.g. 2026-11",
                v + "2, column Component: BASIC is paid every month by the salary structure; for arrears use"
                        + " ARREAR_BASIC, for a revision drop a new structure",
                v + "3, column Tax treatment: must be empty: REIMBURSEMENT is not taxable variable pay (reimbursement)",
                v + "4, column Amount: '-5' is negative; amounts are never negative (a recovery is a deduction component)",
                v + "4, column Tax treatment: 'LATER' is not SPREAD (tax spread over the remaining months of the year) or"
                        + " IN_MONTH (tax on it deducted in the month paid; the default)",
                v + "5, column Component: 'PERKS' is not a salary component of the company (one of [OVERTIME, BONUS,"
                        + " INCENTIVE, ARREAR_BASIC, ARREAR_DA, ARREAR_RETAINING, ARREAR_HRA, ARREAR_CONVEYANCE,"
                        + " ARREAR_SPECIAL, ARREAR_LTA, REIMBURSEMENT, LOAN_RECOVERY, OTHER_DEDUCTION])",
                v + "7, column Component: E001 already has INCENTIVE for 2026-11 on row 6; add the amounts into one row",
                dd + "2, column Detail: the landlord's PAN is required: annual rent 120000.00 is above Rs 1,00,000"
                        + " (CBDT Circular 8/2013)",
                dd + "3, column Financial year: '2025-27' is not a financial year; write it as 2026-27 (April 2026 to"
                        + " March 2027)",
                dd + "4, column Section: '80G' is not a section; one of [80C, 80CCD1B, 80CCD2, 80D, 80D_PARENTS, 24B,"
                        + " HRA_RENT, LTA, PREV_EMPLOYER_SALARY, PREV_EMPLOYER_TDS, OTHER_INCOME]",
                dd + "5, column Financial year: E040 was not employed in 2027-28 (joined 2022-01-03, left 2026-11-10)",
                dd + "6, column Detail: 'Mr Landlord' is not a PAN (five letters, four digits, a letter: AAAAA9999A)",
                dd + "6, column Section: E001 already has HRA_RENT for 2026-27 on row 2; one row per employee, year and"
                        + " section");
    }

    @Test
    void aCsvIsTheSheetItsNameSays() {
        byte[] csv = "employee code,month,lop days\r\nE001,2026-11,1\r\n".getBytes(StandardCharsets.UTF_8);

        PayrollInputsFile file = PayrollInputsReader.read("AAKCE1111A_attendance_2026-11.csv", csv, KNOWN,
                SalaryComponents.DEFAULTS);

        assertThat(file.attendance()).containsExactly(new AttendanceData("E001", "2026-11", d("1.0")));
        assertThat(file.inputs()).isEmpty();
        assertThat(file.declarations()).isEmpty();
    }
}
