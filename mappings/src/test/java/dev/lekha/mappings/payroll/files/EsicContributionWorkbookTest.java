package dev.lekha.mappings.payroll.files;

import static dev.lekha.mappings.payroll.files.TestPayslips.employee;
import static dev.lekha.mappings.payroll.files.TestPayslips.rs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.mappings.payroll.PayslipEmployee;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Headings: the ESIC template's header row (fixture payroll/esic/esic_monthly_contribution_template_header.csv).
 * Reason codes: ESIC's MC upload instructions (0 without reason, 1 on leave, 2 left service with last working day).
 */
class EsicContributionWorkbookTest {

    private static TestPayslips.Builder esi(String code, String name, String ip, String days, String wages) {
        TestPayslips.Builder b = new TestPayslips.Builder(employee(code, name, "M", null, ip, "MH"));
        b.paidDays = rs(days);
        b.esiWages = rs(wages);
        return b;
    }

    @Test
    void writesCoveredEmployeesWithDaysWagesAndReasons() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EsicContributionWorkbook esic = EsicContributionWorkbook.open(out, TestPayslips.header(TestPayslips.MONTH));
        // 29.5 paid days are written 30: the portal wants fractions rounded up
        assertThat(esic.add(esi("E1", "Ravi Kumar", "3100123456", "29.5", "11000").build())).isTrue();
        // no IP number, and an IP above the wage ceiling (no ESI wages, days worked): not in the upload
        assertThat(esic.add(esi("E2", "No Ip", null, "31", "15000").build())).isFalse();
        assertThat(esic.add(esi("E3", "Above Ceiling", "3100123457", "31", "0").build())).isFalse();
        // a whole month of loss of pay: zero days, reason 1 (on leave), no last working day
        TestPayslips.Builder leave = esi("E4", "Meena Devi", "3100123458", "0", "0");
        leave.lopDays = rs("31");
        assertThat(esic.add(leave.build())).isTrue();
        // left on 15 May: 15 days, reason 2 (left service) with the last working day
        TestPayslips.Builder left = esi("E5", "Suresh Patil", "3100123459", "15", "9677.42");
        left.employee = new PayslipEmployee("E5", "Suresh Patil", "M", null, null, null, "3100123459", null, null,
                "MH", null, null, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 5, 15));
        assertThat(esic.add(left.build())).isTrue();
        assertThat(esic.rows()).isEqualTo(3);
        assertThat(esic.problems()).isEmpty();
        esic.close();

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheet(EsicContributionWorkbook.SHEET);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("IP Number (10 Digits)");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("IP Name( Only alphabets and space )");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue())
                    .isEqualTo("Last Working Day( Format DD/MM/YYYY  or DD-MM-YYYY)");
            assertRow(sheet.getRow(1), "3100123456", "Ravi Kumar", 30, 11000, 0, null);
            assertRow(sheet.getRow(2), "3100123458", "Meena Devi", 0, 0, 1, null);
            assertRow(sheet.getRow(3), "3100123459", "Suresh Patil", 15, 9677.42, 2, "15/05/2026");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void listsWhatThePortalWouldReject() {
        EsicContributionWorkbook esic = EsicContributionWorkbook.open(new ByteArrayOutputStream(),
                TestPayslips.header(TestPayslips.MONTH));
        esic.add(esi("E1", "R. Kumar", "310012345", "31", "11000").build());
        esic.add(esi("E2", "Old Timer", "3100123460", "0", "0").build(), EsicZeroDaysReason.RETIRED, null);
        esic.add(esi("E3", "Far Away", "3100123461", "0", "0").build(), EsicZeroDaysReason.OUT_OF_COVERAGE,
                LocalDate.of(2026, 5, 31));
        esic.close();
        assertThat(esic.problems()).containsExactly(
                "row 2 (employee E1): IP number '310012345' is not 10 digits",
                "row 2 (employee E1): IP name 'R. Kumar' must have only letters and spaces, as on the ESIC record",
                "row 3 (employee E2): reason 3 (RETIRED) needs the last working day",
                "row 4 (employee E3): reason 4 (out of coverage) is accepted only for April and October wage months");
    }

    private static void assertRow(Row row, String ip, String name, double days, double wages, double reason,
                                  String lastDay) {
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo(ip);
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo(name);
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(days);
        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(wages);
        assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(reason);
        if (lastDay == null) {
            assertThat(row.getCell(5)).isNull();
        } else {
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo(lastDay);
        }
    }
}
