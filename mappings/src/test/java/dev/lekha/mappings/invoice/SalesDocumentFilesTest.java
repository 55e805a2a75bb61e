package dev.lekha.mappings.invoice;

import static dev.lekha.mappings.invoice.Documents.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.lekha.mappings.invoice.SalesDocumentFile.RowError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SalesDocumentFilesTest {

    private static final String HEADER = "document_type,document_number,document_date,supplier_gstin,supply_type,"
            + "place_of_supply,buyer_gstin,buyer_name,buyer_state,line_no,description,hsn,quantity,unit_price,"
            + "taxable_value,gst_rate,igst,cgst,sgst";
    private static final String ROW = "INV,LDT/26-27/0001,2026-11-05,27AAACL1234C1Z5,B2B,27,27AABCS9876K1ZK,"
            + "Sahyadri Stores,27,1,Chair,9401,4,2500.00,10000.00,18,,900.00,900.00";

    @Test
    void headerNamesAreMatchedCaseInsensitivelyInAnyOrderAndBlankTaxesAreZero() {
        String csv = "\uFEFFTaxable Value,Document-Type,DOCUMENT_NUMBER,document_date,supplier_gstin,supply_type,"
                + "place_of_supply,buyer_gstin,buyer_name,buyer_state,line_no,description,hsn,quantity,unit_price,"
                + "gst_rate,igst,cgst,sgst,reverse_charge\r\n"
                + "\"1,23,456.78\",inv,A-1,23/11/2026,27aaacl1234c1z5,b2b,7,,,,1,Consulting,998311,,,18,,"
                + "\"11,111.11\",\"11,111.11\",yes\r\n";

        SalesDocumentFile file = csv(csv);

        assertThat(file.errors()).isEmpty();
        var document = file.documents().get(0);
        assertThat(document.documentType()).isEqualTo("INV");
        assertThat(document.documentDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(document.supplierGstin()).isEqualTo("27AAACL1234C1Z5");
        assertThat(document.placeOfSupply()).isEqualTo("07");
        assertThat(document.reverseCharge()).isTrue();
        assertThat(document.buyer()).isNull();
        var line = document.lines().get(0);
        assertThat(line.taxableValue()).isEqualTo(dec("123456.78"));
        assertThat(line.cgst()).isEqualTo(dec("11111.11"));
        assertThat(line.igst()).isEqualTo(dec("0.00"));
        assertThat(line.cess()).isEqualTo(dec("0.00"));
        assertThat(line.service()).as("blank service with a SAC code 99...").isTrue();
    }

    @Test
    void everyBadCellIsReportedWithRowAndColumnAndNoDocumentIsReturned() {
        String csv = HEADER + "\n" + ROW + "\n"
                + "INV,LDT/26-27/0002,31-11-2026,27AAACL1234C1Z5,B2B,27,27AABCS9876K1ZK,S,27,x,Chair,94O1,4,"
                + "\"1,0000.00\",10000.005,18,,900.00,900.00\n";

        SalesDocumentFile file = csv(csv);

        assertThat(file.documents()).isEmpty();
        assertThat(file.errors()).extracting(RowError::row, RowError::field).containsExactlyInAnyOrder(
                tuple(3, "document_date"),
                tuple(3, "line_no"),
                tuple(3, "hsn"),
                tuple(3, "unit_price"),
                tuple(3, "taxable_value"));
        assertThat(file.errors()).filteredOn(error -> error.field().equals("taxable_value")).singleElement()
                .extracting(RowError::message).asString().contains("more than 2 decimal places");
    }

    @Test
    void documentLevelColumnsMustAgreeAcrossADocumentsRows() {
        String second = ROW.replace(",Sahyadri Stores,", ",Sahyadri Stores Pvt Ltd,").replace(",27,1,Chair,", ",27,2,Chair,");

        SalesDocumentFile file = csv(HEADER + "\n" + ROW + "\n" + second + "\n");

        assertThat(file.errors()).singleElement().satisfies(error -> {
            assertThat(error.row()).isEqualTo(3);
            assertThat(error.field()).isEqualTo("buyer_name");
            assertThat(error.message()).startsWith("differs from row 2 of the same document LDT/26-27/0001");
        });
    }

    @Test
    void aLineNumberUsedTwiceInADocumentIsReported() {
        SalesDocumentFile file = csv(HEADER + "\n" + ROW + "\n" + ROW + "\n");

        assertThat(file.errors()).singleElement()
                .isEqualTo(new RowError(3, "line_no", "line 1 of document LDT/26-27/0001 is already on row 2;"
                        + " number lines 1, 2, 3, ..."));
    }

    @Test
    void missingUnknownAndRepeatedColumnsAreFileLevelErrors() {
        String header = HEADER.replace(",gst_rate", ",gst_rate,gst_rate").replace(",sgst", ",sgst,colour")
                .replace("buyer_name,", "");

        SalesDocumentFile file = csv(header + "\n");

        assertThat(file.errors()).extracting(RowError::row, RowError::field).containsExactly(
                tuple(1, "gst_rate"),
                tuple(1, "colour"),
                tuple(null, "buyer_name"));
    }

    @Test
    void blankRequiredCellsAreReportedButBlankRowsAreSkipped() {
        SalesDocumentFile file = csv(HEADER + "\n,,,,,,,,,,,,,,,,,,\n" + ROW.replace("2026-11-05", "") + "\n");

        assertThat(file.errors()).containsExactly(
                new RowError(3, "document_date", "is blank; every row needs a value here"));
    }

    @Test
    void semicolonSeparatedCsvIsRead() {
        SalesDocumentFile file = csv(HEADER.replace(',', ';') + "\n" + ROW.replace(',', ';') + "\n");

        assertThat(file.errors()).isEmpty();
        assertThat(file.documents().get(0).lines().get(0).cgst()).isEqualTo(dec("900.00"));
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin1 = (HEADER + "\n" + ROW.replace("Chair", "Chaise \u00e0 bras") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        SalesDocumentFile file = SalesDocumentFiles.read("x.csv", latin1);

        assertThat(file.errors()).singleElement().extracting(RowError::message)
                .isEqualTo("the file is not UTF-8 text; save the sheet as 'CSV UTF-8'");
    }

    @Test
    void theFormatComesFromTheExtensionAndTheContentMustMatchIt() {
        byte[] workbook = workbook(new Object[][]{{"document_type"}});
        byte[] text = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);

        assertThat(message(SalesDocumentFiles.read("invoices.csv", workbook))).contains("not CSV text; name it .xlsx");
        assertThat(message(SalesDocumentFiles.read("invoices.json", workbook))).contains("not JSON");
        assertThat(message(SalesDocumentFiles.read("invoices.xlsx", text))).contains("if it is CSV text, name it .csv");
        assertThat(message(SalesDocumentFiles.read("invoices.xls", text))).contains("legacy .xls");
        assertThat(message(SalesDocumentFiles.read("invoices.txt", text)))
                .isEqualTo("unsupported file type; the sales-invoices drop takes .json, .csv or .xlsx");
        assertThat(message(SalesDocumentFiles.read("INVOICES.CSV", new byte[0]))).isEqualTo("the file is empty");
    }

    @Test
    void xlsxFormulaErrorsAndNumbersInDateColumnsAreCellErrors() {
        Object[][] rows = {
                HEADER.split(","),
                {"INV", "A1", 46349.0, "27AAACL1234C1Z5", "B2B", "27", "27AABCS9876K1ZK", "S", "27", 1.0, "Chair",
                        "9401", 4.0, 2500.0, "=1/0", 18.0, 0.0, 900.0, 900.0}};

        SalesDocumentFile file = SalesDocumentFiles.read("x.xlsx", workbook(rows));

        assertThat(file.errors()).extracting(RowError::row, RowError::field).containsExactlyInAnyOrder(
                tuple(2, "document_date"),
                tuple(2, "taxable_value"));
        assertThat(file.errors()).filteredOn(error -> error.field().equals("taxable_value")).singleElement()
                .extracting(RowError::message).asString().contains("#DIV/0!");
    }

    @Test
    void xlsxNumbersAreReadAtTheFifteenDigitsASpreadsheetShows() {
        // 0.1 + 0.2 computed by a formula is stored as 0.30000000000000004
        Object[][] rows = {
                HEADER.split(","),
                {"INV", "A1", "2026-11-05", "27AAACL1234C1Z5", "B2B", 27.0, "27AABCS9876K1ZK", "S", 27.0, 1.0, "Chair",
                        9401.0, "=0.1+0.2", 2500.0, 10000.0, 18.0, 0.0, 900.0, 900.0}};

        SalesDocumentFile file = SalesDocumentFiles.read("x.xlsx", workbook(rows));

        assertThat(file.errors()).isEmpty();
        assertThat(file.documents().get(0).lines().get(0).quantity()).isEqualTo(dec("0.3"));
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        // 20 MB of spaces deflate about 1000:1, far past POI's 1:100 limit
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }

        SalesDocumentFile file = SalesDocumentFiles.read("bomb.xlsx", bytes.toByteArray());

        assertThat(message(file)).startsWith("not a readable XLSX workbook").contains("Zip bomb");
    }

    private static SalesDocumentFile csv(String text) {
        return SalesDocumentFiles.read("invoices.csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private static String message(SalesDocumentFile file) {
        assertThat(file.documents()).isEmpty();
        assertThat(file.errors()).hasSize(1);
        return file.errors().get(0).message();
    }

    private static byte[] workbook(Object[][] rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    } else if (value instanceof String text && text.startsWith("=")) {
                        row.createCell(c).setCellFormula(text.substring(1));
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
