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

    /**
     * Tamil Nadu's bands are on half-year income (Greater Chennai Corporation resolution 574/2024: ₹45,001 to ₹60,000
     * ₹930, ₹60,001 to ₹75,000 ₹1,025, above ₹75,000 ₹1,250 a half-year), deducted once in the half-year's
     * deduction month on the month's gross × 6: ₹9,000 × 6 = ₹54,000 → ₹930; ₹12,000 × 6 = ₹72,000 → ₹1,025;
     * ₹12,500.01 × 6 = ₹75,000.06 → ₹1,250.
     */
    @Test
    void halfYearlyBandsPlaceEmployeesBySixMonthsGross() throws IOException {
        YearMonth march = YearMonth.of(2027, 3);
        List<ProfessionalTaxSlab> tn = List.of(
                new ProfessionalTaxSlab("TN", rs("45000"), rs("60000"), rs("930"), null, null),
                new ProfessionalTaxSlab("TN", rs("60000"), rs("75000"), rs("1025"), null, null),
                new ProfessionalTaxSlab("TN", rs("75000"), null, rs("1250"), null, null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProfessionalTaxReturnWorkbook pt = ProfessionalTaxReturnWorkbook.open(out, TestPayslips.header(march), tn,
                java.util.Map.of("TN", 6));
        pt.add(paid("T1", "M", "TN", march, "9000", "930").build());
        pt.add(paid("T2", "F", "TN", march, "12000", "1025").build());
        pt.add(paid("T3", "M", "TN", march, "12500.01", "1250").build());
        // deducted as if on a month's gross alone: flagged, with the six months' income it was placed by
        pt.add(paid("T4", "M", "TN", march, "12000", "930").build());
        pt.close();
        assertThat(pt.problems()).containsExactly(
                "employee T4 (TN): PT deducted 930.00 on 6 months' gross 72000.00 matches no band's rate");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheet("TN");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue())
                    .isEqualTo("6 months' income (this month's gross × 6)");
            assertThat(rows(sheet)).containsExactly(
                    "Sr. No.|Monthly salary or wages|Number of employees|Rate of tax per month|Amount of tax",
                    "1|Above ₹45,000 up to ₹60,000|1|930|930",
                    "2|Above ₹60,000 up to ₹75,000|1|1025|1025",
                    "3|Above ₹75,000|1|1250|1250",
                    "4|Deducted other than a band rate|1||930",
                    "|Total|4||4135");
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
