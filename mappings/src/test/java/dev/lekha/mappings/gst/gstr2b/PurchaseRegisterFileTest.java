package dev.lekha.mappings.gst.gstr2b;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.domain.invoice.DocumentType;
import dev.lekha.domain.purchase.ItcEligibility;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class PurchaseRegisterFileTest {

    static final String HEADER = "company_gstin,supplier_gstin,supplier_name,doc_type,doc_number,doc_date,place_of_supply,"
            + "reverse_charge,taxable_value,igst,cgst,sgst,cess,itc_eligibility,total\n";

    @Test
    void readsACsvRegister() {
        String csv = HEADER
                + "27AAACL1234C1Z5,27AAPFU0939F1ZV,Alpha Traders,INV,AT/0042/24-25,03-05-2024,27,N,1000.00,0,90.00,90.00,0,INPUTS,1180.00\n"
                + "27AAACL1234C1Z5,29AAACR5055K1Z3,Ravi Components,CRN,CN-7,2024-05-20,27,,100,18,,,,INPUT_SERVICES,\n";

        PurchaseRegisterFile file = PurchaseRegisterFile.parse(csv.getBytes(StandardCharsets.UTF_8), "p.csv");

        assertThat(file.errors()).isEmpty();
        assertThat(file.rows()).hasSize(2);
        PurchaseRegisterRow first = file.rows().get(0);
        assertThat(first).isEqualTo(new PurchaseRegisterRow(2, "27AAACL1234C1Z5", "27AAPFU0939F1ZV", "Alpha Traders", DocumentType.INV,
                "AT/0042/24-25", LocalDate.of(2024, 5, 3), "27", false, new BigDecimal("1000.00"),
                new BigDecimal("0.00"), new BigDecimal("90.00"), new BigDecimal("90.00"), new BigDecimal("0.00"),
                new BigDecimal("1180.00"), ItcEligibility.INPUTS));
        // no total given: 100.00 + 18.00 = 118.00; blank reverse charge is N, blank taxes are 0
        PurchaseRegisterRow note = file.rows().get(1);
        assertThat(note.total()).isEqualTo(new BigDecimal("118.00"));
        assertThat(note.documentDate()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(note.cgst()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void listsEveryRowErrorWithRowAndColumn() {
        String csv = HEADER
                + "27AAACL1234C1Z5,27AAPFU0939F1ZW,Alpha,INV,A-1,03-05-2024,27,N,1000,0,90,90,0,INPUTS,1180\n"
                + "27AAACL1234C1Z5,27AAPFU0939F1ZV,Alpha,BILL,A-2,31-02-2024,27,N,1000,0,90,90,0,INPUTS,1180\n"
                + "27AAACL1234C1Z5,27AAPFU0939F1ZV,Alpha,INV,A-3,03-05-2024,45,X,1000,0,90,90,0,SOME,1180\n"
                + "27AAACL1234C1Z5,27AAPFU0939F1ZV,Alpha,INV,A-4,03-05-2024,27,N,1000,0,90,90,0,INPUTS,1190\n"
                + "27AAACL1234C1Z5,27AAPFU0939F1ZV,Alpha,INV,A-5,03-05-2024,27,N,,0,90,90,0,INPUTS,\n"
                + "27AAACL1234C1Z5,27AAPFU0939F1ZV,Alpha,INV,A-6,03-05-2024,27,N,100,0,9,9,0,INPUTS,\n"
                + "27AAACL1234C1Z5,27AAPFU0939F1ZV,Alpha,inv,a-6,03-05-2024,27,N,100,0,9,9,0,INPUTS,\n";

        PurchaseRegisterFile file = PurchaseRegisterFile.parse(csv.getBytes(StandardCharsets.UTF_8), "bad.csv");

        assertThat(file.rows()).isEmpty();
        assertThat(file.errors()).extracting(e -> e.row() + ":" + e.column()).containsExactly(
                "2:supplier_gstin", "3:doc_type", "3:doc_date", "4:place_of_supply", "4:reverse_charge",
                "4:itc_eligibility", "5:total", "6:taxable_value", "8:doc_number");
        // 1000 + 0 + 90 + 90 + 0 = 1180, not 1190
        assertThat(file.errors().get(6).message()).isEqualTo("total 1190.00 is not taxable_value + igst + cgst"
                + " + sgst + cess = 1180.00; correct the amounts or leave total blank");
        assertThat(file.errors().get(8).message()).isEqualTo("INV a-6 of 27AAPFU0939F1ZV is already on row 7;"
                + " each invoice is one row");
    }

    @Test
    void namesMissingColumns() {
        PurchaseRegisterFile file = PurchaseRegisterFile.parse(
                "company_gstin,supplier_gstin,doc_number\n27AAACL1234C1Z5,27AAPFU0939F1ZV,A-1\n".getBytes(StandardCharsets.UTF_8), "p.csv");

        assertThat(file.errors()).extracting(PurchaseRegisterFile.RowError::column).containsExactly(
                "doc_type", "doc_date", "place_of_supply", "taxable_value", "itc_eligibility");
    }

    @Test
    void readsAnXlsxRegisterWithDateAndNumberCells() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet();
            String[] header = HEADER.strip().split(",");
            XSSFRow h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            XSSFRow r = sheet.createRow(1);
            r.createCell(0).setCellValue("27AAACL1234C1Z5");
            r.createCell(1).setCellValue("27AAPFU0939F1ZV");
            r.createCell(3).setCellValue("INV");
            r.createCell(4).setCellValue("AT-9");
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd-mm-yyyy"));
            r.createCell(5).setCellValue(LocalDate.of(2024, 6, 1));
            r.getCell(5).setCellStyle(dateStyle);
            r.createCell(6).setCellValue(27);
            r.createCell(8).setCellValue(2500.5);
            r.createCell(9).setCellValue(450.09);
            r.createCell(13).setCellValue("CAPITAL_GOODS");
            wb.write(bytes);
        }

        PurchaseRegisterFile file = PurchaseRegisterFile.parse(bytes.toByteArray(), "p.xlsx");

        assertThat(file.errors()).isEmpty();
        PurchaseRegisterRow row = file.rows().get(0);
        assertThat(row.documentDate()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(row.taxableValue()).isEqualTo(new BigDecimal("2500.50"));
        // 2500.50 + 450.09 = 2950.59
        assertThat(row.total()).isEqualTo(new BigDecimal("2950.59"));
        assertThat(row.itcEligibility()).isEqualTo(ItcEligibility.CAPITAL_GOODS);
    }

    @Test
    void refusesAWorkbookNamedCsv() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet();
            wb.write(bytes);
        }

        PurchaseRegisterFile file = PurchaseRegisterFile.parse(bytes.toByteArray(), "p.csv");

        assertThat(file.errors()).singleElement().extracting(PurchaseRegisterFile.RowError::message)
                .isEqualTo("the file is an XLSX workbook, not CSV text; name it .xlsx");
    }
}
