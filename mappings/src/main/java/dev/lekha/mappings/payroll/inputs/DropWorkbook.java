package dev.lekha.mappings.payroll.inputs;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the sheets a drop knows from an XLSX workbook (by sheet name; other sheets, e.g. instructions, are
 * ignored) or a CSV file (named by its sheet: {@code <PAN>_attendance_2026-11.csv} is the Attendance sheet).
 * Sheet names and headers are matched ignoring case, spaces and punctuation.
 */
final class DropWorkbook {

    private static final byte[] XLSX_MAGIC = {0x50, 0x4B, 0x03, 0x04};

    private DropWorkbook() {
    }

    /**
     * @param sheets the canonical sheet names the drop accepts
     * @return canonical sheet name to table, in the order of {@code sheets}; only the sheets present
     * @throws InvalidPayrollFileException when the file cannot be read or holds none of {@code sheets}
     */
    static Map<String, SheetTable> read(String fileName, byte[] content, List<String> sheets) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        Map<String, SheetTable> tables;
        if (lower.endsWith(".xlsx") || startsWith(content, XLSX_MAGIC)) {
            tables = readXlsx(fileName, content, sheets);
        } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            tables = readCsv(fileName, content, sheets);
        } else {
            throw new InvalidPayrollFileException(List.of(fileName + ": not an XLSX workbook or a CSV file (name it"
                    + " .xlsx or .csv)"));
        }
        if (tables.isEmpty()) {
            throw new InvalidPayrollFileException(List.of(fileName + ": holds none of the sheets " + sheets
                    + (lower.endsWith(".csv") ? "; a CSV file is named by its sheet, e.g. <companyPAN>_"
                    + sheets.get(0).toLowerCase(Locale.ROOT) + ".csv" : "; name the workbook's sheets so")));
        }
        return tables;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The sheet a CSV file holds: the first known sheet name its name (after the PAN prefix) starts with. */
    static String sheetOfCsvName(String fileName, List<String> sheets) {
        String stem = fileName.contains("_") && fileName.indexOf('_') == 10 ? fileName.substring(11) : fileName;
        String n = SheetTable.normalise(stem);
        for (String sheet : sheets) {
            if (n.startsWith(SheetTable.normalise(sheet))) {
                return sheet;
            }
        }
        return null;
    }

    private static Map<String, SheetTable> readCsv(String fileName, byte[] content, List<String> sheets) {
        String sheet = sheetOfCsvName(fileName, sheets);
        if (sheet == null) {
            throw new InvalidPayrollFileException(List.of(fileName + ": a CSV file holds one sheet and is named by it:"
                    + " <companyPAN>_<sheet>[_anything].csv with <sheet> one of " + sheets));
        }
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(content, offset, content.length - offset, StandardCharsets.UTF_8);
        char separator = firstLine(text).chars().filter(c -> c == ';').count()
                > firstLine(text).chars().filter(c -> c == ',').count() ? ';' : ',';
        List<String[]> lines;
        try (Reader r = new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
             CSVReader csv = new CSVReaderBuilder(r).withCSVParser(new CSVParserBuilder().withSeparator(separator).build())
                     .build()) {
            lines = csv.readAll();
        } catch (IOException | CsvException e) {
            throw new InvalidPayrollFileException(List.of(fileName + ": not readable as CSV: " + e.getMessage()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (String[] line : lines) {
            rows.add(List.of(line));
        }
        Map<String, SheetTable> out = new LinkedHashMap<>();
        SheetTable table = table(sheet, rows);
        if (table != null) {
            out.put(sheet, table);
        }
        return out;
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static Map<String, SheetTable> readXlsx(String fileName, byte[] content, List<String> sheets) {
        Map<String, SheetTable> out = new LinkedHashMap<>();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            Map<String, Sheet> byName = new LinkedHashMap<>();
            for (Sheet s : wb) {
                byName.put(SheetTable.normalise(s.getSheetName()), s);
            }
            for (String sheet : sheets) {
                Sheet s = byName.get(SheetTable.normalise(sheet));
                if (s == null) {
                    continue;
                }
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= s.getLastRowNum(); r++) {
                    Row row = s.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            cells.add(text(row.getCell(c)));
                        }
                    }
                    rows.add(cells);
                }
                SheetTable table = table(sheet, rows);
                if (table != null) {
                    out.put(sheet, table);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidPayrollFileException ip) {
                throw ip;
            }
            throw new InvalidPayrollFileException(List.of(fileName + ": not a readable XLSX workbook ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "); save it from Excel as .xlsx"));
        }
        return out;
    }

    /** The first non-blank row is the header; row numbers are 1-based as a spreadsheet shows them. */
    private static SheetTable table(String sheet, List<List<String>> rows) {
        int header = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (!blank(rows.get(i))) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            return null;
        }
        List<String> headers = rows.get(header).stream().map(h -> h == null ? "" : h.strip()).toList();
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int c = 0; c < headers.size(); c++) {
            String n = SheetTable.normalise(headers.get(c));
            if (!n.isEmpty()) {
                columns.putIfAbsent(n, c);
            }
        }
        List<SheetTable.Row> data = new ArrayList<>();
        for (int i = header + 1; i < rows.size(); i++) {
            if (!blank(rows.get(i))) {
                data.add(new SheetTable.Row(i + 1, rows.get(i)));
            }
        }
        return new SheetTable(sheet, headers, columns, data);
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(c -> c == null || c.isBlank());
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime dt = cell.getLocalDateTimeCellValue();
                    LocalDate d = dt.toLocalDate();
                    return d.toString();
                }
                return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN:
                return cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case STRING:
                return cell.getStringCellValue();
            default:
                return "";
        }
    }
}
