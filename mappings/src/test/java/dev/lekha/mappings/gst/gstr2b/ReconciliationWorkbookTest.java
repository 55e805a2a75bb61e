package dev.lekha.mappings.gst.gstr2b;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReconciliationWorkbookTest {

    @Test
    void writesASummaryAndOneSheetPerOutcome() throws IOException {
        LocalDate may3 = LocalDate.of(2024, 5, 3);
        var books = List.of(PurchaseReconciliationTest.inv(1, "A-1", may3),
                PurchaseReconciliationTest.inv(2, "A-2", may3),
                PurchaseReconciliationTest.doc(3, PurchaseReconciliationTest.ALPHA, "INV", "A-3", may3, "500.00", "45.00", "45.00"));
        var portal = List.of(PurchaseReconciliationTest.inv(11, "A-1", may3),
                PurchaseReconciliationTest.inv(12, "A/0002", may3),
                PurchaseReconciliationTest.doc(14, PurchaseReconciliationTest.RAVI_KA, "CRN", "C-1", may3, "100.00", "9.00", "9.00"));
        var pairs = new PurchaseReconciliation().reconcile(books, portal, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (var workbook = ReconciliationWorkbook.begin("GSTR-2B reconciliation 27AAACL1234C1Z5")) {
            pairs.forEach(workbook::add);
            workbook.finish(out);
        }

        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet summary = read.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("GSTR-2B reconciliation 27AAACL1234C1Z5");
            // rows 3.. in outcome order: EXACT_MATCH 1, SUGGESTED_MATCH 1, MISMATCH 0, MISSING_IN_2B 1, MISSING_IN_BOOKS 1
            assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("EXACT_MATCH");
            assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(summary.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(summary.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(0);
            assertThat(summary.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(1);
            // missing in books: a credit note, its tax counts negative: -(9 + 9) = -18
            assertThat(summary.getRow(7).getCell(6).getNumericCellValue()).isEqualTo(-18.0);
            // ITC claimable: only the exact match, 90 + 90 = 180
            assertThat(summary.getRow(10).getCell(0).getStringCellValue()).isEqualTo("ITC claimable");
            assertThat(summary.getRow(10).getCell(6).getNumericCellValue()).isEqualTo(180.0);
            XSSFSheet suggested = read.getSheet("SUGGESTED_MATCH");
            assertThat(suggested.getRow(1).getCell(3).getStringCellValue()).isEqualTo("A-2");
            assertThat(suggested.getRow(1).getCell(15).getStringCellValue()).isEqualTo("A/0002");
            assertThat(suggested.getRow(1).getCell(24).getStringCellValue()).isEqualTo("R2_NORMALISED_NUMBER");
            assertThat(read.getSheet("MISSING_IN_2B").getRow(1).getCell(25).getStringCellValue())
                    .startsWith("nearest in GSTR-2B:");
        }
    }
}
