package dev.lekha.mappings.invoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX workbook into a {@link SheetTable}.
 *
 * <p>Numbers are read from the cell's stored decimal text, not its {@code double}, and rounded to
 * the 15 significant digits a spreadsheet shows (so {@code 1800.0000000000002} left by a formula is
 * 1800). Formulas are never evaluated: their cached results are used. Zip bombs are refused by POI's
 * {@link ZipSecureFile} checks, tightened here to at most {@value #MAX_ENTRY_BYTES} bytes per part and
 * a compression ratio of at most 1:100; the sheet may have at most {@value #MAX_ROWS} rows.
 */
public final class XlsxSheet {

    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    static final int MAX_ROWS = 100_000;
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final MathContext SPREADSHEET_PRECISION = new MathContext(15);

    static {
        // POI's settings are JVM-wide: only ever tighten them, never loosen what others configured
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_BYTES) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        }
    }

    private XlsxSheet() {
    }

    /** @throws UnreadableSheetException when the bytes are not a readable workbook or it is too large */
    public static SheetTable read(byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableSheetException("the workbook has no sheets");
            }
            XSSFSheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() + 1 > MAX_ROWS) {
                throw new UnreadableSheetException("the first sheet has " + (sheet.getLastRowNum() + 1)
                        + " rows; split it into files of at most " + MAX_ROWS + " rows");
            }
            Row headerRow = sheet.getRow(0);
            List<String> header = new ArrayList<>();
            int width = headerRow == null ? 0 : Math.max(headerRow.getLastCellNum(), 0);
            for (int c = 0; c < width; c++) {
                header.add(cell(headerRow.getCell(c)).asText());
            }
            List<SheetTable.Row> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<SheetCell> cells = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    cells.add(cell(row.getCell(c)));
                }
                rows.add(new SheetTable.Row(r + 1, cells));
            }
            return new SheetTable(header, rows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableSheetException unreadable) {
                throw unreadable;
            }
            throw new UnreadableSheetException("not a readable XLSX workbook (" + e.getMessage()
                    + "); save it from the spreadsheet program as 'Excel Workbook (.xlsx)'");
        }
    }

    private static SheetCell cell(Cell cell) {
        if (cell == null) {
            return SheetCell.BLANK;
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> SheetCell.ofText(cell.getStringCellValue());
            case BOOLEAN -> SheetCell.ofBoolean(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? SheetCell.ofDate(cell.getLocalDateTimeCellValue().toLocalDate())
                    : SheetCell.ofNumber(exact((XSSFCell) cell));
            case ERROR -> SheetCell.ofFormulaError(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> SheetCell.BLANK;
        };
    }

    /** The stored decimal text of a number cell, at a spreadsheet's 15 significant digits. */
    private static BigDecimal exact(XSSFCell cell) {
        BigDecimal stored = new BigDecimal(cell.getRawValue()).round(SPREADSHEET_PRECISION).stripTrailingZeros();
        return Amounts.nonNegativeScale(stored);
    }
}
