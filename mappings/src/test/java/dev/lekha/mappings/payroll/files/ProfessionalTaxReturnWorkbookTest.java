package dev.lekha.mappings.payroll.files;

import static dev.lekha.mappings.payroll.files.TestPayslips.employee;
import static dev.lekha.mappings.payroll.files.TestPayslips.rs;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Maharashtra's bands (Maharashtra State Tax on Professions, Trades, Callings and Employments Act, 1975, Schedule I
 * entry 1 as amended): men up to ₹7,500 nil, ₹7,501 to ₹10,000 ₹175, above ₹10,000 ₹200 a month and ₹300 in
 * February; women up to ₹25,000 nil, above ₹25,000 as men.
 */
class ProfessionalTaxReturnWorkbookTest {

    static final List<ProfessionalTaxSlab> MAHARASHTRA = List.of(
            new ProfessionalTaxSlab("MH", rs("0"), rs("7500"), rs("0"), null, null),
            new ProfessionalTaxSlab("MH", rs("7500"), rs("10000"), rs("175"), null, null),
            new ProfessionalTaxSlab("MH", rs("10000"), null, rs("200"), null, null),
            new ProfessionalTaxSlab("MH", rs("10000"), null, rs("300"), null, Month.FEBRUARY),
            new ProfessionalTaxSlab("MH", rs("0"), rs("25000"), rs("0"), "F", null));

    private static TestPayslips.Builder paid(String code, String gender, String state, YearMonth month, String gross,
                                             String pt) {
        TestPayslips.Builder b = new TestPayslips.Builder(employee(code, "Employee " + code, gender, null, null, state));
        b.month = month;
        b.gross = rs(gross);
        b.pt = rs(pt);
        return b;
    }

    @Test
    void countsEmployeesByBandWithRateAndAmount() throws IOException {
        YearMonth may = YearMonth.of(2026, 5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProfessionalTaxReturnWorkbook pt = ProfessionalTaxReturnWorkbook.open(out, TestPayslips.header(may), MAHARASHTRA);
        pt.add(paid("M1", "M", "MH", may, "5000", "0").build());
        pt.add(paid("M2", "M", "MH", may, "9000", "175").build());
        pt.add(paid("M3", "M", "MH", may, "30000", "200").build());
        pt.add(paid("M4", "M", "MH", may, "45000", "200").build());
        pt.add(paid("F1", "F", "MH", may, "20000", "0").build());
        pt.add(paid("F2", "F", "MH", may, "30000", "200").build());
        pt.add(paid("F3", "F", "MH", may, "5000", "0").build());
        // the payroll deducted 175 on ₹30,000: no band has that rate there
        pt.add(paid("M5", "M", "MH", may, "30000", "175").build());
        // Delhi levies no PT: left out
        pt.add(paid("D1", "M", "DL", may, "30000", "0").build());
        pt.close();
        assertThat(pt.problems()).containsExactly(
                "employee M5 (MH): PT deducted 175.00 on gross 30000.00 matches no band's rate");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            Sheet mh = wb.getSheet("MH");
            assertThat(mh.getRow(3).getCell(1).getStringCellValue()).isEqualTo("27123456789P");
            assertThat(mh.getRow(4).getCell(1).getStringCellValue()).isEqualTo("May 2026");
            // 0 + 175 + 3 x 200 + 0 + 175 (unmatched, as deducted) = 950, deducted from 8 employees
            assertThat(rows(mh)).containsExactly(
                    "Sr. No.|Monthly salary or wages|Number of employees|Rate of tax per month|Amount of tax",
                    "1|Up to ₹7,500|1|0|0",
                    "2|Above ₹7,500 up to ₹10,000|1|175|175",
                    "3|Above ₹10,000|3|200|600",
                    "4|Up to ₹25,000 (women)|2|0|0",
                    "5|Deducted other than a band rate|1||175",
                    "|Total|8||950");
        }
    }

    @Test
    void februaryUsesTheFebruaryBandAndFlagsAStateWithoutBands() throws IOException {
        YearMonth february = YearMonth.of(2027, 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProfessionalTaxReturnWorkbook pt = ProfessionalTaxReturnWorkbook.open(out, TestPayslips.header(february),
                MAHARASHTRA);
        pt.add(paid("M1", "M", "MH", february, "30000", "300").build());
        pt.add(paid("F1", "F", "MH", february, "20000", "0").build());
        pt.add(paid("F2", "F", "MH", february, "26000", "300").build());
        pt.add(paid("K1", "M", "KA", february, "30000", "300").build());
        pt.close();
        assertThat(pt.problems()).containsExactly(
                "employee K1: PT of 300.00 deducted in KA, for which no professional-tax bands were given");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(rows(wb.getSheet("MH"))).containsExactly(
                    "Sr. No.|Monthly salary or wages|Number of employees|Rate of tax per month|Amount of tax",
                    "1|Up to ₹7,500|0|0|0",
                    "2|Above ₹7,500 up to ₹10,000|0|175|0",
                    "3|Above ₹10,000 (February)|2|300|600",
                    "4|Up to ₹25,000 (women)|1|0|0",
                    "|Total|3||600");
            assertThat(rows(wb.getSheet("KA"))).containsExactly(
                    "Sr. No.|Monthly salary or wages|Number of employees|Rate of tax per month|Amount of tax",
                    "1|Deducted other than a band rate|1||300",
                    "|Total|1||300");
        }
    }

    /** From the column headings down, each row's cells joined by '|' (numbers without trailing zeros). */
    private static List<String> rows(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (int r = ProfessionalTaxReturnWorkbook.COLUMN_HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < 5; c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : switch (cell.getCellType()) {
                    case NUMERIC -> new java.math.BigDecimal(cell.getNumericCellValue()).stripTrailingZeros()
                            .toPlainString();
                    default -> cell.getStringCellValue();
                });
            }
            out.add(String.join("|", cells));
        }
        return out;
    }
}
