package dev.lekha.mappings.payroll.files;

import static dev.lekha.mappings.payroll.files.TestPayslips.employee;
import static dev.lekha.mappings.payroll.files.TestPayslips.rs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Figures from docs/payroll-statutory.md, "Labour Welfare Fund": Maharashtra ₹25 employee / ₹75 employer in June and
 * December (MLWF Act 1953 s.6BB as amended by the MLWF (Amendment) Act 2024); Karnataka ₹50 / ₹100 once a year in
 * December (KLWF Act 1965 s.7A(2) as amended 2024); West Bengal ₹3 / ₹30 in June and December (WBLWF Act 1974 s.9,
 * employer's ₹30 from 1 January 2024); Delhi has no LWF rows, so nothing is deducted there.
 */
class LabourWelfareFundReturnWorkbookTest {

    /** Karnataka, Tamil Nadu and Telangana deduct once a year, in December (the same table). */
    static final Set<String> YEARLY = Set.of("KA", "TN", "TG");

    private static TestPayslips.Builder paid(String code, String name, String gender, String state, YearMonth month,
                                             String gross, String lwfEmployee, String lwfEmployer) {
        TestPayslips.Builder b = new TestPayslips.Builder(employee(code, name, gender, null, null, state));
        b.month = month;
        b.gross = rs(gross);
        b.lwfEmployee = rs(lwfEmployee);
        b.lwfEmployer = rs(lwfEmployer);
        return b;
    }

    @Test
    void decemberStatementHasASheetPerContributingStateWithRowsAndTotals() throws IOException {
        YearMonth december = YearMonth.of(2026, 12);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LabourWelfareFundReturnWorkbook lwf = LabourWelfareFundReturnWorkbook.open(out, TestPayslips.header(december),
                YEARLY, Map.of("MH", "MLWF/PUNE/2024/0042"));
        // Maharashtra, ₹25 / ₹75 each (s.6BB): the woman's contribution is the same as the men's
        lwf.add(paid("M1", "Asha Patil", "F", "MH", december, "30000", "25", "75").build());
        lwf.add(paid("M2", "Ravi Kulkarni", "M", "MH", december, "45000", "25", "75").build());
        lwf.add(paid("M3", "Sunil Jadhav", "M", "MH", december, "18000.50", "25", "75").build());
        // Karnataka, ₹50 / ₹100 for the year (s.7A(2)); no KA registration given
        lwf.add(paid("K1", "Kavya Rao", "F", "KA", december, "40000", "50", "100").build());
        // Delhi: no LWF, no sheet
        lwf.add(paid("D1", "Dev Sharma", "M", "DL", december, "50000", "0", "0").build());
        lwf.close();

        assertThat(lwf.problems()).containsExactly("no LWF registration number for KA");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(0)).isEqualTo("KA");
            assertThat(wb.getSheetName(1)).isEqualTo("MH");
            assertThat(wb.getSheet("DL")).isNull();

            Sheet mh = wb.getSheet("MH");
            assertThat(headerBlock(mh)).containsExactly(
                    "Labour welfare fund contributions: Maharashtra",
                    "Employer|Lekha Test Industries Private Limited",
                    "Address|12 MG Road, Pune 411001",
                    "LWF registration number|MLWF/PUNE/2024/0042",
                    "Period|Half-year ending December 2026",
                    "Deducted from the wages of|December 2026");
            // 3 × 25 = 75 from the employees, 3 × 75 = 225 from the employer, 300 in all;
            // gross 30,000 + 45,000 + 18,000.50 = 93,000.50
            assertThat(rows(mh)).containsExactly(
                    "Sr. No.|Employee code|Name|Gross wages of the month|Employee contribution|Employer contribution|Total",
                    "1|M1|Asha Patil|30000|25|75|100",
                    "2|M2|Ravi Kulkarni|45000|25|75|100",
                    "3|M3|Sunil Jadhav|18000.5|25|75|100",
                    "|Total|3|93000.5|75|225|300");
            Cell employerTotal = mh.getRow(LabourWelfareFundReturnWorkbook.COLUMN_HEADER_ROW + 4).getCell(5);
            assertThat(employerTotal.getCellStyle().getDataFormatString()).isEqualTo(WorkbookStyles.RUPEES);

            Sheet ka = wb.getSheet("KA");
            assertThat(headerBlock(ka)).containsExactly(
                    "Labour welfare fund contributions: Karnataka",
                    "Employer|Lekha Test Industries Private Limited",
                    "Address|12 MG Road, Pune 411001",
                    "LWF registration number|",
                    "Period|Year 2026",
                    "Deducted from the wages of|December 2026");
            assertThat(rows(ka)).containsExactly(
                    "Sr. No.|Employee code|Name|Gross wages of the month|Employee contribution|Employer contribution|Total",
                    "1|K1|Kavya Rao|40000|50|100|150",
                    "|Total|1|40000|50|100|150");
        }
    }

    @Test
    void juneIsTheHalfYearEndingJuneAndOneSidedOrNegativeContributionsAreFlaggedButWritten() throws IOException {
        YearMonth june = YearMonth.of(2026, 6);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LabourWelfareFundReturnWorkbook lwf = LabourWelfareFundReturnWorkbook.open(out, TestPayslips.header(june),
                YEARLY, Map.of("WB", "WBLWF/KOL/778", "MH", "MLWF/PUNE/2024/0042"));
        // West Bengal ₹3 / ₹30 (s.9, employer's share from 1 January 2024)
        lwf.add(paid("W1", "Ananya Sen", "F", "WB", june, "22000", "3", "30").build());
        lwf.add(paid("W2", "Bikash Roy", "M", "WB", june, "26000", "0", "30").build());
        lwf.add(paid("W3", "Chandan Das", "M", "WB", june, "24000", "3", "0").build());
        lwf.add(paid("M1", "Ravi Kulkarni", "M", "MH", june, "45000", "-25", "75").build());
        lwf.close();

        assertThat(lwf.problems()).containsExactly(
                "employee W2 (WB): LWF employer contribution 30.00 without an employee contribution",
                "employee W3 (WB): LWF employee contribution 3.00 without an employer contribution",
                "employee M1 (MH): negative LWF contribution, employee -25.00, employer 75.00");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet wbSheet = wb.getSheet("WB");
            assertThat(wbSheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("Half-year ending June 2026");
            assertThat(rows(wbSheet)).containsExactly(
                    "Sr. No.|Employee code|Name|Gross wages of the month|Employee contribution|Employer contribution|Total",
                    "1|W1|Ananya Sen|22000|3|30|33",
                    "2|W2|Bikash Roy|26000|0|30|30",
                    "3|W3|Chandan Das|24000|3|0|3",
                    "|Total|3|72000|6|60|66");
            assertThat(rows(wb.getSheet("MH"))).containsExactly(
                    "Sr. No.|Employee code|Name|Gross wages of the month|Employee contribution|Employer contribution|Total",
                    "1|M1|Ravi Kulkarni|45000|-25|75|50",
                    "|Total|1|45000|-25|75|50");
        }
    }

    @Test
    void aMonthWithoutContributionsSaysSoAndAddingAfterCloseFails() throws IOException {
        YearMonth may = YearMonth.of(2026, 5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LabourWelfareFundReturnWorkbook lwf = LabourWelfareFundReturnWorkbook.open(out, TestPayslips.header(may),
                YEARLY);
        lwf.add(paid("M1", "Ravi Kulkarni", "M", "MH", may, "45000", "0", "0").build());
        lwf.close();

        assertThat(lwf.problems()).isEmpty();
        assertThatThrownBy(() -> lwf.add(paid("M2", "Asha Patil", "F", "MH", may, "30000", "25", "75").build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("the labour welfare fund statement is closed");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(1);
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("No labour welfare fund contribution was deducted for May 2026");
        }
    }

    /** The rows above the column headings, each row's cells joined by '|'. */
    private static List<String> headerBlock(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < LabourWelfareFundReturnWorkbook.COLUMN_HEADER_ROW; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.getLastCellNum(); c++) {
                cells.add(row.getCell(c).getStringCellValue());
            }
            out.add(String.join("|", cells));
        }
        return out;
    }

    /** From the column headings down, each row's cells joined by '|' (numbers without trailing zeros). */
    private static List<String> rows(Sheet sheet) {
        List<String> out = new ArrayList<>();
        for (int r = LabourWelfareFundReturnWorkbook.COLUMN_HEADER_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < LabourWelfareFundReturnWorkbook.HEADINGS.size(); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : switch (cell.getCellType()) {
                    case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros()
                            .toPlainString();
                    default -> cell.getStringCellValue();
                });
            }
            out.add(String.join("|", cells));
        }
        return out;
    }
}
