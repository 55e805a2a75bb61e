package dev.lekha.mappings.payroll.inputs;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the XLSX samples of {@code samples/employees/} and {@code samples/payroll-inputs/} from the CSV samples
 * beside them, one sheet per CSV, the way a person's sheet holds them: amounts as number cells, dates as date cells
 * (shown dd-mm-yyyy), codes as text. Regenerate from the project folder with:
 * <pre>
 * ./mvnw -o -q -pl mappings -am test-compile dependency:build-classpath \
 *   -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp mappings/target/test-classes:mappings/target/classes:domain/target/classes:$(cat mappings/target/cp.txt) \
 *   dev.lekha.mappings.payroll.inputs.PayrollSampleWorkbooks samples
 * </pre>
 */
public final class PayrollSampleWorkbooks {

    private static final Set<String> NUMBERS = Set.of("Annual CTC", "Monthly amount", "Amount", "LOP days", "Declared",
            "Proof");
    private static final Set<String> DATES = Set.of("Date of birth", "Joining date", "Leaving date", "Effective from");

    private PayrollSampleWorkbooks() {
    }

    /** The employees workbook: Employees and SalaryStructures. */
    static byte[] employees(Path samples) {
        return workbook(List.of("Employees", "SalaryStructures"), List.of(
                samples.resolve("employees/AAACL1234C_employees.csv"),
                samples.resolve("employees/AAACL1234C_salarystructures.csv")));
    }

    /** The payroll-inputs workbook: Attendance, Variable and Declarations. */
    static byte[] inputs(Path samples) {
        return workbook(List.of("Attendance", "Variable", "Declarations"), List.of(
                samples.resolve("payroll-inputs/AAACL1234C_attendance_2026-12.csv"),
                samples.resolve("payroll-inputs/AAACL1234C_variable_2026-12.csv"),
                samples.resolve("payroll-inputs/AAACL1234C_declarations_2026-27.csv")));
    }

    private static byte[] workbook(List<String> sheets, List<Path> csvs) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            for (int s = 0; s < sheets.size(); s++) {
                Sheet sheet = wb.createSheet(sheets.get(s));
                List<String[]> rows;
                try (CSVReader csv = new CSVReader(new StringReader(Files.readString(csvs.get(s), StandardCharsets.UTF_8)))) {
                    rows = csv.readAll();
                }
                String[] header = rows.get(0);
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < rows.get(r).length; c++) {
                        String v = rows.get(r)[c];
                        if (v.isEmpty()) {
                            continue;
                        }
                        if (r > 0 && NUMBERS.contains(header[c])) {
                            row.createCell(c).setCellValue(new BigDecimal(v.replace(",", "")).doubleValue());
                        } else if (r > 0 && DATES.contains(header[c])) {
                            row.createCell(c).setCellValue(LocalDate.parse(v));
                            row.getCell(c).setCellStyle(dateStyle);
                        } else {
                            row.createCell(c).setCellValue(v);
                        }
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : "samples");
        Files.write(samples.resolve("employees/AAACL1234C_employees.xlsx"), employees(samples));
        Files.write(samples.resolve("payroll-inputs/AAACL1234C_payroll-inputs_2026-12.xlsx"), inputs(samples));
    }
}
