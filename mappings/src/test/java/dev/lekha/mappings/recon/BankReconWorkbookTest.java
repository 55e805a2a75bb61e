package dev.lekha.mappings.recon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class BankReconWorkbookTest {

    @Test
    void ageingBucketsAreInclusiveAtTheirUpperBound() {
        assertThat(BankReconWorkbook.bucket(0)).isZero();
        assertThat(BankReconWorkbook.bucket(7)).isZero();
        assertThat(BankReconWorkbook.bucket(8)).isEqualTo(1);
        assertThat(BankReconWorkbook.bucket(30)).isEqualTo(1);
        assertThat(BankReconWorkbook.bucket(31)).isEqualTo(2);
        assertThat(BankReconWorkbook.bucket(60)).isEqualTo(2);
        assertThat(BankReconWorkbook.bucket(61)).isEqualTo(3);
        assertThat(BankReconWorkbook.bucket(90)).isEqualTo(3);
        assertThat(BankReconWorkbook.bucket(91)).isEqualTo(4);
    }

    @Test
    void summaryHasMatchRatesAndUnmatchedAgeing() throws Exception {
        LocalDate asOf = LocalDate.of(2026, 6, 30);
        var out = new ByteArrayOutputStream();
        try (var wb = new BankReconWorkbook("Bank reconciliation of 5020", asOf)) {
            wb.line(1, LocalDate.of(2026, 6, 29), "CR", new BigDecimal("300.00"), "NEFT A", null, "MATCHED");
            wb.line(2, LocalDate.of(2026, 6, 25), "CR", new BigDecimal("100.00"), "NEFT B", null, "SUGGESTED");
            wb.line(3, LocalDate.of(2026, 5, 1), "DR", new BigDecimal("100.00"), "ATM", null, "UNMATCHED");
            wb.finish(out);
        }
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet s = wb.getSheet("Summary");
            assertThat(s.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(s.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(500.0);
            assertThat(s.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            // 1 of 3 lines = 0.3333; 300 of 500 = 0.6
            assertThat(s.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(0.3333);
            assertThat(s.getRow(7).getCell(1).getNumericCellValue()).isEqualTo(0.6);
            // line 2 is 5 days old (0-7), line 3 is 60 days old (31-60)
            assertThat(s.getRow(12).getCell(0).getStringCellValue()).isEqualTo("0-7 days");
            assertThat(s.getRow(12).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(s.getRow(14).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(wb.getSheet("Unmatched lines").getRow(2).getCell(8).getStringCellValue()).isEqualTo("31-60");
        }
    }
}
