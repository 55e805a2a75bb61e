package dev.lekha.mappings.invoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the XLSX samples in {@code samples/sales-invoices/} the way people fill sheets in a
 * spreadsheet program: headers in their own order and case, date cells, numbers as number cells (an
 * HSN that lost its leading zero, a state code typed as 7), a boolean cell, and a formula for one
 * taxable value. Regenerate from the project folder with:
 * <pre>
 * ./mvnw -o -q -pl mappings -am test-compile dependency:build-classpath \
 *   -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp mappings/target/test-classes:mappings/target/classes:domain/target/classes:$(cat mappings/target/cp.txt) \
 *   dev.lekha.mappings.invoice.SampleWorkbooks samples/sales-invoices
 * </pre>
 */
public final class SampleWorkbooks {

    private static final List<String> BULK_HEADER = List.of("line_no", "Document Type", "Document Number",
            "Document Date", "supplier_gstin", "supply_type", "reverse_charge", "place_of_supply", "buyer_gstin",
            "buyer_name", "buyer_state", "description", "hsn", "service", "quantity", "uqc", "unit_price",
            "discount", "taxable_value", "gst_rate", "igst", "cgst", "sgst", "cess");

    private SampleWorkbooks() {
    }

    /** Two documents: an inter-state sale to Delhi (IGST) and one from the Karnataka registration to Tamil Nadu. */
    static byte[] bulk() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Invoices");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            header(sheet, BULK_HEADER);
            row(sheet, dateStyle, 1, "INV", "LDT/26-27/0004", LocalDate.of(2026, 11, 18), "27AAACL1234C1Z5", "B2B",
                    false, 7, "07AAACD3344R1ZD", "Dilli Office Supplies Private Limited", 7, "Black tea, packed",
                    9024020, "N", 50, "KGS", 440, 0, "O2*Q2", 5, 1100, 0, 0, 0);
            row(sheet, dateStyle, 2, "INV", "LDT/26-27/0004", LocalDate.of(2026, 11, 18), "27AAACL1234C1Z5", "B2B",
                    false, 7, "07AAACD3344R1ZD", "Dilli Office Supplies Private Limited", 7, "Ergonomic office chair",
                    9401, "N", 2, "NOS", 2500, 0, 5000, 18, 900, 0, 0, 0);
            row(sheet, dateStyle, 1, "INV", "LDK/26-27/0001", LocalDate.of(2026, 11, 21), "29AAACL1234C1Z1", "B2B",
                    false, 33, "33AACCT5566P1ZS", "Thanjavur Traders Private Limited", 33, "Printed corrugated cartons",
                    48191010, "N", 1000, "NOS", 22.75, 0, 22750, 18, 4095, 0, 0, 0);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet without the required gst_rate column. */
    static byte[] missingColumn() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Invoices");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            header(sheet, BULK_HEADER.stream().filter(name -> !name.equals("gst_rate")).toList());
            row(sheet, dateStyle, 1, "INV", "LDT/26-27/0012", LocalDate.of(2026, 11, 23), "27AAACL1234C1Z5", "B2B",
                    false, 27, "27AABCS9876K1ZK", "Sahyadri Stores Private Limited", 27, "Ergonomic office chair",
                    9401, "N", 2, "NOS", 2500, 0, 5000, 0, 450, 450, 0);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes both workbooks into the folder given as the first argument. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "samples/sales-invoices");
        Files.write(folder.resolve("invoices-bulk.xlsx"), bulk());
        Files.write(folder.resolve("broken-missing-column.xlsx"), missingColumn());
    }

    private static void header(XSSFSheet sheet, List<String> names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            row.createCell(i).setCellValue(names.get(i));
        }
    }

    private static void row(XSSFSheet sheet, CellStyle dateStyle, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Cell cell = row.createCell(i);
            Object value = values[i];
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean bool) {
                cell.setCellValue(bool);
            } else if (value instanceof String text && text.matches("[A-Z]\\d\\*[A-Z]\\d")) {
                cell.setCellFormula(text.replace("2", String.valueOf(row.getRowNum() + 1)));
            } else {
                cell.setCellValue((String) value);
            }
        }
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
