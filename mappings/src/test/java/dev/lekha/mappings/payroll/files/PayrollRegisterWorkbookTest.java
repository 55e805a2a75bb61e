package dev.lekha.mappings.payroll.files;

import static dev.lekha.mappings.payroll.files.TestPayslips.employee;
import static dev.lekha.mappings.payroll.files.TestPayslips.rs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lekha.mappings.payroll.Payslip;
import dev.lekha.mappings.payroll.PayslipAmount;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PayrollRegisterWorkbookTest {

    /** Basic 15,000 + HRA 6,000 + special 4,000 = gross 25,000; EPF 1,800, PT 200, canteen 500 = 2,500; net 22,500. */
    private static Payslip asha() {
        TestPayslips.Builder b = new TestPayslips.Builder(employee("E001", "Asha Rao", "F", "100900000001", null, "MH"))
                .pf("15000", "1800", "1250", "550");
        b.earnings = List.of(new PayslipAmount("BASIC", "Basic", rs("15000")),
                new PayslipAmount("HRA", "House rent allowance", rs("6000")),
                new PayslipAmount("SPECIAL", "Special allowance", rs("4000")));
        b.deductions = List.of(new PayslipAmount("CANTEEN", "Canteen", rs("500")));
        b.gross = rs("25000");
        b.pt = rs("200");
        b.edli = rs("75");
        b.pfAdmin = rs("75");
        b.totalDeductions = rs("2500");
        b.net = rs("22500");
        return b.build();
    }

    /**
     * Basic 10,000 + arrears of basic 1,000 (not a register column: lands in "Other earnings") = gross 11,000;
     * 2 LOP days; EPF 1,320, ESI 0.75% of 11,000 = 82.50 rounded up to 83 (the payroll's figure), PT 175,
     * a loan recovery 1,000 (other deductions): 2,578; net 8,422.
     */
    private static Payslip ravi() {
        TestPayslips.Builder b = new TestPayslips.Builder(employee("E002", "Ravi Kumar", "M", "100900000002",
                "3100123456", "MH")).pf("11000", "1320", "916.30", "403.70");
        b.paidDays = rs("29");
        b.lopDays = rs("2");
        b.earnings = List.of(new PayslipAmount("BASIC", "Basic", rs("10000")),
                new PayslipAmount("ARREAR_BASIC", "Arrears of basic", rs("1000")));
        b.deductions = List.of(new PayslipAmount("LOAN", "Loan recovery", rs("1000")));
        b.esiWages = rs("11000");
        b.esiEmployee = rs("83");
        b.esiEmployer = rs("357.50");
        b.pt = rs("175");
        b.totalDeductions = rs("2578");
        b.net = rs("8422");
        return b.build();
    }

    @Test
    void writesOneRowPerEmployeeWithComponentColumnsAndTotals() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> headings;
        try (PayrollRegisterWorkbook register = PayrollRegisterWorkbook.open(out, TestPayslips.header(
                TestPayslips.MONTH))) {
            register.add(asha());
            register.add(ravi());
            headings = register.headings();
        }
        assertThat(headings).containsExactly("Employee code", "Name", "Department", "Designation", "Work state", "UAN",
                "ESI number", "Days in month", "Paid days", "LOP days", "Basic", "House rent allowance",
                "Special allowance", "Other earnings", "Gross earnings", "EPF (employee)", "VPF", "ESI (employee)",
                "Professional tax", "LWF (employee)", "TDS", "Canteen", "Other deductions", "Total deductions",
                "Net pay", "EPS (employer)", "EPF (employer)", "EDLI (employer)", "PF admin (employer)",
                "ESI (employer)", "LWF (employer)");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheet(PayrollRegisterWorkbook.SHEET);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Lekha Test Industries Private Limited");
            assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("May 2026");
            assertThat(texts(sheet.getRow(PayrollRegisterWorkbook.COLUMN_HEADER_ROW))).isEqualTo(headings);
            Row a = sheet.getRow(PayrollRegisterWorkbook.COLUMN_HEADER_ROW + 1);
            assertThat(a.getCell(0).getStringCellValue()).isEqualTo("E001");
            assertThat(numbers(a, 7)).containsExactly(31.0, 31.0, 0.0, 15000.0, 6000.0, 4000.0, 0.0, 25000.0, 1800.0,
                    0.0, 0.0, 200.0, 0.0, 0.0, 500.0, 0.0, 2500.0, 22500.0, 1250.0, 550.0, 75.0, 75.0, 0.0, 0.0);
            Row r = sheet.getRow(PayrollRegisterWorkbook.COLUMN_HEADER_ROW + 2);
            assertThat(r.getCell(6).getStringCellValue()).isEqualTo("3100123456");
            assertThat(numbers(r, 7)).containsExactly(31.0, 29.0, 2.0, 10000.0, 0.0, 0.0, 1000.0, 11000.0, 1320.0,
                    0.0, 83.0, 175.0, 0.0, 0.0, 0.0, 1000.0, 2578.0, 8422.0, 916.3, 403.7, 0.0, 0.0, 357.5, 0.0);
            Row t = sheet.getRow(PayrollRegisterWorkbook.COLUMN_HEADER_ROW + 3);
            assertThat(t.getCell(0).getStringCellValue()).isEqualTo("Total (2 employees)");
            assertThat(numbers(t, 10)).containsExactly(25000.0, 6000.0, 4000.0, 1000.0, 36000.0, 3120.0, 0.0, 83.0,
                    375.0, 0.0, 0.0, 500.0, 1000.0, 5078.0, 30922.0, 2166.3, 953.7, 75.0, 75.0, 357.5, 0.0);
            assertThat(t.getCell(24).getCellStyle().getDataFormatString()).isEqualTo("[$\u20B9-4009]#,##0.00");
            assertThat(a.getCell(24).getCellStyle().getDataFormatString()).isEqualTo("[$\u20B9-4009]#,##0.00");
        }
    }

    @Test
    void refusesAPayslipOfAnotherMonth() {
        TestPayslips.Builder b = new TestPayslips.Builder(employee("E003", "X", "M", null, null, "MH"));
        b.month = YearMonth.of(2026, 4);
        try (PayrollRegisterWorkbook register = PayrollRegisterWorkbook.open(new ByteArrayOutputStream(),
                TestPayslips.header(TestPayslips.MONTH))) {
            assertThatThrownBy(() -> register.add(b.build()))
                    .hasMessage("payslip of employee E003 is for 2026-04, the register for 2026-05");
        }
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            out.add(row.getCell(i).getStringCellValue());
        }
        return out;
    }

    private static List<Double> numbers(Row row, int from) {
        List<Double> out = new ArrayList<>();
        for (int i = from; i < row.getLastCellNum(); i++) {
            out.add(row.getCell(i).getNumericCellValue());
        }
        return out;
    }
}
